package my.etika.declaration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import my.etika.platform.control.OfficialAddresses;
import org.eclipse.microprofile.config.Config;

/**
 * The agency's own settings the declaration text and its checks use, from MicroProfile Config
 * ({@code etika.agency.*}, or {@code ETIKA_AGENCY_*} in the environment). Defaults describe the demo agency.
 */
@ApplicationScoped
public class AgencySettings {

    private static final String PREFIX = "etika.agency.";

    @Inject
    Config config;

    public String name() {
        return value("name", "Jabatan Demo Etika");
    }

    /**
     * Domains whose addresses are official e-mail: an address at the domain or any subdomain of it
     * ({@code gov.my} covers {@code customs.gov.my}).
     */
    public List<String> officialEmailDomains() {
        return list("official-email-domains", "gov.my,jde.example");
    }

    /** The agency's own social-media accounts, {@code platform:handle} (an officer cannot declare one as personal). */
    public List<String> officialAccounts() {
        return list("official-accounts", "facebook:jabatandemoetika,instagram:jabatandemoetika,x:jdemoetika");
    }

    /** When personal social-media use is permitted during office days (JKDM HQ's windows by default). */
    public PermittedWindows permittedWindows() {
        return PermittedWindows.parse(value("permitted-windows", "MON-THU 13:00-14:00 17:30-07:30;FRI 12:15-14:45"));
    }

    /** Where the daily digest of a campaign's escalations goes. */
    public Optional<String> hrMailbox() {
        return Optional.of(value("hr-mailbox", "bahagian.sumber.manusia@jde.example")).filter(s -> !s.isBlank());
    }

    /** Compared as the hygiene rules compare it: case, {@code +tag}, spaces and look-alike letters do not hide it. */
    public boolean isOfficialEmail(String address) {
        return new OfficialAddresses(officialEmailDomains()).isOfficial(address);
    }

    public boolean isOfficialAccount(String platform, String handle) {
        String declared = AccountNames.normalise(platform, handle);
        return officialAccounts().stream().map(a -> a.split(":", 2))
                .filter(p -> p.length == 2)
                .anyMatch(p -> AccountNames.normalise(p[0], p[1]).equals(declared));
    }

    private String value(String name, String defaultValue) {
        return config.getOptionalValue(PREFIX + name, String.class).orElse(defaultValue);
    }

    private List<String> list(String name, String defaultValue) {
        return Arrays.stream(value(name, defaultValue).split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }
}

package my.etika.hygiene.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import my.etika.declaration.control.AgencySettings;
import my.etika.platform.control.OfficialAddresses;
import org.eclipse.microprofile.config.Config;

/**
 * What the hygiene rules need of the agency: which addresses are official (the configured domains plus the
 * domains of the officers' own directory mail, looked up at most every ten minutes), and how often an official
 * account's password must change ({@code etika.agency.password-rotation-days}, 180 by default).
 */
@ApplicationScoped
public class HygieneSettings {

    private static final Duration DOMAINS_TTL = Duration.ofMinutes(10);

    @Inject
    AgencySettings agency;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    private volatile OfficialAddresses addresses;
    private volatile Instant addressesAt = Instant.EPOCH;

    /** An address at an official domain, or the officer's own official address, however written. */
    public boolean isOfficial(String address, String officersOwnOfficialAddress) {
        return addresses().isOfficial(address, officersOwnOfficialAddress);
    }

    /** The address as compared (see {@link OfficialAddresses#normalise}), or as given when it is not one. */
    public String normalise(String address) {
        return OfficialAddresses.normalise(address).orElse(String.valueOf(address));
    }

    public int passwordRotationDays() {
        return config.getOptionalValue("etika.agency.password-rotation-days", Integer.class).orElse(180);
    }

    private OfficialAddresses addresses() {
        Instant now = clock.instant();
        if (addresses == null || addressesAt.plus(DOMAINS_TTL).isBefore(now)) {
            Set<String> domains = new LinkedHashSet<>(agency.officialEmailDomains());
            List<String> directoryDomains = em.createNativeQuery("SELECT DISTINCT LOWER(SUBSTRING(official_email"
                    + " FROM POSITION('@' IN official_email) + 1)) FROM officer WHERE official_email LIKE '%@%'")
                    .getResultList().stream().map(String::valueOf).toList();
            domains.addAll(directoryDomains);
            addresses = new OfficialAddresses(List.copyOf(domains));
            addressesAt = now;
        }
        return addresses;
    }
}

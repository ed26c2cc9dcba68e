package my.etika.declaration.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import my.etika.declaration.entity.PolicyVersion;

/**
 * The text of a policy version as an officer is shown it: the version's Markdown in one language with the
 * agency's settings filled in ({@code {{agency}}}, {@code {{permittedWindows}}}, {@code {{officialDomains}}}).
 * Its SHA-256 is what a signature records, so that the exact text signed can be proven later.
 */
@ApplicationScoped
public class PolicyTexts {

    @Inject
    AgencySettings agency;

    public String shown(PolicyVersion version, Locale language) {
        return version.text(language)
                .replace("{{agency}}", agency.name())
                .replace("{{permittedWindows}}", agency.permittedWindows().describe(language))
                .replace("{{officialDomains}}", String.join(", ", agency.officialEmailDomains()));
    }

    public static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}

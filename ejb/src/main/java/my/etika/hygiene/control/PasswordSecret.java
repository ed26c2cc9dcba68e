package my.etika.hygiene.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The secret the official passwords' fingerprints are keyed with: {@code etika.hygiene.password-secret}
 * ({@code ETIKA_HYGIENE_PASSWORD_SECRET}, Base64 of at least 32 bytes) in production. Without it (the embedded
 * default) one is made at first start and kept in the server's data directory, readable by its owner only; it is
 * never logged. Changing it makes earlier fingerprints unmatchable (reuse of an older password goes unnoticed).
 */
@ApplicationScoped
public class PasswordSecret {

    private static final Logger LOG = Logger.getLogger(PasswordSecret.class.getName());
    private static final String FILE = "etika-password-fingerprint.secret";

    @Inject
    Config config;

    private volatile OfficialPasswordCheck check;

    public OfficialPasswordCheck check() {
        if (check == null) {
            synchronized (this) {
                if (check == null) {
                    check = new OfficialPasswordCheck(secret());
                }
            }
        }
        return check;
    }

    private byte[] secret() {
        var configured = config.getOptionalValue("etika.hygiene.password-secret", String.class);
        if (configured.isPresent()) {
            return Base64.getDecoder().decode(configured.get().strip());
        }
        Path file = Path.of(config.getOptionalValue("jboss.server.data.dir", String.class)
                .orElse(System.getProperty("java.io.tmpdir")), FILE);
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.writeString(file, Base64.getEncoder().encodeToString(fresh), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    LOG.fine("No POSIX permissions here for " + file);
                }
                LOG.warning(() -> "No etika.hygiene.password-secret configured: a secret was made in " + file
                        + " (set ETIKA_HYGIENE_PASSWORD_SECRET in production)");
            }
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

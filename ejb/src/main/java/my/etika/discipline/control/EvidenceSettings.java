package my.etika.discipline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Where disciplinary cases' evidence files are kept and what is accepted, from MicroProfile Config
 * ({@code etika.discipline.evidence.*}, or {@code ETIKA_DISCIPLINE_EVIDENCE_*} in the environment):
 * <ul>
 * <li>{@code directory}: the store's root, {@code ${jboss.server.data.dir}/etika/evidence} by default (outside
 * WildFly: {@code java.io.tmpdir/etika-evidence}, with a warning: evidence does not belong in a temporary
 * directory);</li>
 * <li>{@code max-bytes}: the largest file accepted, 25 MiB by default (the agency's size limit);</li>
 * <li>{@code allowed-types}: the media types accepted, as detected from the content, comma-separated.</li>
 * </ul>
 */
@ApplicationScoped
public class EvidenceSettings {

    static final long DEFAULT_MAX_BYTES = 25L * 1024 * 1024;

    /** Screenshots, documents, archived web pages (HTML, MHTML, WARC), e-mails, screen recordings, plain text. */
    static final List<String> DEFAULT_ALLOWED_TYPES = List.of("image/png", "image/jpeg", "image/gif", "image/webp",
            "application/pdf", "text/html", "application/xhtml+xml", "message/rfc822", "multipart/related",
            "application/warc", "video/mp4", "text/plain");

    private static final String PREFIX = "etika.discipline.evidence.";
    private static final Logger LOG = Logger.getLogger(EvidenceSettings.class.getName());

    @Inject
    Config config;

    public Path directory() {
        Optional<String> configured = config.getOptionalValue(PREFIX + "directory", String.class)
                .filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return Path.of(configured.get().strip());
        }
        Optional<String> serverData = config.getOptionalValue("jboss.server.data.dir", String.class);
        if (serverData.isPresent()) {
            return Path.of(serverData.get(), "etika", "evidence");
        }
        Path temporary = Path.of(System.getProperty("java.io.tmpdir"), "etika-evidence");
        LOG.warning(() -> "Neither " + PREFIX + "directory nor jboss.server.data.dir is set: evidence is kept in "
                + temporary);
        return temporary;
    }

    public long maxBytes() {
        long maxBytes = config.getOptionalValue(PREFIX + "max-bytes", Long.class).orElse(DEFAULT_MAX_BYTES);
        if (maxBytes < 1) {
            throw new IllegalStateException(PREFIX + "max-bytes must be 1 or more: " + maxBytes);
        }
        return maxBytes;
    }

    public List<String> allowedTypes() {
        return config.getOptionalValue(PREFIX + "allowed-types", String.class)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .map(s -> s.toLowerCase(Locale.ROOT)).toList())
                .filter(types -> !types.isEmpty())
                .orElse(DEFAULT_ALLOWED_TYPES);
    }
}

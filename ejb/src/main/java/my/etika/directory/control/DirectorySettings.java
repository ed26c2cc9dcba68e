package my.etika.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import my.etika.platform.boundary.Roles;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the directory configuration (MicroProfile Config: system properties, {@code ETIKA_DIRECTORY_*}
 * environment variables). Without {@code etika.directory.url} Etika uses its embedded demo directory.
 */
@ApplicationScoped
public class DirectorySettings {

    static final String URL = "etika.directory.url";
    private static final String PREFIX = "etika.directory.";

    @Inject
    Config config;

    @Inject
    EmbeddedDirectory embedded;

    /** Dependent on purpose: a record cannot be proxied, and its consumers are application-scoped anyway. */
    @Produces
    DirectoryConfig directoryConfig() {
        Optional<String> url = config.getOptionalValue(URL, String.class);
        if (url.isEmpty()) {
            return embedded.connectionConfig(connectTimeout(), responseTimeout(), maxConnections());
        }
        AttributeMapping mapping = attributeMapping();
        return new DirectoryConfig(
                Arrays.asList(url.get().trim().split("\\s+")),
                value("start-tls").map(Boolean::parseBoolean).orElse(false),
                value("bind-dn").orElse(null),
                value("bind-password").orElse(null),
                required("people-base-dn"),
                required("group-base-dn"),
                mapping.login(),
                mapping.stableId(),
                mapping.personObjectClass(),
                value("group-object-class").orElse("groupOfNames"),
                value("member-attribute").orElse("member"),
                roleGroups(),
                connectTimeout(),
                responseTimeout(),
                maxConnections(),
                value("trust-store").orElse(null),
                value("trust-store-password").orElse(null));
    }

    /**
     * How directory attributes become officer fields: a profile ({@code etika.directory.profile}: ETIKA, the
     * default, INET_ORG_PERSON, ACTIVE_DIRECTORY, DS389) with per-field overrides
     * ({@code etika.directory.mapping.grade=extensionAttribute1}). The embedded directory uses the Etika schema.
     */
    @Produces
    AttributeMapping attributeMapping() {
        if (config.getOptionalValue(URL, String.class).isEmpty()) {
            return AttributeMapping.of(MappingProfile.ETIKA, Map.of());
        }
        MappingProfile profile = value("profile").map(p -> MappingProfile.valueOf(p.toUpperCase(Locale.ROOT)))
                .orElse(MappingProfile.ETIKA);
        // looked up field by field, so that ETIKA_DIRECTORY_MAPPING_GRADE works as well as the dotted name
        Map<String, String> overrides = new HashMap<>();
        for (String field : AttributeMapping.FIELDS) {
            config.getOptionalValue(PREFIX + "mapping." + field, String.class)
                    .ifPresent(attribute -> overrides.put(field, attribute.trim()));
        }
        return AttributeMapping.of(profile, overrides);
    }

    /** Application role → directory group name, each overridable as {@code etika.directory.group.<role>}. */
    Map<String, String> roleGroups() {
        return Map.of(
                Roles.HR, value("group.hr").orElse("etika-hr"),
                Roles.INTEGRITY, value("group.integrity").orElse("etika-integriti"),
                Roles.INTEGRITY_HEAD, value("group.integrity-head").orElse("etika-integriti-ketua"),
                Roles.AUDITOR, value("group.auditor").orElse("etika-juruaudit"),
                Roles.ADMIN, value("group.admin").orElse("etika-pentadbir"));
    }

    private Duration connectTimeout() {
        return Duration.ofMillis(value("connect-timeout-ms").map(Long::parseLong).orElse(5_000L));
    }

    private Duration responseTimeout() {
        return Duration.ofMillis(value("response-timeout-ms").map(Long::parseLong).orElse(30_000L));
    }

    private int maxConnections() {
        return value("max-connections").map(Integer::parseInt).orElse(10);
    }

    private Optional<String> value(String name) {
        return config.getOptionalValue(PREFIX + name, String.class).map(String::trim).filter(v -> !v.isEmpty());
    }

    private String required(String name) {
        return value(name).orElseThrow(() -> new IllegalStateException(
                "Directory configuration incomplete: set " + PREFIX + name + " (environment "
                        + (PREFIX + name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + ")"));
    }
}

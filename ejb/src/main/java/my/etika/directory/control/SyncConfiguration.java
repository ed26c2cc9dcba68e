package my.etika.directory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;

/**
 * Directory sync settings from MicroProfile Config ({@code etika.sync.*}, or {@code ETIKA_SYNC_*} in the
 * environment), with the defaults the README documents.
 */
@ApplicationScoped
public class SyncConfiguration {

    private static final String PREFIX = "etika.sync.";

    @Inject
    Config config;

    @Inject
    DirectoryConfig directory;

    public SyncSettings settings() {
        return new SyncSettings(directory.peopleBaseDn(),
                String.join(" ", directory.urls()) + " " + directory.peopleBaseDn(),
                intValue("page-size", 1_000),
                intValue("batch-size", 1_000),
                intValue("deactivation-limit", 500),
                config.getOptionalValue(PREFIX + "deactivation-percent", Double.class).orElse(2.0),
                Duration.ofSeconds(intValue("lease-seconds", 120)));
    }

    /** Incremental runs every so many minutes (0: none). */
    public int incrementalEveryMinutes() {
        return intValue("incremental-every-minutes", 5);
    }

    /** The nightly full reconcile, {@code HH:mm} Malaysian time (empty: none). */
    public String fullAt() {
        return config.getOptionalValue(PREFIX + "full-at", String.class).orElse("02:00");
    }

    public boolean scheduleEnabled() {
        return config.getOptionalValue(PREFIX + "schedule-enabled", Boolean.class).orElse(true);
    }

    private int intValue(String name, int defaultValue) {
        return config.getOptionalValue(PREFIX + name, Integer.class).orElse(defaultValue);
    }
}

package my.etika.platform.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as Etika's printed documents show them: in Malaysian time, with the zone written out. */
public final class MalaysianTime {

    /** The zone every time on a printed document is shown in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Kuala_Lumpur");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss", Locale.ROOT);

    private MalaysianTime() {
    }

    /**
     * {@code 23/11/2026 14:05:09 (MYT, UTC+08:00)}, whatever the JVM's zone and locale; the same in Malay and
     * English.
     */
    public static String documentText(Instant instant) {
        ZonedDateTime local = instant.atZone(ZONE);
        // "MYT" written out: the JDK's short zone names vary with its locale data. UTC+08:00 since 1982.
        return TIME.format(local) + " (MYT, UTC" + local.getOffset().getId() + ")";
    }
}

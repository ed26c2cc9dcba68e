package my.etika.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Shows stored UTC instants in Malaysian time, 24-hour, day first ({@code 22/11/2026 14:30}). */
@Named
@ApplicationScoped
public class DisplayTime {

    public static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(MALAYSIA);

    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A Malaysian calendar date (a due date), day first. */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}

package my.etika.calendar.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A state's weekend from a date until the state's next period. Reference data, written by migrations only.
 */
@Entity
@Table(name = "state_weekend")
public class StateWeekend {

    @Id
    private Long id;

    @Column(name = "state_code", nullable = false, length = 8)
    private String stateCode;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** The weekend days, e.g. {@code FRIDAY,SATURDAY}. */
    @Column(name = "weekend_days", nullable = false, length = 64)
    private String weekendDays;

    /** The weekly rest day whose holidays are replaced by the next working day. */
    @Column(name = "rest_day", nullable = false, length = 16)
    private String restDay;

    protected StateWeekend() {
    }

    public String getStateCode() {
        return stateCode;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Set<DayOfWeek> weekendDays() {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekendDays.split(",")).map(String::strip).filter(d -> !d.isEmpty())
                .map(d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT))).forEach(days::add);
        return days;
    }

    public DayOfWeek restDay() {
        return DayOfWeek.valueOf(restDay.strip().toUpperCase(Locale.ROOT));
    }
}

package my.etika.calendar.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A state's weekend from {@code effectiveFrom} until its next period, and its weekly rest day: the weekend day whose
 * holidays are replaced by the next working day (Sunday with a Saturday–Sunday weekend, Friday with a
 * Friday–Saturday one).
 */
public record WeekendPeriod(LocalDate effectiveFrom, Set<DayOfWeek> weekend, DayOfWeek restDay) {

    /** The federal week: Saturday–Sunday, Sunday's holidays replaced. */
    public static final WeekendPeriod FEDERAL = new WeekendPeriod(LocalDate.of(1900, 1, 1),
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), DayOfWeek.SUNDAY);

    public WeekendPeriod {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(restDay, "restDay");
        weekend = Set.copyOf(weekend);
        if (weekend.isEmpty() || weekend.size() > 3 || !weekend.contains(restDay)) {
            throw new IllegalArgumentException("Weekend " + weekend + " with rest day " + restDay);
        }
    }
}

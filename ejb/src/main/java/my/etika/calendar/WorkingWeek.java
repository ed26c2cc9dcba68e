package my.etika.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The working week of a Malaysian duty-station state (ISO 3166-2, e.g. {@code MY-02} Kedah): Friday–Saturday
 * weekends in Kedah, Kelantan and Terengganu, and in Johor from 2014 to 2024; Saturday–Sunday elsewhere, federally,
 * and in Johor from 1 January 2025. Public holidays are not known here (each state issues its own list).
 */
public final class WorkingWeek {

    private static final Set<String> FRIDAY_SATURDAY = Set.of("MY-02", "MY-03", "MY-11");
    private static final String JOHOR = "MY-01";
    private static final LocalDate JOHOR_FRIDAY_SATURDAY_FROM = LocalDate.of(2014, 1, 1);
    private static final LocalDate JOHOR_SATURDAY_SUNDAY_FROM = LocalDate.of(2025, 1, 1);
    private static final Set<DayOfWeek> FRI_SAT = EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    private static final Set<DayOfWeek> SAT_SUN = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private WorkingWeek() {
    }

    /** The weekend days of the state on that date ({@code null} or an unknown state: the federal weekend). */
    public static Set<DayOfWeek> weekend(String state, LocalDate on) {
        if (state != null && FRIDAY_SATURDAY.contains(state)) {
            return FRI_SAT;
        }
        if (JOHOR.equals(state) && !on.isBefore(JOHOR_FRIDAY_SATURDAY_FROM) && on.isBefore(JOHOR_SATURDAY_SUNDAY_FROM)) {
            return FRI_SAT;
        }
        return SAT_SUN;
    }

    public static boolean isWorkingDay(String state, LocalDate day) {
        return !weekend(state, day).contains(day.getDayOfWeek());
    }

    /** The day that is {@code days} working days after {@code from} in the state (0: {@code from} itself). */
    public static LocalDate afterWorkingDays(String state, LocalDate from, int days) {
        LocalDate day = from;
        for (int counted = 0; counted < days;) {
            day = day.plusDays(1);
            if (isWorkingDay(state, day)) {
                counted++;
            }
        }
        return day;
    }
}

package my.etika.calendar.boundary;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working calendar of one state: its weekends over time, its public holidays and the substitute days that
 * replace holidays falling on the weekly rest day. Immutable; built once from the recorded periods and holidays.
 * <p>
 * Substitution: a holiday on the rest day (Sunday in a Saturday–Sunday state, Friday in a Friday–Saturday state)
 * moves to the next day that is neither a weekend day, nor a holiday, nor already another holiday's substitute; a
 * holiday on the other weekend day is not replaced.
 */
public final class StateCalendar {

    private final String stateCode;
    private final List<WeekendPeriod> periods;
    private final NavigableMap<LocalDate, Holiday> holidays = new TreeMap<>();
    private final NavigableMap<LocalDate, Holiday> substitutes = new TreeMap<>();
    private final Map<LocalDate, LocalDate> substituteOf = new HashMap<>();

    /**
     * @param periods the state's weekends (the federal week when there is none); a date before the first period
     *            takes the first period's weekend
     * @param holidays the holidays in force; of two on the same date the first given counts
     */
    public StateCalendar(String stateCode, Collection<WeekendPeriod> periods, Collection<Holiday> holidays) {
        this.stateCode = stateCode;
        List<WeekendPeriod> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(WeekendPeriod::effectiveFrom));
        this.periods = sorted.isEmpty() ? List.of(WeekendPeriod.FEDERAL) : List.copyOf(sorted);
        holidays.forEach(h -> this.holidays.putIfAbsent(h.date(), h));
        for (Holiday holiday : this.holidays.values()) {
            if (holiday.date().getDayOfWeek() == period(holiday.date()).restDay()) {
                LocalDate day = holiday.date().plusDays(1);
                while (isWeekend(day) || this.holidays.containsKey(day) || substitutes.containsKey(day)) {
                    day = day.plusDays(1);
                }
                substitutes.put(day, holiday);
                substituteOf.put(holiday.date(), day);
            }
        }
    }

    /** The state whose calendar this is (ISO 3166-2). */
    public String stateCode() {
        return stateCode;
    }

    public Set<DayOfWeek> weekend(LocalDate day) {
        return period(day).weekend();
    }

    public DayOfWeek restDay(LocalDate day) {
        return period(day).restDay();
    }

    public boolean isWorkingDay(LocalDate day) {
        return !isWeekend(day) && !holidays.containsKey(day) && !substitutes.containsKey(day);
    }

    /** Why the day is not a working day; empty for a working day. A holiday is named even on a weekend day. */
    public Optional<NonWorkingDay> nonWorkingReason(LocalDate day) {
        Holiday holiday = holidays.get(day);
        if (holiday != null) {
            return Optional.of(new NonWorkingDay(day, NonWorkingDay.Reason.HOLIDAY, holiday));
        }
        Holiday replaced = substitutes.get(day);
        if (replaced != null) {
            return Optional.of(new NonWorkingDay(day, NonWorkingDay.Reason.SUBSTITUTE, replaced));
        }
        return isWeekend(day) ? Optional.of(new NonWorkingDay(day, NonWorkingDay.Reason.WEEKEND, null))
                : Optional.empty();
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself when {@code n} is 0, whether or not it is
     * a working day); with a negative {@code n}, the {@code -n}-th working day before it.
     */
    public LocalDate plusWorkingDays(LocalDate from, int n) {
        int step = n >= 0 ? 1 : -1;
        LocalDate day = from;
        for (int counted = 0; counted != n; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                counted += step;
            }
        }
        return day;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; when {@code to} is before {@code from},
     * minus the working days after {@code to} up to and including {@code from}. With today and a due date: the
     * working days left, or (negative) the working days overdue.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? -countWorkingDays(to, from) : countWorkingDays(from, to);
    }

    /** The days after {@code from} up to and including {@code to} that are not working days, in date order. */
    public List<NonWorkingDay> nonWorkingDaysBetween(LocalDate from, LocalDate to) {
        List<NonWorkingDay> days = new ArrayList<>();
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            nonWorkingReason(day).ifPresent(days::add);
        }
        return days;
    }

    /** The holidays in force in the year, in date order (substitute days not included). */
    public List<Holiday> holidaysIn(int year) {
        return List.copyOf(holidays.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true)
                .values());
    }

    /** The day that replaces the holiday on that date, when it fell on the weekly rest day. */
    public Optional<LocalDate> substituteFor(LocalDate holidayDate) {
        return Optional.ofNullable(substituteOf.get(holidayDate));
    }

    /** The substitute days of the year, each with the holiday it replaces. */
    public Map<LocalDate, Holiday> substitutesIn(int year) {
        return Collections.unmodifiableMap(
                substitutes.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
    }

    public boolean isWeekend(LocalDate day) {
        return period(day).weekend().contains(day.getDayOfWeek());
    }

    private int countWorkingDays(LocalDate afterDay, LocalDate upToAndIncluding) {
        int count = 0;
        for (LocalDate day = afterDay.plusDays(1); !day.isAfter(upToAndIncluding); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private WeekendPeriod period(LocalDate day) {
        for (int i = periods.size() - 1; i > 0; i--) {
            if (!day.isBefore(periods.get(i).effectiveFrom())) {
                return periods.get(i);
            }
        }
        return periods.get(0);
    }

    @Override
    public String toString() {
        return "StateCalendar[" + stateCode + ", " + periods.size() + " weekend period(s), " + holidays.size()
                + " holiday(s)]";
    }
}

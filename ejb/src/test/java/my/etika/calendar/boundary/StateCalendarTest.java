package my.etika.calendar.boundary;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import my.etika.calendar.entity.HolidayKind;
import org.junit.jupiter.api.Test;

class StateCalendarTest {

    private static final WeekendPeriod FRI_SAT_SINCE_1900 = new WeekendPeriod(LocalDate.of(1900, 1, 1),
            EnumSet.of(FRIDAY, SATURDAY), FRIDAY);
    private static final WeekendPeriod SAT_SUN_SINCE_1900 = WeekendPeriod.FEDERAL;

    private static Holiday holiday(String date, String nameMs, String nameEn) {
        return new Holiday(0, LocalDate.parse(date), nameMs, nameEn, HolidayKind.FEDERAL);
    }

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    private static final StateCalendar KEDAH = new StateCalendar("MY-02", List.of(FRI_SAT_SINCE_1900), List.of(
            holiday("2026-05-01", "Hari Pekerja", "Labour Day"),
            holiday("2026-06-01", "Hari Keputeraan Rasmi YDP Agong", "Agong's Birthday"),
            holiday("2026-12-25", "Hari Krismas", "Christmas Day"),
            holiday("2027-05-01", "Hari Pekerja", "Labour Day")));

    private static final StateCalendar SELANGOR = new StateCalendar("MY-10", List.of(SAT_SUN_SINCE_1900), List.of(
            holiday("2025-08-31", "Hari Kebangsaan", "National Day"),
            holiday("2026-03-22", "Cuti A", "Holiday A"),
            holiday("2026-03-23", "Cuti B", "Holiday B"),
            holiday("2026-05-01", "Hari Pekerja", "Labour Day"),
            holiday("2027-05-01", "Hari Pekerja", "Labour Day")));

    private static final StateCalendar JOHOR = new StateCalendar("MY-01", List.of(
            new WeekendPeriod(LocalDate.of(2025, 1, 1), EnumSet.of(SATURDAY, SUNDAY), SUNDAY),
            new WeekendPeriod(LocalDate.of(1900, 1, 1), EnumSet.of(SATURDAY, SUNDAY), SUNDAY),
            new WeekendPeriod(LocalDate.of(2014, 1, 1), EnumSet.of(FRIDAY, SATURDAY), FRIDAY)), List.of(
                    holiday("2024-12-27", "Cuti Jumaat", "Friday holiday"),
                    holiday("2025-01-03", "Cuti Jumaat", "Friday holiday"),
                    holiday("2025-01-05", "Cuti Ahad", "Sunday holiday")));

    @Test
    void kedahReplacesAFridayHolidayWithTheSunday() {
        assertThat(day("2026-05-01").getDayOfWeek()).isEqualTo(FRIDAY);
        assertThat(KEDAH.nonWorkingReason(day("2026-05-01")).map(NonWorkingDay::toString))
                .contains("2026-05-01 Labour Day");
        assertThat(KEDAH.nonWorkingReason(day("2026-05-02")).map(NonWorkingDay::reason))
                .contains(NonWorkingDay.Reason.WEEKEND);
        NonWorkingDay sunday = KEDAH.nonWorkingReason(day("2026-05-03")).orElseThrow();
        assertThat(sunday.reason()).isEqualTo(NonWorkingDay.Reason.SUBSTITUTE);
        assertThat(sunday.holiday().nameMs()).isEqualTo("Hari Pekerja");
        assertThat(sunday).hasToString("2026-05-03 substitute for Labour Day");
        assertThat(KEDAH.isWorkingDay(day("2026-05-04"))).isTrue();
        assertThat(KEDAH.substituteFor(day("2026-05-01"))).contains(day("2026-05-03"));

        assertThat(KEDAH.substituteFor(day("2026-12-25"))).contains(day("2026-12-27"));
        assertThat(KEDAH.isWorkingDay(day("2026-12-27"))).isFalse();
        assertThat(KEDAH.substitutesIn(2026)).containsOnlyKeys(day("2026-05-03"), day("2026-12-27"));
    }

    @Test
    void kedahDeadlinesSkipTheFridaySaturdayWeekendHolidaysAndSubstitutes() {
        LocalDate thursday = day("2026-04-30");
        assertThat(KEDAH.plusWorkingDays(thursday, 1)).isEqualTo(day("2026-05-04"));
        assertThat(KEDAH.plusWorkingDays(thursday, 3)).isEqualTo(day("2026-05-06"));
        assertThat(KEDAH.workingDaysBetween(thursday, day("2026-05-06"))).isEqualTo(3);
        // a Sunday is a working day in Kedah (when it replaces nothing)
        assertThat(KEDAH.plusWorkingDays(day("2026-06-04"), 1)).isEqualTo(day("2026-06-07"));
        // the Agong's birthday, a Monday
        assertThat(KEDAH.plusWorkingDays(day("2026-05-31"), 1)).isEqualTo(day("2026-06-02"));
        assertThat(KEDAH.plusWorkingDays(day("2026-12-24"), 1)).isEqualTo(day("2026-12-28"));
    }

    @Test
    void kedahDoesNotReplaceASaturdayHoliday() {
        assertThat(day("2027-05-01").getDayOfWeek()).isEqualTo(SATURDAY);
        assertThat(KEDAH.substituteFor(day("2027-05-01"))).isEmpty();
        assertThat(KEDAH.isWorkingDay(day("2027-05-02"))).as("the Sunday after").isTrue();
        assertThat(KEDAH.nonWorkingReason(day("2027-05-01")).map(NonWorkingDay::reason))
                .as("a holiday is named even on the weekend").contains(NonWorkingDay.Reason.HOLIDAY);
    }

    @Test
    void selangorReplacesASundayHolidayWithTheMonday() {
        assertThat(day("2025-08-31").getDayOfWeek()).isEqualTo(SUNDAY);
        assertThat(SELANGOR.substituteFor(day("2025-08-31"))).contains(day("2025-09-01"));
        assertThat(SELANGOR.plusWorkingDays(day("2025-08-29"), 1)).isEqualTo(day("2025-09-02"));
    }

    @Test
    void selangorChainsTheSubstitutePastAMondayHoliday() {
        assertThat(day("2026-03-22").getDayOfWeek()).isEqualTo(SUNDAY);
        assertThat(SELANGOR.substituteFor(day("2026-03-22"))).contains(day("2026-03-24"));
        assertThat(SELANGOR.substituteFor(day("2026-03-23"))).as("a Monday holiday is not replaced").isEmpty();
        assertThat(SELANGOR.nonWorkingReason(day("2026-03-24")).map(NonWorkingDay::toString))
                .contains("2026-03-24 substitute for Holiday A");
        assertThat(SELANGOR.plusWorkingDays(day("2026-03-20"), 1)).isEqualTo(day("2026-03-25"));
        assertThat(SELANGOR.nonWorkingDaysBetween(day("2026-03-20"), day("2026-03-25")))
                .extracting(NonWorkingDay::reason).containsExactly(NonWorkingDay.Reason.WEEKEND,
                        NonWorkingDay.Reason.HOLIDAY, NonWorkingDay.Reason.HOLIDAY, NonWorkingDay.Reason.SUBSTITUTE);
    }

    @Test
    void selangorDoesNotReplaceASaturdayHoliday() {
        assertThat(SELANGOR.substituteFor(day("2027-05-01"))).isEmpty();
        assertThat(SELANGOR.isWorkingDay(day("2027-05-03"))).isTrue();
        assertThat(SELANGOR.plusWorkingDays(day("2027-04-30"), 1)).isEqualTo(day("2027-05-03"));
        assertThat(SELANGOR.isWorkingDay(day("2026-05-01"))).isFalse();
        assertThat(SELANGOR.substituteFor(day("2026-05-01"))).as("a Friday holiday").isEmpty();
    }

    @Test
    void johorCountsAcrossItsChangeOfWeekend() {
        assertThat(JOHOR.weekend(day("2013-12-31"))).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
        assertThat(JOHOR.weekend(day("2024-12-31"))).containsExactlyInAnyOrder(FRIDAY, SATURDAY);
        assertThat(JOHOR.weekend(day("2025-01-01"))).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
        assertThat(JOHOR.restDay(day("2024-12-31"))).isEqualTo(FRIDAY);
        assertThat(JOHOR.restDay(day("2025-01-01"))).isEqualTo(SUNDAY);

        // 2024: a Friday holiday is replaced by the Sunday, which is a working day
        assertThat(JOHOR.substituteFor(day("2024-12-27"))).contains(day("2024-12-29"));
        assertThat(JOHOR.plusWorkingDays(day("2024-12-26"), 1)).isEqualTo(day("2024-12-30"));
        // 2025: Friday is a working day (a holiday on it is not replaced); Sunday's holiday goes to Monday
        assertThat(JOHOR.substituteFor(day("2025-01-03"))).isEmpty();
        assertThat(JOHOR.substituteFor(day("2025-01-05"))).contains(day("2025-01-06"));
        LocalDate newYearsEve = day("2024-12-31");
        assertThat(JOHOR.plusWorkingDays(newYearsEve, 1)).isEqualTo(day("2025-01-01"));
        assertThat(JOHOR.plusWorkingDays(newYearsEve, 2)).isEqualTo(day("2025-01-02"));
        assertThat(JOHOR.plusWorkingDays(newYearsEve, 3)).isEqualTo(day("2025-01-07"));
        assertThat(JOHOR.workingDaysBetween(day("2024-12-26"), day("2025-01-07"))).isEqualTo(5);
    }

    @Test
    void workingDaysBetweenIsSignedDaysLeftOrOverdue() {
        LocalDate monday = day("2026-11-23");
        LocalDate friday = day("2026-11-27");
        assertThat(SELANGOR.workingDaysBetween(monday, friday)).isEqualTo(4);
        assertThat(SELANGOR.workingDaysBetween(friday, monday)).isEqualTo(-4);
        assertThat(SELANGOR.workingDaysBetween(monday, monday)).isZero();
        assertThat(SELANGOR.workingDaysBetween(friday, day("2026-11-29"))).as("Friday to Sunday").isZero();
        assertThat(SELANGOR.workingDaysBetween(friday, day("2026-11-30"))).isEqualTo(1);
        LocalDate dueMonday = monday;
        LocalDate todayWednesday = day("2026-11-25");
        assertThat(SELANGOR.workingDaysBetween(todayWednesday, dueMonday)).as("2 overdue").isEqualTo(-2);
        assertThat(KEDAH.workingDaysBetween(day("2026-04-30"), day("2026-04-29"))).isEqualTo(-1);
        assertThat(KEDAH.workingDaysBetween(day("2026-05-04"), day("2026-04-30"))).as("back over Fri-Sun")
                .isEqualTo(-1);
    }

    @Test
    void countingForwardAndBackAgrees() {
        for (StateCalendar calendar : List.of(KEDAH, SELANGOR, JOHOR)) {
            for (LocalDate from = day("2024-12-01"); from.isBefore(day("2027-06-01")); from = from.plusDays(11)) {
                if (!calendar.isWorkingDay(from)) {
                    continue;
                }
                for (int n = -25; n <= 25; n++) {
                    LocalDate to = calendar.plusWorkingDays(from, n);
                    assertThat(calendar.isWorkingDay(to) || n == 0).isTrue();
                    assertThat(calendar.workingDaysBetween(from, to)).as("%s %s %d", calendar, from, n).isEqualTo(n);
                }
            }
        }
    }

    @Test
    void zeroWorkingDaysIsTheDayItselfAndNegativeCountsBack() {
        LocalDate saturday = day("2026-11-28");
        assertThat(SELANGOR.plusWorkingDays(saturday, 0)).isEqualTo(saturday);
        assertThat(SELANGOR.plusWorkingDays(saturday, -1)).isEqualTo(day("2026-11-27"));
        assertThat(SELANGOR.plusWorkingDays(day("2026-05-04"), -1)).isEqualTo(day("2026-04-30"));
        assertThat(KEDAH.plusWorkingDays(day("2026-05-04"), -1)).isEqualTo(day("2026-04-30"));
    }

    @Test
    void withoutPeriodsTheFederalWeekApplies() {
        StateCalendar federal = new StateCalendar("MY-14", List.of(), List.of());
        assertThat(federal.weekend(day("2020-01-01"))).containsExactlyInAnyOrder(SATURDAY, SUNDAY);
        assertThat(federal.nonWorkingReason(day("2026-11-25"))).isEqualTo(Optional.empty());
        assertThat(federal.isWorkingDay(day("2026-11-29"))).isFalse();
        assertThat(DayOfWeek.from(day("2026-11-29"))).isEqualTo(SUNDAY);
    }

    @Test
    void theYearsHolidaysAreInDateOrder() {
        assertThat(KEDAH.holidaysIn(2026)).extracting(Holiday::date).containsExactly(day("2026-05-01"),
                day("2026-06-01"), day("2026-12-25"));
        assertThat(KEDAH.holidaysIn(2028)).isEmpty();
    }
}

package my.etika.discipline.control;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import my.etika.calendar.boundary.Holiday;
import my.etika.calendar.boundary.StateCalendar;
import my.etika.calendar.boundary.WeekendPeriod;
import my.etika.calendar.entity.HolidayKind;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentSource;
import my.etika.discipline.entity.IncidentStatus;
import org.junit.jupiter.api.Test;

/**
 * The clocks of a case in a Friday–Saturday state (Kedah) and a Saturday–Sunday one (Selangor): service levels in
 * working days across weekends, holidays and their substitutes; statutory periods in calendar days; condonation risk.
 */
class ProcedureClockTest {

    private static final Holiday CHRISTMAS = new Holiday(1, LocalDate.parse("2026-12-25"), "Hari Krismas",
            "Christmas Day", HolidayKind.FEDERAL);
    private static final StateCalendar KEDAH = new StateCalendar("MY-02", List.of(new WeekendPeriod(
            LocalDate.of(1900, 1, 1), EnumSet.of(FRIDAY, SATURDAY), FRIDAY)), List.of(CHRISTMAS));
    private static final StateCalendar SELANGOR = new StateCalendar("MY-10", List.of(WeekendPeriod.FEDERAL),
            List.of(CHRISTMAS));
    private static final StateCalendar SELANGOR_WITHOUT_HOLIDAYS = new StateCalendar("MY-10",
            List.of(WeekendPeriod.FEDERAL), List.of());

    private final ProcedureClock clock = new ProcedureClock(DisciplineSettings.defaults());

    @Test
    void aServiceLevelCountsTheWorkingDaysOfTheDutyStationsWeek() {
        Incident received = received(LocalDate.parse("2026-12-03"));
        // three working days after Thursday 3 December: Kedah Sun, Mon, Tue; Selangor Fri, Mon, Tue
        Deadline kedah = only(clock.deadlines(received, KEDAH, LocalDate.parse("2026-12-04")));
        Deadline selangor = only(clock.deadlines(received, SELANGOR, LocalDate.parse("2026-12-04")));
        assertThat(kedah.dueOn()).isEqualTo("2026-12-08");
        assertThat(selangor.dueOn()).isEqualTo("2026-12-08");
        assertThat(kedah.statutory()).isFalse();
        assertThat(kedah.workingDaysLeft()).as("Friday in Kedah: Sunday to Tuesday are left").isEqualTo(3);
        assertThat(selangor.workingDaysLeft()).as("Friday in Selangor: Monday and Tuesday are left").isEqualTo(2);
        Deadline late = only(clock.deadlines(received, SELANGOR, LocalDate.parse("2026-12-10")));
        assertThat(late.overdue()).isTrue();
        assertThat(late.workingDaysLeft()).isEqualTo(-2);
    }

    @Test
    void aHolidayAndItsSubstituteMoveTheServiceLevel() {
        Incident received = received(LocalDate.parse("2026-12-24"));
        // Kedah: Christmas falls on Friday, the weekly rest day, so Sunday 27 is its substitute
        assertThat(clock.earliestDue(received, KEDAH)).contains(LocalDate.parse("2026-12-30"));
        assertThat(clock.earliestDue(received, SELANGOR)).contains(LocalDate.parse("2026-12-30"));
        assertThat(clock.earliestDue(received, SELANGOR_WITHOUT_HOLIDAYS)).contains(LocalDate.parse("2026-12-29"));
        assertThat(KEDAH.isWorkingDay(LocalDate.parse("2026-12-27"))).isFalse();
    }

    @Test
    void theStatutoryRepresentationPeriodCountsCalendarDaysFromReceipt() {
        Incident incident = received(LocalDate.parse("2026-12-01"));
        for (IncidentStatus step : List.of(IncidentStatus.PRELIMINARY_INVESTIGATION, IncidentStatus.HOD_REPORTED,
                IncidentStatus.TRACK_DETERMINED, IncidentStatus.CHARGED, IncidentStatus.AWAITING_REPRESENTATION)) {
            incident.moveTo(step, LocalDate.parse("2026-12-03"), "tester", Instant.EPOCH);
        }
        incident.chargeReceived(LocalDate.parse("2026-12-03"), LocalDate.parse("2026-12-03")
                .plusDays(DisciplineSettings.defaults().representationDays()));
        List<Deadline> deadlines = clock.deadlines(incident, KEDAH, LocalDate.parse("2026-12-04"));
        Deadline representation = deadlines.get(0);
        assertThat(representation.kind()).isEqualTo("REPRESENTATION");
        assertThat(representation.statutory()).isTrue();
        assertThat(representation.dueOn()).isEqualTo("2026-12-24");
        assertThat(representation.calendarDaysLeft()).isEqualTo(20);
        assertThat(clock.deadlines(incident, KEDAH, LocalDate.parse("2026-12-28")).get(0).overdue()).isTrue();
    }

    @Test
    void aCaseUndecidedForTooLongIsAtRiskOfCondonation() {
        Incident old = received(LocalDate.parse("2026-03-01"), Instant.parse("2026-03-01T01:00:00Z"));
        assertThat(clock.atCondonationRisk(old, LocalDate.parse("2026-12-03"))).isTrue();
        assertThat(clock.deadlines(old, SELANGOR, LocalDate.parse("2026-12-03"))).extracting(Deadline::kind)
                .contains("CONDONATION_RISK");
        Incident recent = received(LocalDate.parse("2026-11-01"), Instant.parse("2026-11-01T01:00:00Z"));
        assertThat(clock.atCondonationRisk(recent, LocalDate.parse("2026-12-03"))).isFalse();
    }

    private static Deadline only(List<Deadline> deadlines) {
        assertThat(deadlines).hasSize(1);
        return deadlines.get(0);
    }

    private static Incident received(LocalDate on) {
        return received(on, on.atStartOfDay(ProcedureClock.MALAYSIA).toInstant());
    }

    private static Incident received(LocalDate on, Instant at) {
        return new Incident("TT-1", IncidentSource.COMPLAINT, null, "summary", "tester", at, on);
    }
}

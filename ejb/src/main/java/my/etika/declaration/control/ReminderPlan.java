package my.etika.declaration.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;
import my.etika.calendar.WorkingWeek;

/**
 * When a pending declaration is reminded or escalated, on a given Malaysian date: the latest reminder offset
 * reached (an officer who joined late gets one reminder, not every one missed), and escalation from the due date
 * plus the escalation days (working days of the officer's state) on.
 */
public record ReminderPlan(LocalDate opensOn, LocalDate dueOn, List<Integer> reminderDays, int escalationDays) {

    /** The reminder due today: the smallest offset whose day has come, until the due date itself. */
    public OptionalInt reminderOn(LocalDate today) {
        if (today.isBefore(opensOn) || today.isAfter(dueOn)) {
            return OptionalInt.empty();
        }
        return reminderDays.stream().mapToInt(Integer::intValue).filter(d -> !today.isBefore(dueOn.minusDays(d)))
                .min();
    }

    /**
     * Whether the supervisor is told today: the escalation days are working days of the officer's duty-station
     * state after the due date (a Kedah officer due on a Thursday, escalated after one working day, on Sunday).
     */
    public boolean escalationDue(LocalDate today, String dutyStationState) {
        return today.isAfter(dueOn)
                && !today.isBefore(WorkingWeek.afterWorkingDays(dutyStationState, dueOn, Math.max(1, escalationDays)));
    }

    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, dueOn));
    }
}

package my.etika.declaration.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalInt;

/**
 * When a pending declaration is reminded or escalated, on a given Malaysian date: the latest reminder offset
 * reached (an officer who joined late gets one reminder, not every one missed), and escalation from the due date
 * plus the escalation days on.
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

    public boolean escalationDue(LocalDate today) {
        return today.isAfter(dueOn) && !today.isBefore(dueOn.plusDays(Math.max(1, escalationDays)));
    }

    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, dueOn));
    }
}

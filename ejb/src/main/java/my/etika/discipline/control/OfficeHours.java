package my.etika.discipline.control;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import my.etika.calendar.boundary.StateCalendar;
import my.etika.declaration.control.PermittedWindows;

/**
 * Whether a moment fell inside the agency's office hours at the officer's duty station: a working day of the
 * state's calendar, between the hours of the working day, and outside the windows in which the agency permits
 * personal use (JKDM's lunch and after-hours windows).
 */
public record OfficeHours(LocalTime start, LocalTime end, PermittedWindows permitted) {

    public boolean contains(Instant moment, StateCalendar calendar) {
        LocalDateTime local = LocalDateTime.ofInstant(moment, ProcedureClock.MALAYSIA);
        LocalTime time = local.toLocalTime();
        return calendar.isWorkingDay(local.toLocalDate()) && !time.isBefore(start) && time.isBefore(end)
                && !permitted.permits(local);
    }
}

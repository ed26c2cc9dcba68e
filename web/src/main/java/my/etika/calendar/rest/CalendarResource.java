package my.etika.calendar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import my.etika.calendar.boundary.HolidayForm;
import my.etika.calendar.boundary.HolidayImportSummary;
import my.etika.calendar.boundary.HolidayView;
import my.etika.calendar.boundary.MalaysianStates;
import my.etika.calendar.boundary.NonWorkingDay;
import my.etika.calendar.boundary.StateCalendar;
import my.etika.calendar.boundary.WorkingCalendars;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;
import my.etika.platform.web.DisplayTime;
import my.etika.platform.web.Messages;

/**
 * The states' working calendars: their public holidays (read by everyone, recorded and withdrawn by the
 * administrators) and working-day arithmetic.
 */
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    static final int MAX_DAYS = 1_000;

    @Inject
    WorkingCalendars calendars;

    /** A state's holidays in a year. */
    public record HolidayYear(String state, int year, List<HolidayView> holidays) {
    }

    /** Withdrawing a holiday: the version seen and why. */
    public record Withdrawal(long version, String reason) {
    }

    /** A day not counted: why ({@code WEEKEND}, {@code HOLIDAY}, {@code SUBSTITUTE}) in words of the caller's language. */
    public record SkippedDay(LocalDate date, String reason, String holidayNameMs, String holidayNameEn,
            String description) {
    }

    /** {@code days} working days from {@code from} in the state's calendar, and the days passed over. */
    public record WorkingDays(String state, LocalDate from, int days, LocalDate date, List<SkippedDay> skipped) {
    }

    @GET
    @Path("holidays")
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.INTEGRITY, Roles.AUDITOR, Roles.ADMIN})
    public HolidayYear holidays(@QueryParam("state") String state, @QueryParam("year") Integer year,
            @QueryParam("includeWithdrawn") boolean includeWithdrawn) {
        int chosenYear = year == null ? LocalDate.now(DisplayTime.MALAYSIA).getYear() : year;
        if (chosenYear < 1900 || chosenYear > 2200) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.yearInvalid", String.valueOf(year));
        }
        List<HolidayView> holidays = calendars.holidays(state, chosenYear, includeWithdrawn);
        return new HolidayYear(MalaysianStates.normalise(state), chosenYear, holidays);
    }

    @POST
    @Path("holidays")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response add(HolidayForm form) {
        return Response.status(Response.Status.CREATED).entity(calendars.addHoliday(form)).build();
    }

    /** A holiday list in CSV ({@code date,states,name_ms,name_en,kind,source}): all of it recorded, or none. */
    @POST
    @Path("holidays/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.ADMIN)
    public HolidayImportSummary importHolidays(InputStream csv) {
        return calendars.importHolidays(csv);
    }

    @POST
    @Path("holidays/{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public HolidayView withdraw(@PathParam("id") long id, Withdrawal withdrawal) {
        if (withdrawal == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.holiday.reasonRequired");
        }
        return calendars.withdrawHoliday(id, withdrawal.version(), withdrawal.reason());
    }

    /**
     * The date {@code days} working days after {@code from} (before it when negative) in the state's calendar
     * (without a state: the federal week, {@value MalaysianStates#FEDERAL_FALLBACK}'s holidays), and the days not
     * counted on the way.
     */
    @GET
    @Path("working-days")
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.INTEGRITY, Roles.AUDITOR, Roles.ADMIN})
    public WorkingDays workingDays(@QueryParam("state") String state, @QueryParam("from") String from,
            @QueryParam("days") Integer days, @Context HttpHeaders headers) {
        if (state != null && !state.isBlank() && !MalaysianStates.isKnown(state)) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.stateUnknown", state);
        }
        LocalDate start = date(from);
        if (days == null || Math.abs(days) > MAX_DAYS) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.daysInvalid", MAX_DAYS);
        }
        StateCalendar calendar = calendars.of(state);
        LocalDate date = calendar.plusWorkingDays(start, days);
        Locale locale = Messages.firstSupported(headers.getAcceptableLanguages());
        List<SkippedDay> skipped = calendar.nonWorkingDaysBetween(date.isBefore(start) ? date : start,
                date.isBefore(start) ? start : date).stream().filter(d -> !d.date().equals(start))
                .map(d -> skipped(d, locale)).toList();
        return new WorkingDays(calendar.stateCode(), start, days, date, skipped);
    }

    private static SkippedDay skipped(NonWorkingDay day, Locale locale) {
        return new SkippedDay(day.date(), day.reason().name(), day.holiday() == null ? null : day.holiday().nameMs(),
                day.holiday() == null ? null : day.holiday().nameEn(), CalendarTexts.reason(day, locale));
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value == null ? "" : value.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "calendar.dateInvalid",
                    value == null ? "" : value);
        }
    }
}

package my.etika.discipline.control;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import my.etika.calendar.boundary.StateCalendar;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentStatus;

/**
 * The clocks of a case on a given day: the statutory period of the current step (calendar days from the officer's
 * receipt), the internal service level of the current status (working days of the duty station's calendar from the
 * day the status began), and the condonation risk of a case left undecided too long.
 */
public final class ProcedureClock {

    public static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    private final DisciplineSettings settings;

    public ProcedureClock(DisciplineSettings settings) {
        this.settings = settings;
    }

    public List<Deadline> deadlines(Incident incident, StateCalendar calendar, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        statutoryDue(incident).ifPresent(due -> deadlines.add(deadline(due.kind(), true, due.on(), calendar, today)));
        serviceLevelDue(incident, calendar)
                .ifPresent(due -> deadlines.add(deadline("SERVICE_LEVEL", false, due, calendar, today)));
        if (atCondonationRisk(incident, today)) {
            LocalDate since = incident.getReceivedAt().atZone(MALAYSIA).toLocalDate()
                    .plusDays(settings.condonationRiskDays());
            deadlines.add(deadline("CONDONATION_RISK", false, since, calendar, today));
        }
        return deadlines;
    }

    /** The earliest deadline of the current status, kept on the case for lists and alerts. */
    public Optional<LocalDate> earliestDue(Incident incident, StateCalendar calendar) {
        return java.util.stream.Stream.concat(statutoryDue(incident).map(Due::on).stream(),
                serviceLevelDue(incident, calendar).stream()).min(Comparator.naturalOrder());
    }

    /** Undecided (and not ended) longer than the configured number of days since the case was received. */
    public boolean atCondonationRisk(Incident incident, LocalDate today) {
        IncidentStatus status = incident.getStatus();
        if (status.ended() || status.decided()) {
            return false;
        }
        LocalDate received = incident.getReceivedAt().atZone(MALAYSIA).toLocalDate();
        return ChronoUnit.DAYS.between(received, today) > settings.condonationRiskDays();
    }

    private record Due(String kind, LocalDate on) {
    }

    private static Optional<Due> statutoryDue(Incident incident) {
        return switch (incident.getStatus()) {
            case AWAITING_REPRESENTATION -> Optional.of(new Due("REPRESENTATION", incident.getRepresentationDueOn()));
            case APPEAL_WINDOW -> Optional.of(new Due("APPEAL", incident.getAppealDueOn()));
            case APPEALED -> incident.getAppealForwardedOn() == null
                    ? Optional.of(new Due("APPEAL_FORWARD", incident.getAppealForwardDueOn()))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    private Optional<LocalDate> serviceLevelDue(Incident incident, StateCalendar calendar) {
        int days = settings.serviceLevelWorkingDays(incident.getStatus());
        if (days <= 0 || incident.getStatus().ended()) {
            return Optional.empty();
        }
        return Optional.of(calendar.plusWorkingDays(incident.getStatusSinceOn(), days));
    }

    private static Deadline deadline(String kind, boolean statutory, LocalDate due, StateCalendar calendar,
            LocalDate today) {
        return new Deadline(kind, statutory, due, ChronoUnit.DAYS.between(today, due),
                calendar.workingDaysBetween(today, due), today.isAfter(due));
    }
}

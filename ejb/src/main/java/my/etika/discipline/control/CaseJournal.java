package my.etika.discipline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;
import my.etika.audit.boundary.AuditTrail;
import my.etika.calendar.boundary.WorkingCalendars;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.discipline.entity.IncidentTransition;

/**
 * What every change of a case leaves behind, in the transaction of the change: the step on the case's timeline, the
 * deadline of its new status (for the lists and alerts), and the audit event. Reads of a case are audited here too.
 */
@ApplicationScoped
public class CaseJournal {

    public static final String ENTITY = "Incident";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    WorkingCalendars calendars;

    @Inject
    DisciplineSettings settings;

    @Inject
    Clock clock;

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ProcedureClock.MALAYSIA);
    }

    /** The step on the timeline, the new deadline, and the audit event with the status before and after. */
    public void stepped(Incident incident, IncidentStatus from, LocalDate on, String by, String note) {
        em.persist(new IncidentTransition(incident.getId(), from, incident.getStatus(), on, incident.getStatusChangedAt(),
                by, note));
        refreshDue(incident);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", from == null ? null : from.name());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", incident.getStatus().name());
        after.put("on", on.toString());
        audit.record(new AuditEntry(ENTITY, String.valueOf(incident.getId()), from == null ? "CREATE" : "TRANSITION",
                note, AuditJson.of(before), AuditJson.of(after), incident.getReference()));
    }

    /** Any other change of the case (assignment, classification, side record, evidence). */
    public void changed(Incident incident, String action, String reason, Map<String, Object> before,
            Map<String, Object> after) {
        audit.record(new AuditEntry(ENTITY, String.valueOf(incident.getId()), action, reason,
                before == null ? null : AuditJson.of(before), after == null ? null : AuditJson.of(after),
                incident.getReference()));
    }

    /** A read of the confidential case. */
    public void read(Incident incident, String what) {
        audit.record(new AuditEntry(ENTITY, String.valueOf(incident.getId()), "READ", null, null, null, what));
    }

    public void refreshDue(Incident incident) {
        incident.dueOn(new ProcedureClock(settings)
                .earliestDue(incident, calendars.of(incident.getOfficer().getDutyStationState())).orElse(null));
    }
}

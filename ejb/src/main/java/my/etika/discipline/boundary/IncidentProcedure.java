package my.etika.discipline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import my.etika.discipline.control.CaseAccess;
import my.etika.discipline.control.CaseJournal;
import my.etika.discipline.control.DisciplineSettings;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentAssignment;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.discipline.entity.SideRecord;
import my.etika.discipline.entity.SideRecordKind;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;
import my.etika.platform.boundary.Roles;

/**
 * Moves a case through the procedure and records what happens beside it. Every change names the version the user
 * saw (a stale one is refused with CONFLICT), is checked by the procedure's guards, and leaves a timeline step and an
 * audit event. The unit head assigns investigators.
 */
@Stateless
@RolesAllowed({Roles.INTEGRITY, Roles.INTEGRITY_HEAD})
public class IncidentProcedure {

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseJournal journal;

    @Inject
    DisciplineSettings settings;

    @Inject
    DisciplineReference reference;

    @Inject
    OfficerContacts officers;

    @Inject
    IncidentViews views;

    public IncidentDetail move(long id, TransitionRequest request) {
        Incident incident = editable(id, request.version());
        IncidentStatus from = incident.getStatus();
        LocalDate today = journal.today();
        LocalDate on = new ProcedureSteps(settings, reference.punishmentTypes(today))
                .apply(incident, request, access.caller(), journal.now(), today);
        journal.stepped(incident, from, on, access.caller(), request.note());
        em.flush();
        return views.detail(incident, today);
    }

    /** The unit head assigns an integrity officer (who must be an active officer) to the case. */
    @RolesAllowed(Roles.INTEGRITY_HEAD)
    public IncidentDetail assign(long id, long version, String login) {
        Incident incident = editable(id, version);
        String who = officers.activeByLogin(login == null ? "" : login.strip())
                .orElseThrow(() -> new BusinessException(Kind.INVALID, "incident.assigneeUnknown", login)).login();
        if (access.isAssigned(id, who)) {
            throw new BusinessException(Kind.CONFLICT, "incident.alreadyAssigned", who);
        }
        em.persist(new IncidentAssignment(id, who, access.caller(), journal.now()));
        journal.changed(incident, "ASSIGN", null, null, Map.of("login", who));
        incident.touched(journal.now());
        em.flush();
        return views.detail(incident, journal.today());
    }

    @RolesAllowed(Roles.INTEGRITY_HEAD)
    public IncidentDetail unassign(long id, long version, String login, String reason) {
        Incident incident = editable(id, version);
        IncidentAssignment assignment = em.createNamedQuery(IncidentAssignment.CURRENT, IncidentAssignment.class)
                .setParameter("incident", id).getResultStream().filter(a -> a.getLogin().equalsIgnoreCase(login))
                .findFirst().orElseThrow(() -> new BusinessException(Kind.NOT_FOUND, "incident.notAssigned", login));
        assignment.end(access.caller(), journal.now());
        journal.changed(incident, "UNASSIGN", reason, Map.of("login", assignment.getLogin()), null);
        incident.touched(journal.now());
        em.flush();
        return views.detail(incident, journal.today());
    }

    public IncidentDetail recordSide(long id, SideRecordForm form) {
        Incident incident = editable(id, form.version());
        SideRecordKind kind = ProcedureSteps.parse(SideRecordKind.class, form.kind(), "incident.unknownSideRecord");
        if (form.startsOn() == null || (form.endsOn() != null && form.endsOn().isBefore(form.startsOn()))) {
            throw new BusinessException(Kind.INVALID, "incident.sidePeriodInvalid");
        }
        Integer percent = form.emolumentsPercent();
        switch (kind) {
            case INTERDICTION -> {
                if (percent == null || percent < 50 || percent > 100) {
                    throw new BusinessException(Kind.INVALID, "incident.interdictionEmoluments");
                }
            }
            case SUSPENSION -> {
                if (percent != null && percent != 0) {
                    throw new BusinessException(Kind.INVALID, "incident.suspensionEmoluments");
                }
                percent = 0;
            }
            case REPORT_3D -> percent = null;
            default -> throw new IllegalStateException(kind.name());
        }
        SideRecord record = new SideRecord(id, kind, form.startsOn(), form.endsOn(), percent, form.note(),
                access.caller(), journal.now());
        em.persist(record);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("startsOn", form.startsOn().toString());
        after.put("emolumentsPercent", percent);
        journal.changed(incident, "SIDE_RECORD", form.note(), null, after);
        incident.touched(journal.now());
        em.flush();
        return views.detail(incident, journal.today());
    }

    private Incident editable(long id, long version) {
        Incident incident = access.visible(id);
        if (incident.getVersion() != version) {
            throw new BusinessException(Kind.CONFLICT, "incident.stale", incident.getReference());
        }
        return incident;
    }
}

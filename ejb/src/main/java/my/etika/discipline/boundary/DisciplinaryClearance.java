package my.etika.discipline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;
import my.etika.audit.boundary.AuditTrail;
import my.etika.declaration.control.AgencySettings;
import my.etika.discipline.control.CaseAccess;
import my.etika.discipline.control.CaseJournal;
import my.etika.discipline.control.ClearanceCertificate;
import my.etika.discipline.control.ClearanceStatement;
import my.etika.discipline.entity.Incident;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.officer.entity.OfficerProfile;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.BusinessException.Kind;
import my.etika.platform.boundary.Roles;

/**
 * What HR may know of discipline without seeing any case: whether an officer was free of disciplinary punishment over a
 * period (with a PDF certificate), and the outcomes of decided cases it must carry out. Every answer is audited.
 */
@Stateless
@RolesAllowed({Roles.HR, Roles.INTEGRITY_HEAD})
public class DisciplinaryClearance {

    private static final int MAX_YEARS = 40;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContacts officers;

    @Inject
    CaseJournal journal;

    @Inject
    CaseAccess access;

    @Inject
    AgencySettings agency;

    @Inject
    AuditTrail audit;

    @Inject
    ClearanceCertificate certificate;

    public ClearanceAnswer answer(long officerId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(MAX_YEARS).isBefore(to)) {
            throw new BusinessException(Kind.INVALID, "clearance.periodInvalid");
        }
        OfficerProfile officer = officers.profile(officerId)
                .orElseThrow(() -> new BusinessException(Kind.NOT_FOUND, "incident.officerNotFound", officerId));
        List<Incident> cases = em.createQuery("select i from Incident i where i.officer.officerId = :officer",
                Incident.class).setParameter("officer", officerId).getResultList();
        String result = "CLEAR";
        if (cases.stream().anyMatch(i -> i.getStatus().proceedingsPending())) {
            result = "PROCEEDINGS_PENDING";
        }
        if (cases.stream().anyMatch(i -> punishedWithin(i, from, to))) {
            result = "PUNISHED";
        }
        String reference = String.format(Locale.ROOT, "BTT-%d-%d-%s", officerId, journal.now().toEpochMilli(),
                result.substring(0, 1));
        audit.record(new AuditEntry("Officer", String.valueOf(officerId), "CLEARANCE", null, null,
                AuditJson.of(Map.of("from", from.toString(), "to", to.toString(), "result", result)), reference));
        return new ClearanceAnswer(officerId, officer.fullName(), officer.employeeNumber(), from, to, result,
                journal.now(), reference);
    }

    /** The answer as a bilingual PDF certificate. */
    public void certificate(long officerId, LocalDate from, LocalDate to, OutputStream out) {
        ClearanceAnswer answer = answer(officerId, from, to);
        OfficerProfile officer = officers.profile(officerId).orElseThrow();
        try {
            certificate.write(new ClearanceStatement(agency.name(), officer.fullName(), officer.employeeNumber(),
                    officer.grade(), officer.positionTitle(), officer.orgUnit(), from, to,
                    ClearanceStatement.Result.valueOf(answer.result()), answer.answeredAt(), access.caller(),
                    answer.reference()), out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Decided cases in a period, for HR to carry out what stands. */
    public List<OutcomeSummary> outcomes(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessException(Kind.INVALID, "clearance.periodInvalid");
        }
        List<OutcomeSummary> outcomes = em.createQuery("select i from Incident i where i.decidedOn between :from"
                + " and :to order by i.decidedOn, i.id", Incident.class).setParameter("from", from)
                .setParameter("to", to).getResultStream().filter(i -> i.getStatus().decided())
                .map(i -> new OutcomeSummary(i.getReference(), i.getOfficer().getOfficerId(),
                        i.getOfficer().getFullName(), i.getOfficer().getEmployeeNumber(), i.getOfficer().getOrgUnit(),
                        i.getDecidedOn(), Boolean.TRUE.equals(i.getAcquitted()),
                        i.standingPunishments().stream().map(p -> p.punishment()).toList(), i.getStatus().name(),
                        i.getAppealOutcome() == null ? null : i.getAppealOutcome().name()))
                .toList();
        audit.record(new AuditEntry("Incident", "*", "OUTCOMES_READ", null, null,
                AuditJson.of(Map.of("from", from.toString(), "to", to.toString(), "count", outcomes.size())),
                null));
        return outcomes;
    }

    private static boolean punishedWithin(Incident incident, LocalDate from, LocalDate to) {
        LocalDate decided = incident.getDecidedOn();
        return incident.getStatus().decided() && decided != null && !decided.isBefore(from) && !decided.isAfter(to)
                && !incident.standingPunishments().isEmpty();
    }
}

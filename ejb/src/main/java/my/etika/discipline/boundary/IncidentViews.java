package my.etika.discipline.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import my.etika.calendar.boundary.WorkingCalendars;
import my.etika.discipline.control.DisciplineSettings;
import my.etika.discipline.control.ProcedureClock;
import my.etika.discipline.entity.Evidence;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentAssignment;
import my.etika.discipline.entity.IncidentTransition;
import my.etika.discipline.entity.OfficerSnapshot;
import my.etika.discipline.entity.PunishmentLine;
import my.etika.discipline.entity.SideRecord;

/** Builds the views of cases (the list row, the page) from the entities. */
@ApplicationScoped
class IncidentViews {

    @PersistenceContext
    EntityManager em;

    @Inject
    DisciplineReference reference;

    @Inject
    WorkingCalendars calendars;

    @Inject
    DisciplineSettings settings;

    /** The rows of a list page: each category is looked up once for the page, not once per row. */
    List<IncidentSummary> summaries(List<Incident> page, LocalDate today) {
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        return page.stream().map(i -> summary(i, today, i.getCategoryId() == null ? null
                : codes.computeIfAbsent(i.getCategoryId(), id -> reference.category(id).code()))).toList();
    }

    private IncidentSummary summary(Incident i, LocalDate today, String categoryCode) {
        ProcedureClock clock = new ProcedureClock(settings);
        LocalDate received = i.getReceivedAt().atZone(ProcedureClock.MALAYSIA).toLocalDate();
        return new IncidentSummary(i.getId(), i.getReference(), i.getStatus().name(),
                i.getTrack() == null ? null : i.getTrack().name(), i.getOfficer().getFullName(),
                i.getOfficer().getGrade(), i.getOfficer().getOrgUnit(), categoryCode, i.getReceivedAt(),
                i.getStatusSinceOn(), i.getStatusDueOn(), i.getStatusDueOn() != null && today.isAfter(i.getStatusDueOn()),
                clock.atCondonationRisk(i, today), ChronoUnit.DAYS.between(received, today), i.getVersion());
    }

    IncidentDetail detail(Incident i, LocalDate today) {
        OfficerSnapshot o = i.getOfficer();
        var calendar = calendars.of(o.getDutyStationState());
        return new IncidentDetail(i.getId(), i.getReference(), i.getStatus().name(),
                i.getTrack() == null ? null : i.getTrack().name(), i.getSource().name(),
                new IncidentDetail.Officer(o.getOfficerId(), o.getLogin(), o.getFullName(), o.getEmployeeNumber(),
                        o.getGrade(), o.getGradeSystem(), o.getServiceScheme(), o.getServiceGroup(), o.getPosition(),
                        o.getOrgUnit(), o.getDutyStationState()),
                i.getPlatform(), i.getUrl(), i.getActType() == null ? null : i.getActType().name(), i.getOccurredAt(),
                i.getInOfficeHours(), i.getSummary(), provisions(i), category(i), i.getDeclarationId(),
                i.getFindingId(), i.getReceivedAt(), i.getReceivedBy(), i.getStatusSinceOn(), procedure(i),
                i.getPunishments().stream().filter(p -> p.getStage() == PunishmentLine.Stage.DECISION)
                        .map(PunishmentLine::punishment).toList(),
                i.standingPunishments().stream().map(PunishmentLine::punishment).toList(),
                new ProcedureClock(settings).deadlines(i, calendar, today), timeline(i), assigned(i), sides(i),
                evidence(i), i.getStatus().next().stream().map(Enum::name).toList(), i.getVersion());
    }

    static EvidenceView evidence(Evidence e) {
        return new EvidenceView(e.getId(), e.getFileName(), e.getDescription(), e.getSha256(), e.getSize(),
                e.getDetectedType(), e.getCapturedAt(), e.getUploadedAt(), e.getUploadedBy(), e.getIntegrity().name(),
                e.getCheckedAt());
    }

    private IncidentDetail.Category category(Incident i) {
        if (i.getCategoryId() == null) {
            return null;
        }
        CategoryView c = reference.category(i.getCategoryId());
        return new IncidentDetail.Category(c.id(), c.code(), c.nameMs(), c.nameEn());
    }

    private List<IncidentDetail.Provision> provisions(Incident i) {
        return i.getProvisionIds().stream().sorted().map(reference::provision)
                .map(p -> new IncidentDetail.Provision(p.id(), p.instrumentCode(), p.numberLabel(), p.heading()))
                .toList();
    }

    private static IncidentDetail.Procedure procedure(Incident i) {
        return new IncidentDetail.Procedure(i.getHodReportedOn(), i.getChargeText(), i.getChargeServedOn(),
                i.getChargeReceivedOn(), i.getRepresentationDueOn(), i.getRepresentationReceivedOn(),
                i.getAuthorityId(), i.getDecidedOn(), i.getDecisionSummary(), i.getAcquitted(), i.getNotifiedOn(),
                i.getNotificationReceivedOn(), i.getAppealDueOn(), i.getAppealReceivedOn(),
                i.getAppealForwardDueOn(), i.getAppealForwardedOn(),
                i.getAppealOutcome() == null ? null : i.getAppealOutcome().name(), i.getAppealDecidedOn(),
                i.getClosingReason());
    }

    private List<IncidentDetail.Step> timeline(Incident i) {
        return em.createQuery("select t from IncidentTransition t where t.incidentId = :i order by t.changedAt, t.id",
                IncidentTransition.class).setParameter("i", i.getId()).getResultStream()
                .map(t -> new IncidentDetail.Step(t.getFrom() == null ? null : t.getFrom().name(), t.getTo().name(),
                        t.getEffectiveOn(), t.getChangedAt(), t.getChangedBy(), t.getNote()))
                .toList();
    }

    private List<String> assigned(Incident i) {
        return em.createNamedQuery(IncidentAssignment.CURRENT, IncidentAssignment.class)
                .setParameter("incident", i.getId()).getResultStream().map(IncidentAssignment::getLogin).toList();
    }

    private List<IncidentDetail.Side> sides(Incident i) {
        return em.createQuery("select s from SideRecord s where s.incidentId = :i order by s.startsOn, s.id",
                SideRecord.class).setParameter("i", i.getId()).getResultStream()
                .map(s -> new IncidentDetail.Side(s.getId(), s.getKind().name(), s.getStartsOn(), s.getEndsOn(),
                        s.getEmolumentsPercent(), s.getNote(), s.getRecordedAt(), s.getRecordedBy()))
                .toList();
    }

    private List<EvidenceView> evidence(Incident i) {
        return em.createQuery("select e from Evidence e where e.incidentId = :i order by e.uploadedAt, e.id",
                Evidence.class).setParameter("i", i.getId()).getResultStream().map(IncidentViews::evidence).toList();
    }
}

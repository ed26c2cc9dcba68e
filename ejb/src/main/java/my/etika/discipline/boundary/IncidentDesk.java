package my.etika.discipline.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import my.etika.discipline.control.CaseAccess;
import my.etika.discipline.control.CaseJournal;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * The integrity unit's view of its cases: the list (only the cases the caller may see — all of them for the unit
 * head, the assigned ones for an investigator), a case's page (every read audited) and the charts.
 */
@Stateless
@RolesAllowed({Roles.INTEGRITY, Roles.INTEGRITY_HEAD})
public class IncidentDesk {

    private static final int MAX_PAGE = 500;
    private static final List<IncidentStatus> ENDED = List.of(IncidentStatus.CLOSED, IncidentStatus.NO_CASE,
            IncidentStatus.WITHDRAWN);

    @PersistenceContext
    EntityManager em;

    @Inject
    CaseAccess access;

    @Inject
    CaseJournal journal;

    @Inject
    IncidentViews views;

    @Inject
    DisciplineReference reference;

    public List<IncidentSummary> find(IncidentCriteria criteria, int first, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Incident> query = em.createQuery("select i from Incident i" + where(criteria, parameters)
                + " order by i.receivedAt desc, i.id desc", Incident.class);
        parameters.forEach(query::setParameter);
        LocalDate today = journal.today();
        return views.summaries(query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList(), today);
    }

    public long count(IncidentCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(i) from Incident i" + where(criteria, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** A case's page; the read is audited. */
    public IncidentDetail incident(long id) {
        Incident incident = access.visible(id);
        journal.read(incident, "detail");
        return views.detail(incident, journal.today());
    }

    /** Cases the caller may see, counted by provision, category, org unit and outcome. */
    public CaseCharts charts() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String visible = visibleOnly(parameters);
        List<CaseCharts.Count> byProvision = new ArrayList<>();
        counts("select p, count(i) from Incident i join i.provisionIds p" + visible + " group by p", parameters)
                .forEach(row -> byProvision.add(new CaseCharts.Count(String.valueOf(row[0]),
                        reference.provision((Long) row[0]).numberLabel(),
                        (Long) row[1])));
        List<CaseCharts.Count> byCategory = new ArrayList<>();
        counts("select i.categoryId, count(i) from Incident i" + visible + " group by i.categoryId", parameters)
                .forEach(row -> byCategory.add(new CaseCharts.Count(String.valueOf(row[0]), row[0] == null ? "-"
                        : reference.category((Long) row[0]).code(),
                        (Long) row[1])));
        List<CaseCharts.Count> byOrgUnit = new ArrayList<>();
        counts("select i.officer.orgUnit, count(i) from Incident i" + visible + " group by i.officer.orgUnit",
                parameters).forEach(row -> byOrgUnit.add(new CaseCharts.Count(String.valueOf(row[0]),
                        String.valueOf(row[0]), (Long) row[1])));
        Map<String, Long> outcomes = new LinkedHashMap<>();
        counts("select i.status, i.acquitted, i.appealOutcome, count(i) from Incident i" + visible
                + " group by i.status, i.acquitted, i.appealOutcome", parameters)
                .forEach(row -> outcomes.merge(outcome((IncidentStatus) row[0], (Boolean) row[1], row[2]),
                        (Long) row[3], Long::sum));
        List<CaseCharts.Count> byOutcome = outcomes.entrySet().stream()
                .map(e -> new CaseCharts.Count(e.getKey(), e.getKey(), e.getValue())).toList();
        return new CaseCharts(byProvision, byCategory, byOrgUnit, byOutcome);
    }

    /** OPEN, ACQUITTED, PUNISHED, NO_CASE or WITHDRAWN. */
    private static String outcome(IncidentStatus status, Boolean acquitted, Object appealOutcome) {
        if (status == IncidentStatus.NO_CASE || status == IncidentStatus.WITHDRAWN) {
            return status.name();
        }
        if (!status.decided()) {
            return "OPEN";
        }
        return Boolean.TRUE.equals(acquitted) || "REVERSE".equals(String.valueOf(appealOutcome)) ? "ACQUITTED"
                : "PUNISHED";
    }

    private List<Object[]> counts(String jpql, Map<String, Object> parameters) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private String visibleOnly(Map<String, Object> parameters) {
        if (access.isUnitHead()) {
            return " where 1 = 1";
        }
        parameters.put("caller", access.caller());
        return " where" + CaseAccess.ASSIGNED_TO_CALLER;
    }

    private String where(IncidentCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(visibleOnly(parameters));
        if (criteria.status() == null || criteria.status().isBlank()) {
            where.append(" and i.status not in :ended");
            parameters.put("ended", ENDED);
        } else if (!"ALL".equalsIgnoreCase(criteria.status())) {
            where.append(" and i.status = :status");
            parameters.put("status", ProcedureSteps.parse(IncidentStatus.class, criteria.status(),
                    "incident.unknownStatus"));
        }
        if (criteria.orgUnit() != null && !criteria.orgUnit().isBlank()) {
            where.append(" and i.officer.orgUnit = :orgUnit");
            parameters.put("orgUnit", criteria.orgUnit());
        }
        if (criteria.provisionId() != null) {
            where.append(" and i.id in (select j.id from Incident j join j.provisionIds p where p = :provision)");
            parameters.put("provision", criteria.provisionId());
        }
        if (criteria.categoryCode() != null && !criteria.categoryCode().isBlank()) {
            where.append(" and i.categoryId in :categories");
            String code = criteria.categoryCode().strip();
            List<Long> ids = reference.categoryVersions().stream().filter(c -> c.code().equals(code))
                    .map(CategoryView::id).toList();
            if (ids.isEmpty()) {
                throw new BusinessException(BusinessException.Kind.INVALID, "incident.unknownCategory",
                        criteria.categoryCode());
            }
            parameters.put("categories", ids);
        }
        if (criteria.overdueOnly()) {
            where.append(" and i.statusDueOn < :today");
            parameters.put("today", journal.today());
        }
        if (criteria.olderThanDays() > 0) {
            where.append(" and i.receivedAt < :before");
            parameters.put("before", journal.now().minus(java.time.Duration.ofDays(criteria.olderThanDays())));
        }
        return where.toString();
    }
}

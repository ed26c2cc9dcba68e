package my.etika.hygiene.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import my.etika.discipline.boundary.FindingEscalation;
import my.etika.discipline.boundary.IncidentIntake;
import my.etika.hygiene.control.HygieneJournal;
import my.etika.hygiene.entity.Finding;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.HygieneRule;
import my.etika.officer.boundary.OfficerContact;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * Findings for the integrity unit and HR: the list with its filters, counts for the charts, and the lifecycle. An
 * officer moves their own findings through {@link MyFindings}; here the integrity unit verifies, dismisses (with a
 * reason) or reopens. Every step is recorded with who, when and why; a stale edit is refused.
 */
@Stateless
@RolesAllowed({Roles.INTEGRITY, Roles.HR, Roles.ADMIN})
public class FindingDesk {

    private static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OfficerContacts officers;

    @Inject
    HygieneJournal journal;

    @Inject
    IncidentIntake intake;

    @Resource
    SessionContext session;

    public List<FindingView> find(FindingCriteria criteria, int first, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Finding> query = em.createQuery("select f from Finding f" + where(criteria, parameters)
                + " order by f.raisedAt desc, f.id desc", Finding.class);
        parameters.forEach(query::setParameter);
        List<Finding> page = query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), MAX_PAGE)).getResultList();
        Map<Long, OfficerContact> named = officers.byIds(page.stream().map(Finding::getOfficerId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.stream().map(f -> FindingSteps.view(f, f.getOfficerId() == null ? null
                : named.get(f.getOfficerId()))).toList();
    }

    public long count(FindingCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(f) from Finding f" + where(criteria, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Unsettled findings by rule and org unit, for the charts. */
    public List<Object[]> openByRuleAndOrgUnit() {
        return em.createQuery("select f.rule, f.orgUnit, count(f) from Finding f where f.status in :open"
                + " group by f.rule, f.orgUnit order by f.rule, f.orgUnit", Object[].class)
                .setParameter("open", List.of(FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED, FindingStatus.REMEDIATED))
                .getResultList();
    }

    public Optional<FindingView> finding(long id) {
        return Optional.ofNullable(em.find(Finding.class, id)).map(this::view);
    }

    /** The integrity unit's step: VERIFIED, DISMISSED (reason required) or OPEN again (reason required). */
    @RolesAllowed({Roles.INTEGRITY, Roles.ADMIN})
    public FindingView move(long id, long expectedVersion, FindingStatus to, String reason) {
        if (to != FindingStatus.VERIFIED && to != FindingStatus.DISMISSED && to != FindingStatus.OPEN) {
            throw new BusinessException(BusinessException.Kind.INVALID, "finding.transitionNotYours", to.name());
        }
        if (to != FindingStatus.VERIFIED && (reason == null || reason.isBlank())) {
            throw new BusinessException(BusinessException.Kind.INVALID, "finding.reasonRequired");
        }
        return view(FindingSteps.apply(em, journal, find(id), expectedVersion, to, caller(), reason, clock.instant()));
    }

    /**
     * Escalates an officer's finding into a disciplinary case (opened through the discipline boundary, in this
     * transaction); the finding is settled as ESCALATED and names the case.
     */
    @RolesAllowed({Roles.INTEGRITY, Roles.INTEGRITY_HEAD})
    public FindingView escalate(long id, long expectedVersion, String reason) {
        Finding finding = find(id);
        if (finding.getOfficerId() == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "finding.escalationNeedsOfficer");
        }
        if (finding.getVersion() != expectedVersion) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "finding.changedMeanwhile", id);
        }
        if (!finding.getStatus().next().contains(FindingStatus.ESCALATED)) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "finding.transitionNotAllowed",
                    finding.getStatus().name(), FindingStatus.ESCALATED.name());
        }
        long incident = intake.escalate(new FindingEscalation(id, finding.getOfficerId(), finding.getRule().name(),
                categoryOf(finding.getRule()), finding.getEvidence(), reason));
        finding.escalatedInto(incident);
        return view(FindingSteps.apply(em, journal, finding, expectedVersion, FindingStatus.ESCALATED, caller(), reason,
                clock.instant()));
    }

    /** The misconduct category (discipline reference data) a rule's breach falls under, if any. */
    private static String categoryOf(HygieneRule rule) {
        return switch (rule) {
            case OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT, OFFICIAL_ADDRESS_IN_BREACH -> "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT";
            case SHARED_LOGIN -> "CREDENTIAL_SHARING";
            default -> null;
        };
    }

    /** The same step for many findings at once (each checked on its own; any refusal refuses them all). */
    @RolesAllowed({Roles.INTEGRITY, Roles.ADMIN})
    public int moveAll(Map<Long, Long> expectedVersions, FindingStatus to, String reason) {
        expectedVersions.forEach((id, version) -> move(id, version, to, reason));
        return expectedVersions.size();
    }

    private Finding find(long id) {
        Finding finding = em.find(Finding.class, id);
        if (finding == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "finding.notFound", id);
        }
        return finding;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private String where(FindingCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (criteria.rule() != null) {
            where.append(" and f.rule = :rule");
            parameters.put("rule", parse(HygieneRule.class, criteria.rule(), "finding.unknownRule"));
        }
        if (criteria.status() != null) {
            where.append(" and f.status = :status");
            parameters.put("status", parse(FindingStatus.class, criteria.status(), "finding.unknownStatus"));
        } else {
            where.append(" and f.status in :unsettled");
            parameters.put("unsettled", List.of(FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED,
                    FindingStatus.REMEDIATED));
        }
        if (criteria.orgUnit() != null) {
            where.append(" and f.orgUnit = :orgUnit");
            parameters.put("orgUnit", criteria.orgUnit());
        }
        if (criteria.olderThanDays() > 0) {
            where.append(" and f.raisedAt < :before");
            parameters.put("before", clock.instant().minus(Duration.ofDays(criteria.olderThanDays())));
        }
        return where.toString();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String key) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, key, name);
        }
    }

    FindingView view(Finding f) {
        OfficerContact officer = f.getOfficerId() == null ? null : officers.byId(f.getOfficerId()).orElse(null);
        return FindingSteps.view(f, officer);
    }
}

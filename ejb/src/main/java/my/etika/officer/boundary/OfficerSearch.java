package my.etika.officer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import my.etika.officer.entity.Officer;
import my.etika.officer.entity.OfficerStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;
import my.etika.platform.entity.UtcInstantConverter;

/**
 * The officers table for HR and administrators: filtered, sorted, paged in the database (prefix searches on
 * indexed columns, so it stays fast at a million officers), and one officer with their history.
 */
@Stateless
@RolesAllowed({Roles.HR, Roles.ADMIN})
public class OfficerSearch {

    private static final int MAX_PAGE = 500;
    private static final Set<String> TEXT_SORTS = Set.of("fullName", "login", "employeeNumber", "grade", "orgUnit");

    @PersistenceContext
    EntityManager em;

    public List<OfficerSummary> find(OfficerCriteria criteria, int first, int max) {
        return find(criteria, first, max, -1);
    }

    /**
     * A page of the officers the criteria find, in their order. Knowing how many there are ({@code total}, or -1),
     * a page in the second half is read from the end in the opposite order: the last page of a million officers
     * then skips 0 rows instead of 999,975 (the database walks every skipped row).
     */
    public List<OfficerSummary> find(OfficerCriteria criteria, int first, int max, long total) {
        int size = Math.min(Math.max(1, max), MAX_PAGE);
        int start = Math.max(0, first);
        boolean fromEnd = total > 0 && start < total && start > total - start - size;
        int skip = fromEnd ? Math.toIntExact(Math.max(0, total - start - size)) : start;
        int take = fromEnd ? Math.toIntExact(Math.min(size, total - start)) : size;
        Map<String, Object> parameters = new LinkedHashMap<>();
        String where = where(criteria, parameters);
        boolean ascending = criteria.ascending() != fromEnd;
        String order = " order by sortKey" + (ascending ? " asc" : " desc") + ", o.id" + (fromEnd ? " desc" : " asc");
        TypedQuery<Object[]> query = em.createQuery("select o.id, o.login, o.fullName, o.employeeNumber, o.grade,"
                + " o.serviceScheme, o.orgUnit, o.dutyStationState, o.status, o.deactivatedAt, o.lastChangedAt, "
                + sortKey(criteria) + " as sortKey from Officer o" + where + order, Object[].class);
        parameters.forEach(query::setParameter);
        List<OfficerSummary> page = new ArrayList<>(query.setFirstResult(skip).setMaxResults(take)
                .getResultStream()
                .map(r -> new OfficerSummary((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], ((OfficerStatus) r[8]).name(), r[9] != null,
                        (Instant) r[10]))
                .toList());
        if (fromEnd) {
            Collections.reverse(page);
        }
        return page;
    }

    public long count(OfficerCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(o) from Officer o" + where(criteria, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The org units officers belong to, for the table's filter. */
    public List<String> orgUnits() {
        return em.createQuery("select distinct o.orgUnit from Officer o where o.orgUnit is not null"
                + " order by o.orgUnit", String.class).getResultList();
    }

    public Optional<OfficerDetail> detail(long id) {
        return Optional.ofNullable(em.find(Officer.class, id)).map(o -> new OfficerDetail(o.getId(),
                OfficerRegistry.toRecord(o, em), o.getDirectoryId(),
                OfficerRegistry.supervisorOf(o, em).map(Officer::getId).orElse(null), o.getDeactivatedAt()));
    }

    public List<OfficerChange> history(long id, int first, int max) {
        if (em.find(Officer.class, id) == null) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "officer.notFoundById", id);
        }
        List<?> rows = em.createNativeQuery("SELECT changed_at, kind, changes, run_id FROM officer_change"
                + " WHERE officer_id = ?1 ORDER BY changed_at DESC, id DESC").setParameter(1, id)
                .setFirstResult(first).setMaxResults(max).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new OfficerChange(
                UtcInstantConverter.fromDatabase(r[0]), (String) r[1], (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue())).toList();
    }

    private static String where(OfficerCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (criteria.text() != null) {
            // each alternative is a prefix on an indexed column
            where.append(" and (o.nameSearch like :prefix escape '\\' or o.login like :prefix escape '\\'"
                    + " or o.employeeNumber like :upper escape '\\' or o.officialEmail like :prefix escape '\\')");
            String escaped = criteria.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            parameters.put("prefix", escaped + "%");
            parameters.put("upper", escaped.toUpperCase(Locale.ROOT) + "%");
        }
        if (criteria.orgUnit() != null) {
            where.append(" and o.orgUnit = :orgUnit");
            parameters.put("orgUnit", criteria.orgUnit());
        }
        if (OfficerCriteria.DEACTIVATED.equals(criteria.status())) {
            where.append(" and o.deactivatedAt is not null");
        } else if (criteria.status() != null) {
            OfficerStatus status = OfficerStatus.parse(criteria.status()).orElseThrow(() -> new BusinessException(
                    BusinessException.Kind.INVALID, "officer.unknownStatus", criteria.status()));
            where.append(" and o.status = :status and o.deactivatedAt is null");
            parameters.put("status", status);
        }
        return where.toString();
    }

    /**
     * What the page is ordered by. With a text search, a text column is ordered by {@code lower(...)} of itself,
     * which no index provides: the database then takes the matches (through the prefix indexes) and sorts them.
     * Ordered by the column itself, PostgreSQL walks that column's index from A and filters, expecting the matches
     * spread evenly; "siti" starts 83 % of the way through a million names (2.6 s instead of 0.1 s).
     */
    private static String sortKey(OfficerCriteria criteria) {
        String property = switch (criteria.sort()) {
            case "fullName" -> "nameSearch";
            default -> criteria.sort();
        };
        boolean text = TEXT_SORTS.contains(criteria.sort());
        return criteria.text() != null && text ? "lower(o." + property + ")" : "o." + property;
    }
}

package my.etika.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import my.etika.audit.entity.AuditEvent;
import my.etika.platform.boundary.Roles;

/** The audit log for auditors and administrators: events by filter, newest first, and one record's history. */
@Stateless
@RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
public class AuditLog {

    public static final int MAX_PAGE = 500;

    @PersistenceContext
    EntityManager em;

    public List<AuditEventView> find(AuditCriteria criteria, int first, int max) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<AuditEvent> query = em.createQuery("select e from AuditEvent e" + where(criteria, parameters)
                + " order by e.position desc", AuditEvent.class);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), MAX_PAGE))
                .getResultList().stream().map(AuditEventView::of).toList();
    }

    public long count(AuditCriteria criteria) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query = em.createQuery("select count(e) from AuditEvent e" + where(criteria, parameters),
                Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** Everything recorded about one record, oldest first. */
    public List<AuditEventView> history(String entityType, String entityId) {
        return em.createQuery("select e from AuditEvent e where e.entityType = :type and e.entityId = :id"
                + " order by e.position", AuditEvent.class).setParameter("type", entityType)
                .setParameter("id", entityId).getResultList().stream().map(AuditEventView::of).toList();
    }

    private static String where(AuditCriteria criteria, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        equal(where, parameters, "actor", criteria.actor());
        equal(where, parameters, "entityType", criteria.entityType());
        equal(where, parameters, "entityId", criteria.entityId());
        equal(where, parameters, "action", criteria.action());
        if (criteria.from() != null) {
            where.append(" and e.occurredAt >= :from");
            parameters.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" and e.occurredAt < :to");
            parameters.put("to", criteria.to());
        }
        return where.toString();
    }

    private static void equal(StringBuilder where, Map<String, Object> parameters, String field, String value) {
        if (value != null) {
            where.append(" and e.").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
    }
}

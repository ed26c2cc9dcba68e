package my.etika.discipline.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import my.etika.audit.boundary.AuditOrigin;
import my.etika.discipline.entity.Incident;
import my.etika.discipline.entity.IncidentAssignment;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * Who may see a case: the head of the integrity unit sees every case; an integrity officer only the cases assigned
 * to them. To anybody else a case does not exist (NOT_FOUND, so that its existence is not disclosed either).
 */
@Stateless
@PermitAll
public class CaseAccess {

    /** The JPQL condition (on {@code i}) that keeps only the cases the caller may see; empty for the unit head. */
    public static final String ASSIGNED_TO_CALLER = " exists (select a.id from IncidentAssignment a"
            + " where a.incidentId = i.id and a.login = :caller and a.endedAt is null)";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Instance<AuditOrigin> origin;

    public String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** Where the caller's request came from, when it came through the web tier. */
    public String sourceIp() {
        try {
            AuditOrigin current = origin.get();
            return current.isFilled() ? current.getSourceIp() : null;
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }

    public boolean isUnitHead() {
        return session.isCallerInRole(Roles.INTEGRITY_HEAD);
    }

    /** The case, if the caller may see it. */
    public Incident visible(long id) {
        Incident incident = em.find(Incident.class, id);
        if (incident == null || !(isUnitHead() || isAssigned(id, caller()))) {
            throw new BusinessException(BusinessException.Kind.NOT_FOUND, "incident.notFound", id);
        }
        return incident;
    }

    public boolean isAssigned(long incidentId, String login) {
        return !em.createNamedQuery(IncidentAssignment.CURRENT, IncidentAssignment.class)
                .setParameter("incident", incidentId).getResultStream()
                .filter(a -> a.getLogin().equalsIgnoreCase(login)).findAny().isEmpty();
    }
}

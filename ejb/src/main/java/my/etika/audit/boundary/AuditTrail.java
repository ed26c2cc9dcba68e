package my.etika.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import my.etika.audit.control.Actor;
import my.etika.audit.control.AuditAppender;
import my.etika.audit.entity.AuditChainHead;
import my.etika.platform.boundary.Roles;

/**
 * Records audit events. Call it in the transaction of the change it records (REQUIRED: the event commits or rolls
 * back with the change; a caller without a transaction gets one of its own). Callers include timers and jobs.
 * <p>
 * Appending locks the chain head until the transaction ends, so every audited transaction waits for the one before
 * it: record as the last step of a transaction, and keep long batches out of it. Never record in a new transaction
 * (REQUIRES_NEW) started while a suspended one has already recorded: the new one would wait for the lock its own
 * thread holds. An entry that cannot be recorded whole fails the caller's transaction: nothing changes without its
 * record.
 */
@Stateless
@PermitAll // any authenticated caller and the timers, which have none
@DeclareRoles({Roles.OFFICER, Roles.HR, Roles.INTEGRITY, Roles.AUDITOR, Roles.ADMIN})
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<AuditOrigin> origin;

    @Resource
    SessionContext session;

    /**
     * Records an event of the current caller: the EJB caller's login (or {@code "system"} when there is none:
     * timers), their roles and address from the request.
     *
     * @return the event's position in the chain
     */
    public long record(AuditEntry entry) {
        Principal principal = session.getCallerPrincipal();
        String login = principal == null || isAnonymous(principal.getName()) ? Actor.SYSTEM : principal.getName();
        AuditOrigin request = request();
        String roles;
        if (request != null) {
            roles = request.getRoles();
        } else {
            // asynchronous work keeps its caller but has no request
            roles = Actor.SYSTEM.equals(login) ? null : AuditOrigin.roles(session::isCallerInRole);
        }
        return append(entry, new Actor(login, roles, request == null ? null : request.getSourceIp()));
    }

    /**
     * Records an event for a named actor: a login or a failed login (the login typed), a system job. The address is
     * the request's when there is one.
     */
    public long recordAs(String actor, String roles, AuditEntry entry) {
        AuditOrigin request = request();
        return append(entry, new Actor(actor, roles, request == null ? null : request.getSourceIp()));
    }

    /** The chain's head as committed now, read without a lock (an export names it in its manifest). */
    public ChainHead head() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        return new ChainHead(head.getPosition(), head.getHash());
    }

    /**
     * Records an event for a named actor from a given address: a login checked before the request reaches the
     * filter that fills the request's origin (the API's authentication runs before any filter).
     */
    public long recordAs(String actor, String roles, String sourceIp, AuditEntry entry) {
        return append(entry, new Actor(actor, roles, sourceIp));
    }

    private long append(AuditEntry entry, Actor actor) {
        return new AuditAppender(em, clock).append(entry, actor).getPosition();
    }

    /** The request's origin; null without a request (timers, asynchronous work, threads of the server's own). */
    private AuditOrigin request() {
        try {
            AuditOrigin current = origin.get();
            return current.isFilled() ? current : null;
        } catch (ContextNotActiveException noRequest) {
            return null;
        }
    }

    /** WildFly names an unauthenticated caller "anonymous", other servers "ANONYMOUS". */
    static boolean isAnonymous(String name) {
        return name == null || name.isBlank() || "anonymous".equalsIgnoreCase(name);
    }
}

package my.etika.audit.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.entity.AuditChainHead;
import my.etika.audit.entity.AuditEvent;

/**
 * Appends one event to the chain in the caller's transaction: locks the head row (appenders wait for each other
 * there, until the transaction ends), hashes the event with the head's hash, stores it at the next position and
 * moves the head. A rolled-back change takes its event with it.
 */
public final class AuditAppender {

    private final EntityManager em;
    private final Clock clock;

    public AuditAppender(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public AuditEvent append(AuditEntry entry, Actor actor) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            throw new IllegalStateException("The audit chain head is missing: nothing can be audited until an "
                    + "administrator restores it (verification reports HEAD_MISSING)");
        }
        // read after the lock: positions and times go up together
        EventContent content = new EventContent(head.getPosition() + 1, clock.instant(),
                AuditText.clean(actor.login()), AuditText.clean(actor.roles()), AuditText.clean(actor.sourceIp()),
                AuditText.clean(entry.entityType()), AuditText.clean(entry.entityId()),
                AuditText.clean(entry.action()), AuditText.clean(entry.reason()), AuditText.clean(entry.before()),
                AuditText.clean(entry.after()), AuditText.clean(entry.details()), head.getHash());
        AuditEvent event = content.toEvent();
        em.persist(event);
        head.advance(event.getPosition(), event.getHash());
        // Written now: a second event in the same transaction then finds the moved head whatever the provider
        // does with a locked find of an entity it already manages.
        em.flush();
        return event;
    }
}

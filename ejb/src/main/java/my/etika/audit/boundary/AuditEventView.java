package my.etika.audit.boundary;

import java.io.Serializable;
import java.time.Instant;
import my.etika.audit.entity.AuditEvent;

/** An audit event as auditors read it. */
public record AuditEventView(long position, Instant occurredAt, String actor, String actorRoles, String sourceIp,
        String entityType, String entityId, String action, String reason, String before, String after,
        String details, String hash) implements Serializable {

    static AuditEventView of(AuditEvent e) {
        return new AuditEventView(e.getPosition(), e.getOccurredAt(), e.getActor(), e.getActorRoles(),
                e.getSourceIp(), e.getEntityType(), e.getEntityId(), e.getAction(), e.getReason(), e.getBefore(),
                e.getAfter(), e.getDetails(), e.getHash());
    }
}

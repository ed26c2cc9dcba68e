package my.etika.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * What the audit log is filtered by; every field may be null (no filter).
 *
 * @param actor      the login, exactly
 * @param entityType the kind of record, exactly
 * @param entityId   the record's id, exactly
 * @param action     the action, exactly
 * @param from       events at or after this instant
 * @param to         events before this instant
 */
public record AuditCriteria(String actor, String entityType, String entityId, String action, Instant from,
        Instant to) implements Serializable {

    public AuditCriteria {
        actor = blankToNull(actor);
        entityType = blankToNull(entityType);
        entityId = blankToNull(entityId);
        action = blankToNull(action);
    }

    public static AuditCriteria all() {
        return new AuditCriteria(null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

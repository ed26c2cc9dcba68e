package my.etika.audit.boundary;

/**
 * What happened, as the calling capability describes it; {@link AuditTrail} adds who, when and from where.
 *
 * @param entityType what kind of record ({@code "Finding"}, {@code "OfficialAccount"}, {@code "Login"}…), required
 * @param entityId   which one (its id as text), or null
 * @param action     what was done ({@link AuditAction} has the usual verbs), required
 * @param reason     why, when the action asks for a reason
 * @param before     the state before a change (JSON, see {@link AuditJson#of}), or null
 * @param after      the state after a change (JSON), or null
 * @param details    anything else worth keeping (JSON or text): the criteria of an export, a sync run's counts…
 */
public record AuditEntry(String entityType, String entityId, String action, String reason, String before,
        String after, String details) {

    public static final int MAX_TYPE = 64;
    public static final int MAX_ID = 128;
    public static final int MAX_ACTION = 64;
    public static final int MAX_REASON = 2000;
    public static final int MAX_STATE = 1_000_000;

    /**
     * Refuses what the trail cannot keep whole: an event cut short would be a false record, so the caller's
     * transaction fails instead (a programming error, not a user's).
     */
    public AuditEntry {
        require(entityType, "entityType", MAX_TYPE);
        require(action, "action", MAX_ACTION);
        fits(entityId, "entityId", MAX_ID);
        fits(reason, "reason", MAX_REASON);
        fits(before, "before", MAX_STATE);
        fits(after, "after", MAX_STATE);
        fits(details, "details", MAX_STATE);
    }

    /** A change: the record's state before and after. */
    public static AuditEntry change(String entityType, Object entityId, String action, String reason, String before,
            String after) {
        return new AuditEntry(entityType, idOf(entityId), action, reason, before, after, null);
    }

    /** Something done to or with a record that changes nothing: a read, an export, a login. */
    public static AuditEntry event(String entityType, Object entityId, String action, String details) {
        return new AuditEntry(entityType, idOf(entityId), action, null, null, null, details);
    }

    private static String idOf(Object entityId) {
        return entityId == null ? null : entityId.toString();
    }

    private static void require(String value, String name, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs its " + name);
        }
        fits(value, name, max);
    }

    private static void fits(String value, String name, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException("An audit entry's " + name + " is longer than " + max
                    + " characters");
        }
    }
}

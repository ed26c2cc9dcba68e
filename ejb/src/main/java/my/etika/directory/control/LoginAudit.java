package my.etika.directory.control;

import java.util.LinkedHashMap;
import java.util.Map;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;

/**
 * The audit events of logins: who logged in or what login was tried, on which channel, and why it was refused. The
 * password is never part of them.
 */
public final class LoginAudit {

    public static final String ENTITY = "Login";
    /** The actor of an attempt whose login was blank or unreadable. */
    public static final String NOBODY = "-";

    private LoginAudit() {
    }

    public static AuditEntry accepted(String login, String channel) {
        return AuditEntry.event(ENTITY, idOf(login), AuditAction.LOGIN, AuditJson.of(Map.of("channel", channel)));
    }

    public static AuditEntry refused(String typed, String channel, String reason) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("channel", channel);
        details.put("reason", reason);
        return AuditEntry.event(ENTITY, idOf(typed), AuditAction.LOGIN_FAILED, AuditJson.of(details));
    }

    /** The actor of an attempt: the login typed, or {@link #NOBODY} (a blank actor would read as "system"). */
    public static String actorOf(String typed) {
        return typed == null || typed.isBlank() ? NOBODY : typed;
    }

    /** The login typed, cut to the entity id's length (whatever a stranger typed must still be recorded). */
    static String idOf(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() <= AuditEntry.MAX_ID) {
            return typed;
        }
        int end = AuditEntry.MAX_ID;
        if (Character.isHighSurrogate(typed.charAt(end - 1))) {
            end--;
        }
        return typed.substring(0, end);
    }
}

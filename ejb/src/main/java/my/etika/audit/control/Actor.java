package my.etika.audit.control;

/**
 * Who acted and from where. Values come from the environment (a typed login on a failed login, a proxy's
 * address), so they are cut to their columns rather than refused: a failed login must be recorded whatever was typed.
 *
 * @param login  the directory login, or {@code "system"} for timers and jobs
 * @param roles  the caller's roles, comma-separated, most general first; null when none
 * @param sourceIp the client's address; null when there is no request
 */
public record Actor(String login, String roles, String sourceIp) {

    public static final String SYSTEM = "system";

    public Actor {
        login = login == null || login.isBlank() ? SYSTEM : AuditText.limit(login, 128);
        roles = roles == null || roles.isBlank() ? null : AuditText.limit(roles, 256);
        sourceIp = sourceIp == null || sourceIp.isBlank() ? null : AuditText.limit(sourceIp, 64);
    }

    public static Actor system() {
        return new Actor(SYSTEM, null, null);
    }
}

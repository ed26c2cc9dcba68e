package my.etika.audit.boundary;

import jakarta.enterprise.context.RequestScoped;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import my.etika.platform.boundary.Roles;

/**
 * Where the current request comes from: the client's address and the caller's roles, filled by the web layer's
 * filter for every request. Timers and asynchronous work have no request: the origin stays empty.
 */
@RequestScoped
public class AuditOrigin {

    private boolean filled;
    private String sourceIp;
    private String roles;

    /**
     * @param sourceIp the address the server sees ({@code getRemoteAddr()}: behind a reverse proxy, configure the
     *                 server to take the client's address from it, never a header the client sets)
     * @param roles    the caller's roles as {@link #roles(Predicate)} lists them, or null for a stranger
     */
    public void fill(String sourceIp, String roles) {
        this.sourceIp = sourceIp;
        this.roles = roles;
        this.filled = true;
    }

    public boolean isFilled() {
        return filled;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getRoles() {
        return roles;
    }

    /** The roles a caller holds, comma-separated, most general first; null when none. */
    public static String roles(Predicate<String> inRole) {
        String held = Roles.ALL.stream().filter(inRole).collect(Collectors.joining(","));
        return held.isEmpty() ? null : held;
    }
}

package my.etika.audit.boundary;

/** The usual actions, so that the log can be filtered by them; a capability may use a more precise verb of its own. */
public final class AuditAction {

    public static final String CREATE = "CREATE";
    public static final String UPDATE = "UPDATE";
    public static final String DELETE = "DELETE";
    /** A read of something confidential: a case, an evidence file. */
    public static final String READ = "READ";
    public static final String EXPORT = "EXPORT";
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String SYNC_RUN = "SYNC_RUN";

    private AuditAction() {
    }
}

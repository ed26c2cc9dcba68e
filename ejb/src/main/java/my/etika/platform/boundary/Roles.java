package my.etika.platform.boundary;

import java.util.List;

/** The application roles. Role names are compile-time constants so that {@code @RolesAllowed} can use them. */
public final class Roles {

    /** Every active officer: signs declarations and sees their own record. */
    public static final String OFFICER = "OFFICER";
    /** Human resources: runs declaration campaigns and directory sync. */
    public static final String HR = "HR";
    /** Integrity unit: credential-hygiene findings and the disciplinary cases its officers are assigned to. */
    public static final String INTEGRITY = "INTEGRITY";
    /** Head of the integrity unit: sees every disciplinary case, assigns investigators; auditor exports too. */
    public static final String INTEGRITY_HEAD = "INTEGRITY_HEAD";
    /** Auditors: read-only access and exports. */
    public static final String AUDITOR = "AUDITOR";
    /** System administrators: configuration and reference data. */
    public static final String ADMIN = "ADMIN";

    /** All roles, most general first. */
    public static final List<String> ALL = List.of(OFFICER, HR, INTEGRITY, INTEGRITY_HEAD, AUDITOR, ADMIN);

    private Roles() {
    }
}

package my.etika.ldapschema.demo;

import java.util.Objects;

/**
 * The {@code cn} of the four role groups under {@code ou=groups}.
 */
public record RoleGroupNames(String hr, String integrity, String auditor, String admin) {

    public RoleGroupNames {
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(auditor, "auditor");
        Objects.requireNonNull(admin, "admin");
    }

    public static RoleGroupNames defaults() {
        return new RoleGroupNames("etika-hr", "etika-integriti", "etika-juruaudit", "etika-pentadbir");
    }
}

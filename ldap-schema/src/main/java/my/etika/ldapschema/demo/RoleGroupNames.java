package my.etika.ldapschema.demo;

import java.util.Objects;

/**
 * The {@code cn} of the five role groups under {@code ou=groups}.
 */
public record RoleGroupNames(String hr, String integrity, String integrityHead, String auditor, String admin) {

    public RoleGroupNames {
        Objects.requireNonNull(hr, "hr");
        Objects.requireNonNull(integrity, "integrity");
        Objects.requireNonNull(integrityHead, "integrityHead");
        Objects.requireNonNull(auditor, "auditor");
        Objects.requireNonNull(admin, "admin");
    }

    public static RoleGroupNames defaults() {
        return new RoleGroupNames("etika-hr", "etika-integriti", "etika-integriti-ketua", "etika-juruaudit",
                "etika-pentadbir");
    }
}

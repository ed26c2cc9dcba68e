package my.etika.ldapschema.demo;

/**
 * The five role groups of the demo directory; their {@code cn} comes from {@link RoleGroupNames}.
 */
enum RoleGroup {
    HR("Peranan Etika: Sumber Manusia"),
    INTEGRITY("Peranan Etika: Integriti"),
    INTEGRITY_HEAD("Peranan Etika: Ketua Unit Integriti"),
    AUDITOR("Peranan Etika: Juruaudit"),
    ADMIN("Peranan Etika: Pentadbir Sistem");

    private final String description;

    RoleGroup(String description) {
        this.description = description;
    }

    String description() {
        return description;
    }

    String cn(RoleGroupNames names) {
        return switch (this) {
            case HR -> names.hr();
            case INTEGRITY -> names.integrity();
            case INTEGRITY_HEAD -> names.integrityHead();
            case AUDITOR -> names.auditor();
            case ADMIN -> names.admin();
        };
    }
}

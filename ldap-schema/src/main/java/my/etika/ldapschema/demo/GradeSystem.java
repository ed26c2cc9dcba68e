package my.etika.ldapschema.demo;

/**
 * The remuneration system a grade belongs to: SSM (from 2002) or SSPA (from 1 December 2024; officers could
 * opt in or stay on SSM, so both exist at once).
 */
enum GradeSystem {
    SSM,
    SSPA
}

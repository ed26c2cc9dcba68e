package my.etika.ldapschema.demo;

/**
 * Kumpulan perkhidmatan: Pengurusan Tertinggi, Pengurusan dan Profesional, Pelaksana.
 */
enum ServiceGroup {
    TOP_MANAGEMENT,
    MANAGEMENT_PROFESSIONAL,
    SUPPORT
}

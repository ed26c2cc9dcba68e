package my.etika.discipline.entity;

/** The service group whose officers an authority or board hears. */
public enum ServiceGroupServed {
    /** Pengurusan Tertinggi (JUSA, Turus). */
    TOP_MANAGEMENT,
    /** Pengurusan dan Profesional. */
    MANAGEMENT_PROFESSIONAL,
    /** Pelaksana. */
    SUPPORT,
    /** Every group (the appeal board). */
    ANY
}

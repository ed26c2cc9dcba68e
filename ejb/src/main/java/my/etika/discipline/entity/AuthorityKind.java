package my.etika.discipline.entity;

/** What a disciplinary authority is. */
public enum AuthorityKind {
    /** A disciplinary authority in its own right (the Public Services Commission). */
    AUTHORITY,
    /** A disciplinary board constituted for a service group (P.U.(A) 396/1993). */
    BOARD,
    /** The disciplinary appeal board. */
    APPEAL_BOARD
}

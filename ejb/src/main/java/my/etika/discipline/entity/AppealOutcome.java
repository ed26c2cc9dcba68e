package my.etika.discipline.entity;

/** What the Disciplinary Appeal Board decided (reg 16(4) of P.U.(A) 396/1993). */
public enum AppealOutcome {
    /** sent back to the disciplinary authority for a new decision */
    REMIT,
    CONFIRM,
    /** confirmed with a lighter punishment */
    LIGHTEN,
    /** reversed: the officer is acquitted */
    REVERSE
}

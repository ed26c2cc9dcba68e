package my.etika.calendar.entity;

/** Who declared a public holiday. */
public enum HolidayKind {
    /** A federal holiday (Holidays Act 1951, the federal list), in the states that observe it. */
    FEDERAL,
    /** A state's own holiday (s.9(1) of the Act, or the Sabah and Sarawak ordinances). */
    STATE,
    /** An extra holiday announced for the occasion (e.g. 15 September 2025). */
    AD_HOC
}

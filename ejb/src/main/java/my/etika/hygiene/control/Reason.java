package my.etika.hygiene.control;

/** Why {@link OfficialPasswordCheck} refuses a new password of an official account. */
public enum Reason {

    /** Fewer than {@value OfficialPasswordCheck#MIN_LENGTH} characters. */
    TOO_SHORT,

    /** The strength estimator scores it below {@value OfficialPasswordCheck#MIN_SCORE} of 4. */
    TOO_WEAK,

    /** On the block-list of common and breached passwords (ignoring case). */
    COMMON_OR_BREACHED,

    /** The current password of a different official account. */
    REUSED_ON_ANOTHER_ACCOUNT,

    /** The current or a previous password of the account being changed. */
    PREVIOUSLY_USED
}

package my.etika.audit.boundary;

/** What verification found wrong at the first broken position. */
public enum ChainBreak {
    /** The event's content no longer matches its hash: a field was changed. */
    ALTERED,
    /** A position is missing between two events: an event was deleted. */
    MISSING,
    /** The event matches its own hash but not the hash of the event before it: the chain was rewritten there. */
    BROKEN_LINK,
    /** An event the chain head does not account for (beyond the head, or at a position below 1). */
    INSERTED,
    /** The head says the chain is longer than the table holds: the newest events were deleted. */
    TRUNCATED,
    /** The chain head row itself is gone; nothing can be appended until it is restored. */
    HEAD_MISSING
}

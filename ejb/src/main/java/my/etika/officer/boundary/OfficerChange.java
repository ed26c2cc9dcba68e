package my.etika.officer.boundary;

import java.time.Instant;

/** One entry of an officer's history: MOVED, UPDATED, DEACTIVATED, REACTIVATED, and what changed. */
public record OfficerChange(Instant changedAt, String kind, String changes, Long runId) {
}

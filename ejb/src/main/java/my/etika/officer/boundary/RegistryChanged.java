package my.etika.officer.boundary;

import java.time.Instant;

/**
 * Fired after a directory sync run has ended, whatever its status: capabilities that depend on officers'
 * status, org unit, official address or supervisor re-evaluate what they hold.
 *
 * @param startedAt when the run began: officers changed by it were changed at or after this moment
 */
public record RegistryChanged(long runId, String status, Instant startedAt) {
}

package my.etika.officer.boundary;

/**
 * Fired after a directory sync run has ended, whatever its status: capabilities that depend on officers'
 * status, org unit or supervisor re-evaluate what they hold.
 */
public record RegistryChanged(long runId, String status) {
}

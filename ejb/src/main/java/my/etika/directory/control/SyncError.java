package my.etika.directory.control;

/** One directory entry a run could not apply, and why (a message key with the offending value). */
public record SyncError(String dn, String directoryId, String reasonKey, String detail) {
}

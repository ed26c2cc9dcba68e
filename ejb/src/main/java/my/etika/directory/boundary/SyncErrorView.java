package my.etika.directory.boundary;

/** One entry a sync run could not apply. */
public record SyncErrorView(String dn, String directoryId, String reasonKey, String detail) {
}

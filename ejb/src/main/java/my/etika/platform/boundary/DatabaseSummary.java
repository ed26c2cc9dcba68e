package my.etika.platform.boundary;

/** The database as administrators see it. */
public record DatabaseSummary(String product, String productVersion, String url, String schemaVersion,
        int pendingMigrations) {
}

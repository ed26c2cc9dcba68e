package my.etika.export.control;

/**
 * A file of an export package.
 *
 * @param path   its path in the bag ({@code data/incidents.csv})
 * @param sha256 the SHA-256 of its bytes, lower-case hex
 * @param bytes  its length
 * @param rows   the table rows it holds, or -1 for a file that is not a table
 */
public record PackageFile(String path, String sha256, long bytes, long rows) {
}

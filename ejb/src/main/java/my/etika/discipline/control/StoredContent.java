package my.etika.discipline.control;

/**
 * An evidence file as the store keeps it.
 *
 * @param sha256       SHA-256 of the bytes, 64 lower-case hexadecimal digits: the file's name in the store
 * @param size         the number of bytes (1 or more)
 * @param detectedType the media type read from the content, without parameters, e.g. {@code image/png}
 */
public record StoredContent(String sha256, long size, String detectedType) {
}

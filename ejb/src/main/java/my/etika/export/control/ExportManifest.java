package my.etika.export.control;

import java.time.Instant;
import java.util.Map;

/**
 * What an export package says about itself in {@code data/manifest.json}, besides its files.
 *
 * @param exportId      the export's id
 * @param kind          what was exported (INCIDENTS…)
 * @param format        CSV, XLSX or PDF
 * @param filters       the filters as requested (only those given)
 * @param masked        whether personal data was replaced by pseudonyms
 * @param requestedBy   the login of who asked for it
 * @param requestedAt   when
 * @param chainPosition the audit chain head's position when the export was taken
 * @param chainHash     the audit chain head's hash then
 */
public record ExportManifest(long exportId, String kind, String format, Map<String, ?> filters, boolean masked,
        String requestedBy, Instant requestedAt, long chainPosition, String chainHash) {
}

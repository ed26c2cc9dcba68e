package my.etika.export.control;

import java.time.Instant;
import my.etika.export.entity.ExportFormat;

/** What a background export needs from its job row. */
public record ExportRun(long id, String kind, ExportFormat format, boolean masked, String requestedBy,
        Instant requestedAt, long total) {
}

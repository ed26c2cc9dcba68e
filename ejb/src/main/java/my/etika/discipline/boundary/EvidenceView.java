package my.etika.discipline.boundary;

import java.time.Instant;

/** An evidence file of a case, as listed (never the bytes). */
public record EvidenceView(long id, String fileName, String description, String sha256, long size,
        String detectedType, Instant capturedAt, Instant uploadedAt, String uploadedBy, String integrity,
        Instant checkedAt) {
}

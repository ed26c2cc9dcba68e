package my.etika.discipline.boundary;

import java.time.Instant;
import java.time.LocalDate;
import my.etika.discipline.entity.ReferenceRow;

/**
 * When a version of reference data is in force (both days included; {@code effectiveTo} null while open), the
 * version it replaced, why, and who made and changed it.
 */
public record Validity(LocalDate effectiveFrom, LocalDate effectiveTo, Long replacesId, String revisionReason,
        String closingReason, String createdBy, Instant createdAt, String changedBy, Instant changedAt) {

    static Validity of(ReferenceRow row) {
        return new Validity(row.getEffectiveFrom(), row.getEffectiveTo(), row.getReplacesId(),
                row.getRevisionReason(), row.getClosingReason(), row.getCreatedBy(), row.getCreatedAt(),
                row.getChangedBy(), row.getChangedAt());
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}

package my.etika.hygiene.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A finding's lifecycle: OPEN → ACKNOWLEDGED (by the officer) → REMEDIATED (the officer attests the fix) →
 * VERIFIED (integrity unit), or DISMISSED with a reason, or ESCALATED into a disciplinary case. VERIFIED, DISMISSED
 * and ESCALATED are settled.
 */
public enum FindingStatus {
    OPEN, ACKNOWLEDGED, REMEDIATED, VERIFIED, DISMISSED, ESCALATED;

    /** Which statuses may follow this one. */
    public Set<FindingStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(ACKNOWLEDGED, REMEDIATED, DISMISSED, ESCALATED);
            case ACKNOWLEDGED -> EnumSet.of(REMEDIATED, DISMISSED, ESCALATED);
            case REMEDIATED -> EnumSet.of(VERIFIED, OPEN, DISMISSED, ESCALATED);
            case VERIFIED, DISMISSED, ESCALATED -> EnumSet.noneOf(FindingStatus.class);
        };
    }

    public boolean settled() {
        return next().isEmpty();
    }
}

package my.etika.audit.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * The result of walking the chain.
 *
 * @param intact              whether every event checked matched its hash and its predecessor
 * @param eventsChecked       how many events were found sound, from the first (up to the first break)
 * @param firstBrokenPosition the position of the first break, or null when intact
 * @param kind                a {@link ChainBreak} name, or null when intact
 * @param checkedAt           when the check started (UTC)
 */
public record ChainReport(boolean intact, long eventsChecked, Long firstBrokenPosition, String kind,
        Instant checkedAt) implements Serializable {

    public static ChainReport intact(long eventsChecked, Instant checkedAt) {
        return new ChainReport(true, eventsChecked, null, null, checkedAt);
    }

    public static ChainReport broken(long eventsChecked, Long position, ChainBreak kind, Instant checkedAt) {
        return new ChainReport(false, eventsChecked, position, kind.name(), checkedAt);
    }
}

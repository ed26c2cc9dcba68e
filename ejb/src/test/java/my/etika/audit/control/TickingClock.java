package my.etika.audit.control;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/** A clock that moves on by a little over a millisecond each time it is read, with nanoseconds the database drops. */
public final class TickingClock extends Clock {

    private final Instant start;
    private final AtomicLong reads = new AtomicLong();

    public TickingClock(Instant start) {
        this.start = start;
    }

    @Override
    public Instant instant() {
        return start.plusNanos(reads.getAndIncrement() * 1_234_567L + 789L);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }
}

package my.etika.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import my.etika.calendar.boundary.StateCalendar;

/**
 * The states' calendars, built once and kept until a holiday changes. A change drops them at once and again after
 * its transaction ends, and a calendar loaded while a change was under way is not kept, so that nobody keeps
 * reading a calendar built before the change committed. Another server of a cluster does not hear of the change:
 * a calendar is kept at most {@link #LIFETIME} there.
 */
@ApplicationScoped
public class CalendarCache {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    private record Entry(StateCalendar calendar, Instant loadedAt) {
    }

    private final Map<String, Entry> calendars = new ConcurrentHashMap<>();
    private long generation;

    private final Clock clock;

    /** For the container's proxy. */
    protected CalendarCache() {
        this(null);
    }

    @Inject
    public CalendarCache(Clock clock) {
        this.clock = clock;
    }

    public StateCalendar get(String stateCode, Supplier<StateCalendar> loader) {
        Instant now = clock.instant();
        Entry cached = calendars.get(stateCode);
        if (cached != null && now.isBefore(cached.loadedAt().plus(LIFETIME))) {
            return cached.calendar();
        }
        long seen = generation();
        StateCalendar loaded = loader.get();
        synchronized (this) {
            if (generation == seen) {
                calendars.put(stateCode, new Entry(loaded, now));
            }
        }
        return loaded;
    }

    public synchronized void invalidate() {
        generation++;
        calendars.clear();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) HolidaysChanged change) {
        invalidate();
    }

    private synchronized long generation() {
        return generation;
    }
}

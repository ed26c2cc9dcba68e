package my.etika.directory.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import my.etika.directory.boundary.SyncRunView;
import my.etika.directory.web.ManageDirectorySync.Progress;
import org.junit.jupiter.api.Test;

class SyncProgressTest {

    private static final Instant START = Instant.parse("2026-11-23T02:00:00Z");

    private static SyncRunView running(long seen, long expected) {
        return new SyncRunView(7, "FULL", "RUNNING", "FULL", "demo.hr", START, null, seen, seen, 0, 0, 0, 0, 0, 0, 0,
                expected, null, null, null, null);
    }

    @Test
    void aKnownSizeGivesPercentRateAndTimeLeft() {
        Progress progress = Progress.of(running(25_000, 100_000), START.plusSeconds(5));
        assertTrue(progress.isKnown());
        assertEquals(25, progress.percent());
        assertEquals(5_000.0, progress.rate(), 0.001);
        assertEquals(Duration.ofSeconds(15), progress.remaining());
    }

    @Test
    void aFirstImportPassingTheEstimateIsShownAsUnknownNotAsDone() {
        // the registry held one officer (the HR user who logged in) when the first import started
        Progress progress = Progress.of(running(73_000, 1), START.plusSeconds(10));
        assertFalse(progress.isKnown());
        assertEquals(-1, progress.percent());
        assertNull(progress.remaining());
        assertEquals(7_300.0, progress.rate(), 0.001);
    }

    @Test
    void durationsReadAsPeopleSayThem() {
        assertEquals("1 jam 5 minit", ManageDirectorySync.durationText(Locale.forLanguageTag("ms"),
                Duration.ofMinutes(65)));
        assertEquals("40 s", ManageDirectorySync.durationText(Locale.ENGLISH, Duration.ofSeconds(40)));
    }
}

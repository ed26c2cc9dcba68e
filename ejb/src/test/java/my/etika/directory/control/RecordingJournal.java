package my.etika.directory.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import my.etika.directory.entity.SyncStatus;

/** A sync journal that keeps everything in memory for the test to inspect. */
final class RecordingJournal implements SyncJournal {

    final List<SyncError> errors = new ArrayList<>();
    final Map<String, String> positions = new HashMap<>();
    long[] held = new long[0];
    SyncStatus status;
    SyncCounts counts;
    String outcomeKey;
    String detail;
    String mechanism;
    int progressCalls;
    long expected;

    @Override
    public void progress(long runId, SyncCounts runningCounts, String mechanismUsed) {
        progressCalls++;
        mechanism = mechanismUsed;
    }

    @Override
    public void errors(long runId, List<SyncError> more) {
        errors.addAll(more);
    }

    @Override
    public void expect(long runId, long entries) {
        expected = entries;
    }

    @Override
    public void hold(long runId, long[] officerIds) {
        held = officerIds;
    }

    @Override
    public void finish(long runId, SyncStatus ending, SyncCounts finalCounts, String key, String why) {
        status = ending;
        counts = finalCounts;
        outcomeKey = key;
        detail = why;
    }

    @Override
    public Optional<String> position(String mechanismName, String directory) {
        return Optional.ofNullable(positions.get(mechanismName + "|" + directory));
    }

    @Override
    public void savePosition(String mechanismName, String directory, String position) {
        positions.put(mechanismName + "|" + directory, position);
    }

    /** Starts the next run with a clean record but the same positions, as the database would keep them. */
    RecordingJournal next() {
        RecordingJournal next = new RecordingJournal();
        next.positions.putAll(positions);
        return next;
    }
}

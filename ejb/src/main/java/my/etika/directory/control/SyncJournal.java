package my.etika.directory.control;

import java.util.List;
import java.util.Optional;
import my.etika.directory.entity.SyncStatus;

/** The record a sync run keeps of itself. Each call is its own transaction. */
public interface SyncJournal {

    /** Records progress and extends the run's lease on the sync lock. */
    void progress(long runId, SyncCounts counts, String mechanism);

    void errors(long runId, List<SyncError> errors);

    /** How many entries a full sweep expects (the officers it knew): progress and time left on the screen. */
    void expect(long runId, long entries);

    /** Keeps the exact list of officers a held run would deactivate. */
    void hold(long runId, long[] officerIds);

    void finish(long runId, SyncStatus status, SyncCounts counts, String outcomeKey, String detail);

    Optional<String> position(String mechanism, String directory);

    void savePosition(String mechanism, String directory, String position);
}

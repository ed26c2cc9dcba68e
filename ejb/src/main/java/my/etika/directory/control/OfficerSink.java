package my.etika.directory.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import my.etika.officer.boundary.DirectoryPageResult;
import my.etika.officer.entity.OfficerProfile;

/** What a sync run needs of the officer registry. Each call is its own transaction. */
public interface OfficerSink {

    /**
     * Applies a page of profiles; {@code alsoSeen} are stable ids of entries that were present but could not be
     * applied (bad values): their officers count as seen, so that a bad value never deactivates anybody.
     */
    DirectoryPageResult applyPage(long runId, List<OfficerProfile> profiles, List<String> alsoSeen);

    /**
     * Refreshes the database's planner statistics of the registry after it has grown or changed in bulk: of the
     * columns a sync looks officers up by while a run goes on, of every column (what the officers table filters
     * and sorts on) when it has ended.
     */
    void refreshStatistics(boolean wholeRegistry);

    long maxOfficerId();

    long countActive();

    void forEachActiveOfficerId(long maxId, LongConsumer action);

    Map<Long, String> directoryIds(long[] officerIds);

    /** The active officer recorded at this DN, or {@code null}. */
    Long activeOfficerAt(String dn);

    int deactivate(long runId, long[] officerIds);

    /**
     * Active officers sharing an employee number with another, where one of them was written since
     * {@code runStart}: per-entry errors of the run that brought the clash.
     */
    List<DirectoryPageResult.RejectedProfile> duplicateEmployeeNumbers(Instant runStart);
}

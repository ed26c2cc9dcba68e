package my.etika.directory.control;

import com.unboundid.ldap.sdk.SearchResultEntry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import my.etika.officer.boundary.DirectoryPageResult;
import my.etika.officer.entity.OfficerProfile;

/**
 * Turns batches of directory entries into officer updates: maps each entry, applies the good ones as one page,
 * records the bad ones as per-entry errors, notes which officers were seen and the newest modifyTimestamp.
 */
final class EntryPages {

    private final long runId;
    private final DirectoryEntryMapper mapper;
    private final OfficerSink officers;
    private final SyncJournal journal;
    private final SyncCounts counts;
    private final String mechanism;
    private final BitSet seen = new BitSet();
    private final GrowthWatch growth = new GrowthWatch();
    private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;
    private long lastReport;
    private String newestModifyTimestamp;

    EntryPages(long runId, DirectoryEntryMapper mapper, OfficerSink officers, SyncJournal journal, SyncCounts counts,
            String mechanism) {
        this.runId = runId;
        this.mapper = mapper;
        this.officers = officers;
        this.journal = journal;
        this.counts = counts;
        this.mechanism = mechanism;
    }

    /** A batch of entries, mapped: what {@link #write} applies. */
    record MappedBatch(int entries, List<OfficerProfile> profiles, List<String> presentButBad,
            List<SyncError> errors, String newestModifyTimestamp) {
    }

    void apply(List<SearchResultEntry> entries) {
        write(map(entries));
    }

    /** Pure work (no database, no container service): may run on the thread that reads the directory. */
    MappedBatch map(List<SearchResultEntry> entries) {
        List<OfficerProfile> profiles = new ArrayList<>(entries.size());
        List<String> presentButBad = new ArrayList<>();
        List<SyncError> errors = new ArrayList<>();
        String newest = null;
        for (SearchResultEntry entry : entries) {
            newest = newer(newest, entry.getAttributeValue("modifyTimestamp"));
            EntryMapping mapped = mapper.map(entry);
            if (mapped instanceof EntryMapping.Mapped good) {
                profiles.add(good.profile());
            } else if (mapped instanceof EntryMapping.Rejected bad) {
                errors.add(new SyncError(bad.dn(), bad.stableId(), bad.reasonKey(), bad.detail()));
                if (bad.stableId() != null) {
                    presentButBad.add(bad.stableId());
                }
            }
        }
        return new MappedBatch(entries.size(), profiles, presentButBad, errors, newest);
    }

    void write(MappedBatch batch) {
        newestModifyTimestamp = newer(newestModifyTimestamp, batch.newestModifyTimestamp());
        List<SyncError> errors = new ArrayList<>(batch.errors());
        DirectoryPageResult result = officers.applyPage(runId, batch.profiles(), batch.presentButBad());
        for (long id : result.seenOfficerIds()) {
            seen.set(Math.toIntExact(id));
        }
        result.rejected().forEach(r -> errors.add(new SyncError(r.dn(), r.directoryId(), r.reasonKey(), r.detail())));
        if (growth.grew(result.created())) {
            officers.refreshStatistics(false);
        }
        counts.seen(batch.entries());
        counts.add(result);
        counts.errors(errors.size() - result.rejected().size());
        if (!errors.isEmpty()) {
            journal.errors(runId, errors);
        }
        reportProgress();
    }

    /** Entries the server says are still there, unchanged (by stable id): their officers count as seen. */
    void present(List<String> directoryIds) {
        DirectoryPageResult result = officers.applyPage(runId, List.of(), directoryIds);
        for (long id : result.seenOfficerIds()) {
            seen.set(Math.toIntExact(id));
        }
        counts.seen(directoryIds.size());
        counts.unchanged(directoryIds.size());
        reportProgress();
    }

    /**
     * Records the counts so far, at most once a second (the sync page polls every two): a run of a million entries
     * writes a thousand pages, and each report is a transaction of its own. The run's end records the final counts.
     */
    private void reportProgress() {
        long now = System.nanoTime();
        if (lastReport == 0 || now - lastReport >= PROGRESS_INTERVAL_NANOS) {
            lastReport = now;
            journal.progress(runId, counts, mechanism);
        }
    }

    /** Generalized time values of one server compare as strings once their fractions are aligned. */
    private static String newer(String newest, String value) {
        return value != null && (newest == null || comparable(value).compareTo(comparable(newest)) > 0) ? value
                : newest;
    }

    private static String comparable(String generalizedTime) {
        StringBuilder digits = new StringBuilder(21);
        for (int i = 0; i < generalizedTime.length() && digits.length() < 21; i++) {
            char c = generalizedTime.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        while (digits.length() < 21) {
            digits.append('0');
        }
        return digits.toString();
    }

    /**
     * Tells when the officers created by this run have doubled the registry since statistics were last refreshed
     * (first after 5,000): a bulk import into an empty registry refreshes them about log2(N / 5,000) times.
     */
    static final class GrowthWatch {

        static final long FIRST_REFRESH = 5_000;
        private long createdSinceRefresh;
        private long createdAtRefresh;

        boolean grew(long created) {
            createdSinceRefresh += created;
            if (createdSinceRefresh < Math.max(FIRST_REFRESH, createdAtRefresh)) {
                return false;
            }
            createdAtRefresh += createdSinceRefresh;
            createdSinceRefresh = 0;
            return true;
        }
    }

    BitSet seen() {
        return seen;
    }

    String newestModifyTimestamp() {
        return newestModifyTimestamp;
    }
}

package my.etika.directory.control;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import my.etika.directory.entity.SyncMode;
import my.etika.directory.entity.SyncStatus;

/**
 * Runs one directory sync: a full reconcile (the whole subtree, then deactivation of the officers it did not
 * see, through the {@link DeactivationGate}) or an incremental run (the server's changelog, else a
 * modifyTimestamp mark), falling back to a full reconcile when there is no valid position to resume from.
 * Idempotent: repeating a run, or any page of it, leaves the same state.
 */
public final class SyncEngine {

    private static final Logger LOG = Logger.getLogger(SyncEngine.class.getName());
    static final String FULL = "FULL";
    static final String FULL_CONTENT_SYNC = "FULL_CONTENT_SYNC";

    private final DirectoryConnector connector;
    private final AttributeMapping mapping;
    private final SyncSettings settings;
    private final OfficerSink officers;
    private final SyncJournal journal;
    private final Clock clock;
    private final ThreadFactory readers;

    /**
     * @param readers makes the thread a full sweep reads the directory on, while this one writes ({@code null}:
     *                read and write in turn on this thread)
     */
    public SyncEngine(DirectoryConnector connector, AttributeMapping mapping, SyncSettings settings,
            OfficerSink officers, SyncJournal journal, Clock clock, ThreadFactory readers) {
        this.readers = readers;
        this.connector = connector;
        this.mapping = mapping;
        this.settings = settings;
        this.officers = officers;
        this.journal = journal;
        this.clock = clock;
    }

    /** Runs and records the run; returns the status it ended with. */
    public SyncStatus run(long runId, SyncMode mode) {
        SyncCounts counts = new SyncCounts();
        Instant started = clock.instant();
        try (LDAPConnection connection = connector.connect()) {
            Ending ending = mode == SyncMode.FULL ? full(runId, connection, counts, null)
                    : incremental(runId, connection, counts);
            if (wroteInBulk(counts)) {
                officers.refreshStatistics(true);
            }
            reportDuplicateEmployeeNumbers(runId, counts, started);
            journal.finish(runId, ending.status(), counts, ending.key(), ending.detail());
            LOG.info(() -> "Sync run " + runId + " " + mode + " " + ending.status() + ": " + counts);
            return ending.status();
        } catch (LDAPException e) {
            journal.finish(runId, SyncStatus.INCOMPLETE, counts, "directory.unavailable",
                    e.getResultCode() + " " + e.getExceptionMessage());
            return SyncStatus.INCOMPLETE;
        } catch (RuntimeException e) {
            journal.finish(runId, SyncStatus.FAILED, counts, "sync.failed", String.valueOf(e));
            throw e;
        }
    }

    /**
     * Whether the run wrote enough officers for the table's statistics to be stale: the officers screen's filters
     * and sorts are planned from them, and a database whose autovacuum is off or behind would plan a million rows
     * from the statistics of an empty table.
     */
    static boolean wroteInBulk(SyncCounts counts) {
        return counts.created() + counts.updated() + counts.moved() + counts.deactivated() + counts.reactivated()
                >= EntryPages.GrowthWatch.FIRST_REFRESH;
    }

    private void reportDuplicateEmployeeNumbers(long runId, SyncCounts counts, Instant started) {
        List<SyncError> duplicates = officers.duplicateEmployeeNumbers(started).stream()
                .map(d -> new SyncError(d.dn(), d.directoryId(), d.reasonKey(), d.detail())).toList();
        if (!duplicates.isEmpty()) {
            journal.errors(runId, duplicates);
            counts.errors(duplicates.size());
        }
    }

    /** How a run ended: a status with an optional message key and detail. */
    record Ending(SyncStatus status, String key, String detail) {
    }

    private Ending full(long runId, LDAPConnection connection, SyncCounts counts, String fallbackReason)
            throws LDAPException {
        long knownBefore = officers.maxOfficerId();
        journal.expect(runId, officers.countActive());
        String changelogAtStart = ChangelogReader.lastChangeNumber(connection);
        // without a changelog, a content-sync refresh from nothing is the full sweep, and yields a cookie
        boolean viaContentSync = changelogAtStart == null && ContentSyncReader.isOffered(connection);
        EntryPages pages = new EntryPages(runId, new DirectoryEntryMapper(mapping), officers, journal, counts,
                viaContentSync ? FULL_CONTENT_SYNC : FULL);
        String cookie = null;
        if (viaContentSync) {
            ContentSyncReader.Outcome refresh = new ContentSyncReader(settings, officers, runId).refresh(connection,
                    null, personFilter(), attributesWithTimestamp(), pages);
            if (!refresh.complete()) {
                return new Ending(SyncStatus.INCOMPLETE, refresh.reasonKey(), refresh.detail());
            }
            cookie = refresh.cookie();
        } else {
            DirectorySweep.Outcome sweep = new DirectorySweep(settings.pageSize(), settings.batchSize(), readers).sweep(
                    connection, settings.peopleBaseDn(), personFilter(), attributesWithTimestamp(), pages::map,
                    pages::write);
            if (!sweep.complete()) {
                return new Ending(SyncStatus.INCOMPLETE, sweep.reasonKey(), sweep.detail());
            }
        }
        Ending ending = deactivateNotSeen(runId, connection, counts, notSeen(knownBefore, pages.seen()),
                fallbackReason);
        if (changelogAtStart != null) {
            journal.savePosition(ChangelogReader.MECHANISM, settings.directoryKey(), changelogAtStart);
        }
        if (cookie != null) {
            journal.savePosition(ContentSyncReader.MECHANISM, settings.directoryKey(), cookie);
        }
        if (pages.newestModifyTimestamp() != null) {
            journal.savePosition(TimestampReader.MECHANISM, settings.directoryKey(), pages.newestModifyTimestamp());
        }
        return ending;
    }

    private Ending deactivateNotSeen(long runId, LDAPConnection connection, SyncCounts counts, long[] candidates,
            String completedKey) throws LDAPException {
        DeactivationGate.Decision decision = new DeactivationGate(settings, mapping, officers, journal)
                .decide(runId, candidates, connection);
        counts.deactivated(decision.deactivated());
        if (decision.held()) {
            counts.held(candidates.length);
            return new Ending(SyncStatus.HELD, "sync.held", String.valueOf(candidates.length));
        }
        return new Ending(SyncStatus.COMPLETED, completedKey, null);
    }

    private Ending incremental(long runId, LDAPConnection connection, SyncCounts counts) throws LDAPException {
        EntryPages pages = new EntryPages(runId, new DirectoryEntryMapper(mapping), officers, journal, counts,
                ChangelogReader.MECHANISM);
        ChangelogReader changelog = new ChangelogReader(settings, mapping, officers, journal, pages);
        if (changelog.isOffered(connection)) {
            ChangelogReader.Result result = changelog.applyChanges(runId, connection);
            if (result.fallbackReason() != null) {
                return full(runId, connection, counts, result.fallbackReason());
            }
            counts.deactivated(result.deactivated());
            if (result.held() > 0) {
                counts.held(result.held());
                return new Ending(SyncStatus.HELD, "sync.held", String.valueOf(result.held()));
            }
            return new Ending(SyncStatus.COMPLETED, null, null);
        }
        if (ContentSyncReader.isOffered(connection)) {
            return contentSync(runId, connection, counts);
        }
        EntryPages stamped = new EntryPages(runId, new DirectoryEntryMapper(mapping), officers, journal, counts,
                TimestampReader.MECHANISM);
        TimestampReader timestamps = new TimestampReader(settings, journal);
        TimestampReader.Result result = timestamps.applyChanges(connection, personFilter(), attributesWithTimestamp(),
                stamped);
        if (result.fallbackReason() != null) {
            return full(runId, connection, counts, result.fallbackReason());
        }
        return result.complete() ? new Ending(SyncStatus.COMPLETED, null, null)
                : new Ending(SyncStatus.INCOMPLETE, result.reasonKey(), result.detail());
    }

    /** An RFC 4533 refresh from the saved cookie: what changed, and what was deleted, listed or implied. */
    private Ending contentSync(long runId, LDAPConnection connection, SyncCounts counts) throws LDAPException {
        Optional<String> cookie = journal.position(ContentSyncReader.MECHANISM, settings.directoryKey());
        if (cookie.isEmpty()) {
            return full(runId, connection, counts, "sync.fallback.noPosition");
        }
        long knownBefore = officers.maxOfficerId();
        EntryPages pages = new EntryPages(runId, new DirectoryEntryMapper(mapping), officers, journal, counts,
                ContentSyncReader.MECHANISM);
        ContentSyncReader.Outcome refresh = new ContentSyncReader(settings, officers, runId).refresh(connection,
                cookie.get(), personFilter(), attributesWithTimestamp(), pages);
        if (refresh.refreshRequired()) {
            return full(runId, connection, counts, refresh.reasonKey());
        }
        if (!refresh.complete()) {
            return new Ending(SyncStatus.INCOMPLETE, refresh.reasonKey(), refresh.detail());
        }
        long[] candidates = refresh.presentPhase()
                ? LongStream.concat(Arrays.stream(refresh.deleted()),
                        Arrays.stream(notSeen(knownBefore, pages.seen()))).distinct().toArray()
                : refresh.deleted();
        Ending ending = deactivateNotSeen(runId, connection, counts, candidates, null);
        journal.savePosition(ContentSyncReader.MECHANISM, settings.directoryKey(), refresh.cookie());
        return ending;
    }

    /** Active officers known before the run started that the sweep did not see. */
    private long[] notSeen(long knownBefore, BitSet seen) {
        long[][] holder = {new long[64]};
        int[] count = {0};
        officers.forEachActiveOfficerId(knownBefore, id -> {
            if (!seen.get(Math.toIntExact(id))) {
                if (count[0] == holder[0].length) {
                    holder[0] = Arrays.copyOf(holder[0], count[0] * 2);
                }
                holder[0][count[0]++] = id;
            }
        });
        return Arrays.copyOf(holder[0], count[0]);
    }

    Filter personFilter() {
        return mapping.personFilter();
    }

    private String[] attributesWithTimestamp() {
        String[] mapped = mapping.requestedAttributes();
        String[] all = Arrays.copyOf(mapped, mapped.length + 1);
        all[mapped.length] = "modifyTimestamp";
        return all;
    }
}

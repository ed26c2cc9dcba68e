package my.etika.directory.control;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import java.util.Optional;

/**
 * Incremental sync for servers without a changelog: the entries whose {@code modifyTimestamp} is at or after the
 * newest one seen so far. The mark is always a value the server wrote, never the client's clock. It cannot see
 * deletions: the nightly full reconcile does.
 */
final class TimestampReader {

    static final String MECHANISM = "MODIFY_TIMESTAMP";

    /** {@code fallbackReason} non-null: no mark to start from, nothing was read. */
    record Result(String fallbackReason, boolean complete, String reasonKey, String detail) {
    }

    private final SyncSettings settings;
    private final SyncJournal journal;

    TimestampReader(SyncSettings settings, SyncJournal journal) {
        this.settings = settings;
        this.journal = journal;
    }

    Result applyChanges(LDAPConnection connection, Filter personFilter, String[] attributes, EntryPages pages) {
        Optional<String> mark = journal.position(MECHANISM, settings.directoryKey());
        if (mark.isEmpty()) {
            return new Result("sync.fallback.noPosition", false, null, null);
        }
        DirectorySweep.Outcome sweep = new DirectorySweep(settings.pageSize(), settings.batchSize(), null).sweep(connection,
                settings.peopleBaseDn(),
                Filter.createANDFilter(personFilter, Filter.createGreaterOrEqualFilter("modifyTimestamp", mark.get())),
                attributes, pages::apply);
        if (sweep.complete() && pages.newestModifyTimestamp() != null) {
            journal.savePosition(MECHANISM, settings.directoryKey(), pages.newestModifyTimestamp());
        }
        return new Result(null, sweep.complete(), sweep.reasonKey(), sweep.detail());
    }
}

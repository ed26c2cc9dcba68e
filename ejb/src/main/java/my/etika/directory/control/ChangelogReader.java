package my.etika.directory.control;

import com.unboundid.ldap.sdk.ChangeLogEntry;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Incremental sync from a draft-good-ldap-changelog {@code cn=changelog} (UnboundID in-memory server, 389-DS's
 * retro changelog). Each change names the entry it touched: additions, modifications and renames are read again
 * at their current DN and applied like any page; deletions and moves out of the subtree deactivate the officer
 * recorded at the old DN, through the same gate as a full reconcile. A position the changelog no longer holds
 * (trimmed, or a reset server) means changes were lost: the caller falls back to a full reconcile.
 */
final class ChangelogReader {

    static final String MECHANISM = "CHANGELOG";
    private static final int WINDOW = 1_000;

    /** What applying the changes did; a non-null {@code fallbackReason} means nothing was applied. */
    record Result(String fallbackReason, int deactivated, int held) {
    }

    private final SyncSettings settings;
    private final AttributeMapping mapping;
    private final OfficerSink officers;
    private final SyncJournal journal;
    private final EntryPages pages;

    ChangelogReader(SyncSettings settings, AttributeMapping mapping, OfficerSink officers, SyncJournal journal,
            EntryPages pages) {
        this.settings = settings;
        this.mapping = mapping;
        this.officers = officers;
        this.journal = journal;
        this.pages = pages;
    }

    boolean isOffered(LDAPConnection connection) throws LDAPException {
        RootDSE root = connection.getRootDSE();
        return root != null && root.hasAttribute("changelog") && root.hasAttribute("lastChangeNumber");
    }

    /** The newest change number, or {@code null} when the server keeps no changelog. */
    static String lastChangeNumber(LDAPConnection connection) throws LDAPException {
        RootDSE root = connection.getRootDSE();
        return root == null || !root.hasAttribute("changelog") ? null : root.getAttributeValue("lastChangeNumber");
    }

    Result applyChanges(long runId, LDAPConnection connection) throws LDAPException {
        RootDSE root = connection.getRootDSE();
        long first = number(root.getAttributeValue("firstChangeNumber"));
        long last = number(root.getAttributeValue("lastChangeNumber"));
        Optional<String> stored = journal.position(MECHANISM, settings.directoryKey());
        if (stored.isEmpty()) {
            return new Result("sync.fallback.noPosition", 0, 0);
        }
        long position = number(stored.get());
        if (position > last) {
            return new Result("sync.fallback.changelogReset", 0, 0);
        }
        if (position < first - 1) {
            return new Result("sync.fallback.changelogTrimmed", 0, 0);
        }
        Set<String> changedDns = new LinkedHashSet<>();
        Set<String> leftDns = new LinkedHashSet<>();
        for (long from = position + 1; from <= last; from += WINDOW) {
            for (ChangeLogEntry change : changes(connection, from, Math.min(last, from + WINDOW - 1))) {
                collect(change, changedDns, leftDns);
            }
        }
        applyCurrentEntries(connection, changedDns, leftDns);
        long[] candidates = leftDns.stream().map(officers::activeOfficerAt).filter(id -> id != null)
                .mapToLong(Long::longValue).distinct().toArray();
        DeactivationGate.Decision decision = new DeactivationGate(settings, mapping, officers, journal)
                .decide(runId, candidates, connection);
        journal.savePosition(MECHANISM, settings.directoryKey(), Long.toString(last));
        return new Result(null, decision.deactivated(), decision.held() ? candidates.length : 0);
    }

    private static List<ChangeLogEntry> changes(LDAPConnection connection, long from, long to)
            throws LDAPException {
        SearchRequest request = new SearchRequest("cn=changelog", SearchScope.ONE,
                Filter.createANDFilter(Filter.createGreaterOrEqualFilter("changeNumber", Long.toString(from)),
                        Filter.createLessOrEqualFilter("changeNumber", Long.toString(to))));
        List<ChangeLogEntry> changes = new ArrayList<>();
        for (SearchResultEntry entry : connection.search(request).getSearchEntries()) {
            changes.add(new ChangeLogEntry(entry));
        }
        changes.sort(Comparator.comparingLong(ChangeLogEntry::getChangeNumber));
        return changes;
    }

    /** Notes the DN to read again and, for deletions and renames, the DN an officer may have left. */
    private static void collect(ChangeLogEntry change, Set<String> changedDns, Set<String> leftDns)
            throws LDAPException {
        String target = change.getTargetDN();
        switch (change.getChangeType()) {
            case ADD, MODIFY -> changedDns.add(target);
            case DELETE -> leftDns.add(target);
            case MODIFY_DN -> {
                String superior = change.getNewSuperior() != null ? change.getNewSuperior()
                        : String.valueOf(new DN(target).getParent());
                leftDns.add(target);
                changedDns.add(change.getNewRDN() + "," + superior);
            }
            default -> throw new IllegalStateException("Unknown change type " + change.getChangeType());
        }
    }

    /** Reads each changed entry where it is now and applies those still in the officers' subtree. */
    private void applyCurrentEntries(LDAPConnection connection, Set<String> changedDns, Set<String> leftDns)
            throws LDAPException {
        DN people = new DN(settings.peopleBaseDn());
        List<SearchResultEntry> batch = new ArrayList<>();
        for (String dn : changedDns) {
            if (!new DN(dn).isDescendantOf(people, false)) {
                leftDns.add(dn);
                continue;
            }
            current(connection, dn).ifPresent(batch::add);
            if (batch.size() >= settings.batchSize()) {
                pages.apply(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            pages.apply(batch);
        }
    }

    private Optional<SearchResultEntry> current(LDAPConnection connection, String dn) throws LDAPException {
        SearchRequest read = new SearchRequest(dn, SearchScope.BASE, mapping.personFilter(),
                mapping.requestedAttributes());
        try {
            return connection.search(read).getSearchEntries().stream().findFirst();
        } catch (LDAPException e) {
            if (e.getResultCode() == ResultCode.NO_SUCH_OBJECT) {
                return Optional.empty(); // deleted again by a later change in this window
            }
            throw e;
        }
    }

    private static long number(String value) {
        return value == null || value.isBlank() ? 0 : Long.parseLong(value.trim());
    }
}

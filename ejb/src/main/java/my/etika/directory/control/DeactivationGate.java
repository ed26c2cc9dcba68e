package my.etika.directory.control;

import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchScope;
import java.util.Arrays;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The last word before officers are deactivated. Too many at once (the absolute or the relative limit) and the
 * run is held for a person to approve. Otherwise each one is confirmed gone by a direct read of the directory
 * by its stable id, as midPoint does: "not seen in a sweep" alone never deactivates anybody.
 */
public final class DeactivationGate {

    private static final Logger LOG = Logger.getLogger(DeactivationGate.class.getName());

    /** What the gate decided: deactivated (how many) or held. */
    public record Decision(boolean held, int deactivated) {
    }

    private final SyncSettings settings;
    private final AttributeMapping mapping;
    private final OfficerSink officers;
    private final SyncJournal journal;

    public DeactivationGate(SyncSettings settings, AttributeMapping mapping, OfficerSink officers,
            SyncJournal journal) {
        this.settings = settings;
        this.mapping = mapping;
        this.officers = officers;
        this.journal = journal;
    }

    public Decision decide(long runId, long[] candidates, LDAPConnection connection) throws LDAPException {
        if (candidates.length == 0) {
            return new Decision(false, 0);
        }
        if (settings.needsApproval(candidates.length, officers.countActive())) {
            journal.hold(runId, candidates);
            LOG.warning(() -> "Sync run " + runId + " held: it would deactivate " + candidates.length + " officers");
            return new Decision(true, 0);
        }
        return new Decision(false, deactivateConfirmed(runId, candidates, connection));
    }

    /** Deactivates those of the officers whose entries a direct read confirms are gone; returns how many. */
    public int deactivateConfirmed(long runId, long[] candidates, LDAPConnection connection) throws LDAPException {
        Map<Long, String> stableIds = officers.directoryIds(candidates);
        long[] gone = new long[candidates.length];
        int count = 0;
        for (long officerId : candidates) {
            String stableId = stableIds.get(officerId);
            if (stableId != null && !present(connection, stableId)) {
                gone[count++] = officerId;
            } else {
                LOG.info(() -> "Officer " + officerId + " was not seen but is present in the directory: kept");
            }
        }
        return count == 0 ? 0 : officers.deactivate(runId, Arrays.copyOf(gone, count));
    }

    private boolean present(LDAPConnection connection, String stableId) throws LDAPException {
        SearchRequest read = new SearchRequest(settings.peopleBaseDn(), SearchScope.SUB,
                mapping.stableIdFilter(stableId), "1.1");
        read.setSizeLimit(1);
        return connection.search(read).getEntryCount() > 0;
    }
}

package my.etika.directory.control;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.IntermediateResponse;
import com.unboundid.ldap.sdk.IntermediateResponseListener;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.RootDSE;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultListener;
import com.unboundid.ldap.sdk.SearchResultReference;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.ContentSyncDoneControl;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoIntermediateResponse;
import com.unboundid.ldap.sdk.controls.ContentSyncInfoType;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestControl;
import com.unboundid.ldap.sdk.controls.ContentSyncRequestMode;
import com.unboundid.ldap.sdk.controls.ContentSyncStateControl;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * RFC 4533 content synchronisation in refreshOnly mode (OpenLDAP's syncprov, 389-DS's content sync plug-in).
 * Without a cookie the server sends every entry: a full reconcile that ends with a cookie. With one it sends what
 * changed since, and accounts for deletions either by listing them (the delete phase) or by naming every entry
 * still present (the present phase), in which case anything not named is gone. A cookie the server no longer
 * honours ({@code e-syncRefreshRequired}) means a full reconcile. The entries' UUIDs are their entryUUID.
 */
final class ContentSyncReader {

    static final String MECHANISM = "CONTENT_SYNC";

    /**
     * What a refresh found.
     *
     * @param refreshRequired the server no longer honours the cookie: nothing was concluded
     * @param presentPhase    deletions were implied (entries not named are gone), not listed
     * @param deleted         officers whose entries the server listed as deleted
     * @param cookie          the cookie to resume from next time (base64), when the refresh completed
     */
    record Outcome(boolean complete, boolean refreshRequired, String reasonKey, String detail, boolean presentPhase,
            long[] deleted, String cookie) {
    }

    private final SyncSettings settings;
    private final OfficerSink officers;
    private final long runId;

    ContentSyncReader(SyncSettings settings, OfficerSink officers, long runId) {
        this.settings = settings;
        this.officers = officers;
        this.runId = runId;
    }

    static boolean isOffered(LDAPConnection connection) throws LDAPException {
        RootDSE root = connection.getRootDSE();
        return root != null && root.supportsControl(ContentSyncRequestControl.SYNC_REQUEST_OID);
    }

    /** Runs one refresh, from {@code cookie} (base64) or from nothing; entries go to {@code pages}. */
    Outcome refresh(LDAPConnection connection, String cookie, Filter filter, String[] attributes, EntryPages pages) {
        Listener listener = new Listener(pages);
        SearchRequest request = new SearchRequest(listener, settings.peopleBaseDn(), SearchScope.SUB, filter,
                attributes);
        request.setIntermediateResponseListener(listener);
        request.addControl(new ContentSyncRequestControl(true, ContentSyncRequestMode.REFRESH_ONLY,
                cookie == null ? null : new ASN1OctetString(Base64.getDecoder().decode(cookie)), false));
        try {
            SearchResult result = connection.search(request);
            listener.flush();
            listener.rethrowFailure();
            ContentSyncDoneControl done = ContentSyncDoneControl.get(result);
            ASN1OctetString next = done != null && done.getCookie() != null ? done.getCookie() : listener.cookie;
            boolean presentPhase = done == null ? !listener.deletePhase : !done.refreshDeletes() && !listener.deletePhase;
            return new Outcome(true, false, null, null, presentPhase, listener.deleted(),
                    next == null ? cookie : Base64.getEncoder().encodeToString(next.getValue()));
        } catch (LDAPSearchException e) {
            listener.flush();
            listener.rethrowFailure();
            if (e.getResultCode() == ResultCode.E_SYNC_REFRESH_REQUIRED) {
                return new Outcome(false, true, "sync.fallback.refreshRequired", null, false, new long[0], null);
            }
            return new Outcome(false, false, "sync.incomplete.result",
                    e.getResultCode() + " " + (e.getDiagnosticMessage() == null ? "" : e.getDiagnosticMessage()),
                    false, new long[0], null);
        } catch (LDAPException e) {
            return new Outcome(false, false, "sync.incomplete.result", e.getResultCode() + " " + e.getMessage(),
                    false, new long[0], null);
        }
    }

    /** Collects the refresh as it arrives: changed entries in batches, present and deleted UUIDs in batches. */
    private final class Listener implements SearchResultListener, IntermediateResponseListener {

        private static final long serialVersionUID = 1L;

        private final transient EntryPages pages;
        private transient List<SearchResultEntry> changed = new ArrayList<>();
        private transient List<String> present = new ArrayList<>();
        private transient List<String> gone = new ArrayList<>();
        private transient List<long[]> deletedOfficers = new ArrayList<>();
        private transient ASN1OctetString cookie;
        private transient RuntimeException failure;
        private boolean deletePhase;

        Listener(EntryPages pages) {
            this.pages = pages;
        }

        @Override
        public void searchEntryReturned(SearchResultEntry entry) {
            if (failure != null) {
                return;
            }
            try {
                ContentSyncStateControl state = ContentSyncStateControl.get(entry);
                if (state == null) {
                    changed.add(entry);
                } else {
                    switch (state.getState()) {
                        case ADD, MODIFY -> changed.add(entry);
                        case PRESENT -> present.add(state.getEntryUUID().toString());
                        case DELETE -> gone.add(state.getEntryUUID().toString());
                        default -> throw new IllegalStateException("Unknown sync state " + state.getState());
                    }
                    if (state.getCookie() != null) {
                        cookie = state.getCookie();
                    }
                }
                flushFull();
            } catch (LDAPException | RuntimeException e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }

        @Override
        public void intermediateResponseReturned(IntermediateResponse response) {
            if (failure != null) {
                return;
            }
            try {
                ContentSyncInfoIntermediateResponse info = ContentSyncInfoIntermediateResponse.decode(response);
                if (info.getCookie() != null) {
                    cookie = info.getCookie();
                }
                if (info.getType() == ContentSyncInfoType.REFRESH_DELETE) {
                    deletePhase = true;
                } else if (info.getType() == ContentSyncInfoType.SYNC_ID_SET) {
                    List<String> ids = info.getEntryUUIDs().stream().map(UUID::toString).toList();
                    if (info.refreshDeletes()) {
                        gone.addAll(ids);
                        deletePhase = true;
                    } else {
                        present.addAll(ids);
                    }
                }
                flushFull();
            } catch (LDAPException | RuntimeException e) {
                failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }

        @Override
        public void searchReferenceReturned(SearchResultReference reference) {
            failure = new IllegalStateException("Referral during content sync: "
                    + String.join(" ", reference.getReferralURLs()));
        }

        private void flushFull() {
            if (changed.size() >= settings.batchSize() || present.size() >= settings.batchSize()
                    || gone.size() >= settings.batchSize()) {
                flush();
            }
        }

        void flush() {
            if (failure != null) {
                return;
            }
            try {
                if (!changed.isEmpty()) {
                    pages.apply(changed);
                    changed = new ArrayList<>();
                }
                if (!present.isEmpty()) {
                    pages.present(present);
                    present = new ArrayList<>();
                }
                if (!gone.isEmpty()) {
                    deletedOfficers.add(officers.applyPage(runId, List.of(), gone).seenOfficerIds());
                    gone = new ArrayList<>();
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        void rethrowFailure() {
            if (failure != null) {
                throw failure;
            }
        }

        long[] deleted() {
            return deletedOfficers.stream().flatMapToLong(Arrays::stream).distinct().toArray();
        }
    }
}

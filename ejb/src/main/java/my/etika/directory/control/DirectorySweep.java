package my.etika.directory.control;

import com.unboundid.asn1.ASN1OctetString;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPSearchException;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultListener;
import com.unboundid.ldap.sdk.SearchResultReference;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a whole subtree, page by page with simple paged results (RFC 2696), handing the entries on in batches as
 * they arrive so that memory stays flat whatever the page size. It says whether the sweep was complete: every
 * page ended in success, no size, time or administrative limit, no referral left unfollowed, no dropped
 * connection. Only a complete sweep may lead to deactivations.
 *
 * <p>The connection must be in synchronous mode, so that batches are handled on the calling thread (its
 * transaction and security context), not on the SDK's reader thread. A failure while handling a batch (the
 * database) stops the sweep and is rethrown: that is a failed run, not an incomplete directory.
 */
public final class DirectorySweep {

    /** How a sweep ended. {@code reasonKey} and {@code detail} say why it is incomplete. */
    public record Outcome(boolean complete, long entries, String reasonKey, String detail) {

        static Outcome complete(long entries) {
            return new Outcome(true, entries, null, null);
        }

        static Outcome incomplete(long entries, String reasonKey, String detail) {
            return new Outcome(false, entries, reasonKey, detail);
        }
    }

    private final int pageSize;
    private final int batchSize;

    /**
     * @param pageSize  entries per page asked of the server (0: one unpaged search; AD allows at most 1,000)
     * @param batchSize entries handed on at a time
     */
    public DirectorySweep(int pageSize, int batchSize) {
        this.pageSize = pageSize;
        this.batchSize = batchSize;
    }

    public Outcome sweep(LDAPConnection connection, String baseDn, Filter filter, String[] attributes,
            Consumer<List<SearchResultEntry>> batches) {
        Batcher batcher = new Batcher(batches);
        ASN1OctetString cookie = null;
        try {
            do {
                SearchRequest request = new SearchRequest(batcher, baseDn, SearchScope.SUB, filter, attributes);
                if (pageSize > 0) {
                    request.addControl(new SimplePagedResultsControl(pageSize, cookie, false));
                }
                SearchResult page = connection.search(request);
                batcher.flush();
                batcher.rethrowFailure();
                if (batcher.referral != null) {
                    return Outcome.incomplete(batcher.count, "sync.incomplete.referral", batcher.referral);
                }
                if (page.getResultCode() != ResultCode.SUCCESS) {
                    return Outcome.incomplete(batcher.count, "sync.incomplete.result",
                            page.getResultCode() + " " + nullToEmpty(page.getDiagnosticMessage()));
                }
                SimplePagedResultsControl response = pageSize > 0 ? SimplePagedResultsControl.get(page) : null;
                cookie = response == null ? null : response.getCookie();
            } while (cookie != null && cookie.getValueLength() > 0);
            return Outcome.complete(batcher.count);
        } catch (LDAPSearchException e) {
            // a limit reached or the connection lost part-way: whatever arrived is applied, nothing is concluded
            batcher.flush();
            batcher.rethrowFailure();
            return Outcome.incomplete(batcher.count, "sync.incomplete.result",
                    e.getResultCode() + " " + nullToEmpty(e.getDiagnosticMessage()));
        } catch (LDAPException e) {
            return Outcome.incomplete(batcher.count, "sync.incomplete.result",
                    e.getResultCode() + " " + nullToEmpty(e.getDiagnosticMessage()));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Collects entries as the server sends them and passes on full batches. */
    private final class Batcher implements SearchResultListener {

        private static final long serialVersionUID = 1L;

        private final transient Consumer<List<SearchResultEntry>> batches;
        private transient List<SearchResultEntry> batch = new ArrayList<>();
        private long count;
        private String referral;
        private RuntimeException failure;

        Batcher(Consumer<List<SearchResultEntry>> batches) {
            this.batches = batches;
        }

        @Override
        public void searchEntryReturned(SearchResultEntry entry) {
            if (failure != null) {
                return;
            }
            batch.add(entry);
            count++;
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        @Override
        public void searchReferenceReturned(SearchResultReference reference) {
            if (referral == null) {
                referral = String.join(" ", reference.getReferralURLs());
            }
        }

        void flush() {
            if (!batch.isEmpty() && failure == null) {
                List<SearchResultEntry> full = batch;
                batch = new ArrayList<>();
                try {
                    batches.accept(full);
                } catch (RuntimeException e) {
                    failure = e;
                }
            }
        }

        void rethrowFailure() {
            if (failure != null) {
                throw failure;
            }
        }
    }
}

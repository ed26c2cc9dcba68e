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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a whole subtree, page by page with simple paged results (RFC 2696), handing the entries on in batches as
 * they arrive so that memory stays flat whatever the page size. It says whether the sweep was complete: every
 * page ended in success, no size, time or administrative limit, no referral left unfollowed, no dropped
 * connection. Only a complete sweep may lead to deactivations.
 *
 * <p>Batches are always handled on the calling thread (its transaction and security context). With a thread
 * factory the directory is read on a thread of its own while the calling thread handles the previous batches, at
 * most two batches ahead, so that reading the directory and writing the database overlap and memory stays
 * bounded; without one, the calling thread reads too. The connection must be in synchronous mode. A failure while
 * handling a batch (the database) stops the sweep and is rethrown: that is a failed run, not an incomplete
 * directory.
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

    /** Batches read but not yet handled, at most; one more is being read and one handled. */
    static final int BATCHES_AHEAD = 2;
    private static final Object END = new Object();

    private final int pageSize;
    private final int batchSize;
    private final ThreadFactory readers;

    /**
     * @param pageSize  entries per page asked of the server (0: one unpaged search; AD allows at most 1,000)
     * @param batchSize entries handed on at a time
     * @param readers   makes the thread that reads the directory ({@code null}: read on the calling thread)
     */
    public DirectorySweep(int pageSize, int batchSize, ThreadFactory readers) {
        this.pageSize = pageSize;
        this.batchSize = batchSize;
        this.readers = readers;
    }

    public Outcome sweep(LDAPConnection connection, String baseDn, Filter filter, String[] attributes,
            Consumer<List<SearchResultEntry>> batches) {
        return sweep(connection, baseDn, filter, attributes, batch -> batch, batches);
    }

    /**
     * Sweeps with a step before the hand-over: {@code prepare} (pure work such as mapping entries, no container
     * services) runs on the reading thread, {@code batches} on the calling thread.
     */
    public <T> Outcome sweep(LDAPConnection connection, String baseDn, Filter filter, String[] attributes,
            Function<List<SearchResultEntry>, T> prepare, Consumer<T> batches) {
        if (readers == null) {
            return read(connection, baseDn, filter, attributes, batch -> batches.accept(prepare.apply(batch)));
        }
        BlockingQueue<Object> handOver = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        CompletableFuture<Outcome> reading = new CompletableFuture<>();
        Thread reader = readers.newThread(() -> {
            try {
                reading.complete(read(connection, baseDn, filter, attributes,
                        batch -> handOver(handOver, prepare.apply(batch))));
            } catch (Throwable e) {
                reading.completeExceptionally(e);
            } finally {
                endOfBatches(handOver);
            }
        });
        reader.setName("etika-directory-sweep");
        reader.start();
        RuntimeException failure = null;
        try {
            for (Object batch = handOver.take(); batch != END; batch = handOver.take()) {
                if (failure == null) {
                    try {
                        @SuppressWarnings("unchecked") // only prepare's results and END are put
                        T prepared = (T) batch;
                        batches.accept(prepared);
                    } catch (RuntimeException e) {
                        failure = e;
                        connection.close(); // stops the reader at once; the run fails anyway
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            connection.close();
            throw new IllegalStateException("Directory sweep interrupted", e);
        }
        if (failure != null) {
            throw failure;
        }
        try {
            return reading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** Waits for room: the calling thread always drains the queue until {@link #END}. */
    private static void handOver(BlockingQueue<Object> handOver, Object batch) {
        try {
            handOver.put(batch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Directory sweep interrupted", e);
        }
    }

    /** The end marker must arrive, or the calling thread would wait for ever. */
    private static void endOfBatches(BlockingQueue<Object> handOver) {
        boolean interrupted = false;
        while (true) {
            try {
                handOver.put(END);
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private Outcome read(LDAPConnection connection, String baseDn, Filter filter, String[] attributes,
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

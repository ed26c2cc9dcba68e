package my.etika.export.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import my.etika.audit.boundary.AuditTrail;
import my.etika.audit.boundary.ChainHead;
import my.etika.export.entity.ExportFormat;
import my.etika.export.entity.ExportKind;
import org.eclipse.microprofile.config.Config;

/**
 * Runs one export on a thread of the server's executor: counts the rows, streams them through the format's writer
 * into the package file ({@code <data dir>/etika/exports/<id>.zip}, written as {@code .part} and renamed when
 * complete), reports progress at most once a second, and completes the job (which records it in the audit trail) or
 * marks it failed. The rows are read on a second thread of the server's while this one writes them, a few thousand
 * rows ahead at most: the database and the writing (formatting, compressing, hashing) then overlap.
 */
@ApplicationScoped
public class ExportRunner {

    /** Rows between two looks at the clock for progress. */
    static final int PROGRESS_EVERY = 1_000;
    /** Progress is recorded at most this often: each report is a transaction of its own. */
    static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;
    /** Rows handed from the reading thread to the writing one at a time. */
    static final int BATCH = 1_000;
    /** Batches read but not yet written, at most; one more is being read and one written. */
    static final int BATCHES_AHEAD = 2;
    private static final List<List<String>> END = Collections.unmodifiableList(new ArrayList<>());
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

    @Inject
    ExportSteps steps;

    @Inject
    ExportKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Config config;

    @Inject
    Clock clock;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    /** Makes the thread that reads an export's rows while the export's own thread writes them. */
    @Resource
    ManagedThreadFactory readers;

    public void run(long id, ExportKind kind, ExportFilters filters, boolean masked) {
        Path part = null;
        try {
            RowSource source = RowSources.of(kind, filters, masked ? keys.pseudonyms() : null,
                    LocalDate.now(clock.withZone(MALAYSIA)));
            ExportRun run = steps.start(id, source.count(dataSource));
            Files.createDirectories(keys.exportDirectory());
            part = keys.exportDirectory().resolve(id + ".zip.part");
            ChainHead head = audit.head();
            MessageDigest sha256 = ExportPackage.sha256();
            long rows;
            long bytes;
            try (CountingOutputStream file = new CountingOutputStream(new DigestOutputStream(new BufferedOutputStream(
                    Files.newOutputStream(part), 64 * 1024), sha256))) {
                rows = write(run, source, head, file);
                file.flush();
                bytes = file.count();
            }
            Files.move(part, keys.exportDirectory().resolve(id + ".zip"), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            steps.complete(id, filters.given(), rows, HexFormat.of().formatHex(sha256.digest()), bytes,
                    head.position());
        } catch (IOException | SQLException | RuntimeException e) {
            LOG.log(Level.WARNING, "Export " + id + " failed", e);
            deleteQuietly(part);
            steps.fail(id, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private long write(ExportRun run, RowSource source, ChainHead head, OutputStream file)
            throws IOException, SQLException {
        ExportPackage bag = new ExportPackage(file, "etika-export-" + run.id(), keys.signer(),
                config.getOptionalValue("etika.agency.name", String.class).orElse("Jabatan Demo Etika"));
        long[] rows = {0};
        long[] reported = {System.nanoTime()};
        bag.addData(source.name() + "." + run.format().extension(), out -> {
            TableWriter writer = writer(run.format(), source, out);
            writer.start(source.columns());
            try {
                forEachRow(source, cells -> {
                    writer.row(cells);
                    if (++rows[0] % PROGRESS_EVERY == 0 && System.nanoTime() - reported[0] >= PROGRESS_INTERVAL_NANOS) {
                        steps.progress(run.id(), rows[0]);
                        reported[0] = System.nanoTime();
                    }
                });
            } catch (SQLException e) {
                throw new IOException(e);
            }
            writer.finish();
            return rows[0];
        });
        bag.finish(new ExportManifest(run.id(), run.kind(), run.format().name(), source.filters().given(),
                source.masked(), run.requestedBy(), run.requestedAt(), head.position(), head.hash()));
        return rows[0];
    }

    /**
     * Hands every row of {@code source} to {@code sink} on this thread, in order, the rows being read meanwhile on a
     * thread of {@link #readers}. This thread takes every batch until the end, even after {@code sink} failed (the
     * reader is then told to stop), so that the reader never waits for room for ever.
     */
    private long forEachRow(RowSource source, RowSource.RowSink sink) throws IOException, SQLException {
        if (readers == null) {
            return source.forEach(dataSource, sink);
        }
        BlockingQueue<List<List<String>>> handOver = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        AtomicBoolean stop = new AtomicBoolean(); // the writing failed: read no further
        AtomicBoolean gone = new AtomicBoolean(); // this thread was interrupted: nobody takes any more
        CompletableFuture<Long> reading = new CompletableFuture<>();
        Thread reader = readers.newThread(() -> {
            try {
                List<List<String>> batch = new ArrayList<>(BATCH);
                long read = source.forEach(dataSource, cells -> {
                    batch.add(cells);
                    if (batch.size() == BATCH) {
                        handOver(handOver, List.copyOf(batch), stop);
                        batch.clear();
                    }
                });
                if (!batch.isEmpty()) {
                    handOver(handOver, List.copyOf(batch), stop);
                }
                reading.complete(read);
            } catch (Throwable e) {
                reading.completeExceptionally(e);
            } finally {
                handOver(handOver, END, gone);
            }
        });
        reader.setName("etika-export-reader");
        reader.start();
        Exception failure = null;
        try {
            for (List<List<String>> batch = handOver.take(); batch != END; batch = handOver.take()) {
                for (int i = 0; failure == null && i < batch.size(); i++) {
                    try {
                        sink.accept(batch.get(i));
                    } catch (IOException | RuntimeException e) {
                        failure = e;
                        stop.set(true);
                    }
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            gone.set(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Export interrupted");
        }
        if (failure instanceof IOException e) {
            throw e;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        try {
            return reading.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Puts a batch, or the end, once there is room; gives up when {@code giveUp} is set (a batch then stops the
     * reading with a {@link CancellationException}).
     */
    private static void handOver(BlockingQueue<List<List<String>>> handOver, List<List<String>> batch,
            AtomicBoolean giveUp) {
        boolean interrupted = false;
        try {
            while (!giveUp.get()) {
                try {
                    if (handOver.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (batch != END) {
                throw new CancellationException("The export stopped writing");
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static TableWriter writer(ExportFormat format, RowSource source, OutputStream out) {
        return switch (format) {
            case CSV -> new CsvTableWriter(out);
            case XLSX -> new XlsxTableWriter(out, source.name());
            case PDF -> new PdfTableWriter(out, source.title());
        };
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.FINE, "Could not delete " + file, e);
            }
        }
    }
}

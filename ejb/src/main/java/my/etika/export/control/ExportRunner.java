package my.etika.export.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
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
import java.util.HexFormat;
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
 * complete), reports progress every {@link #PROGRESS_EVERY} rows, and completes the job (which records it in the
 * audit trail) or marks it failed.
 */
@ApplicationScoped
public class ExportRunner {

    static final int PROGRESS_EVERY = 1_000;
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
        bag.addData(source.name() + "." + run.format().extension(), out -> {
            TableWriter writer = writer(run.format(), source, out);
            writer.start(source.columns());
            try {
                source.forEach(dataSource, cells -> {
                    writer.row(cells);
                    if (++rows[0] % PROGRESS_EVERY == 0) {
                        steps.progress(run.id(), rows[0]);
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

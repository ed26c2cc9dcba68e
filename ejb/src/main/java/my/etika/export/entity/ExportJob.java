package my.etika.export.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One requested export: what, for whom, how far it got, and the package's hash when done. */
@Entity
@Table(name = "export_job")
public class ExportJob {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private ExportKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8, updatable = false)
    private ExportFormat format;

    /** The filters given, as JSON with sorted keys. */
    @Column(nullable = false, length = 4000, updatable = false)
    private String filters;

    @Column(nullable = false, updatable = false)
    private boolean masked;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExportStatus status;

    @Column(name = "requested_by", nullable = false, length = 128, updatable = false)
    private String requestedBy;

    @Column(name = "requested_roles", length = 256, updatable = false)
    private String requestedRoles;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "rows_total")
    private Long rowsTotal;

    @Column(name = "rows_done", nullable = false)
    private long rowsDone;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "package_sha256", length = 64)
    private String packageSha256;

    @Column(name = "package_bytes")
    private Long packageBytes;

    @Column(length = 2000)
    private String failure;

    @Version
    private long version;

    protected ExportJob() {
    }

    public ExportJob(ExportKind kind, ExportFormat format, String filters, boolean masked, String requestedBy,
            String requestedRoles, Instant requestedAt) {
        this.kind = kind;
        this.format = format;
        this.filters = filters;
        this.masked = masked;
        this.requestedBy = requestedBy;
        this.requestedRoles = requestedRoles;
        this.requestedAt = requestedAt;
        this.status = ExportStatus.QUEUED;
    }

    /** Started, or started again from the beginning after a restart of the server. */
    public void started(long total) {
        status = ExportStatus.RUNNING;
        rowsTotal = total;
        rowsDone = 0;
    }

    public void progressed(long done) {
        rowsDone = done;
    }

    public void done(long rows, String sha256, long bytes, Instant at) {
        status = ExportStatus.DONE;
        rowsDone = rows;
        packageSha256 = sha256;
        packageBytes = bytes;
        finishedAt = at;
    }

    public void failed(String reason, Instant at) {
        status = ExportStatus.FAILED;
        failure = reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000));
        finishedAt = at;
    }

    /** Done so far, 0–100; 100 only when the package is ready. */
    public int percent() {
        if (status == ExportStatus.DONE) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return 0;
        }
        return (int) Math.min(99, rowsDone * 100 / rowsTotal);
    }

    public Long getId() {
        return id;
    }

    public ExportKind getKind() {
        return kind;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public String getFilters() {
        return filters;
    }

    public boolean isMasked() {
        return masked;
    }

    public ExportStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getRequestedRoles() {
        return requestedRoles;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getRowsTotal() {
        return rowsTotal;
    }

    public long getRowsDone() {
        return rowsDone;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getPackageSha256() {
        return packageSha256;
    }

    public Long getPackageBytes() {
        return packageBytes;
    }

    public String getFailure() {
        return failure;
    }
}

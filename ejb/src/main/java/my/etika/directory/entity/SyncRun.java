package my.etika.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One directory sync run: what started it, how far it got, what it changed, how it ended. */
@Entity
@Table(name = "sync_run")
@NamedQuery(name = SyncRun.RECENT, query = "select r from SyncRun r order by r.startedAt desc, r.id desc")
@NamedQuery(name = SyncRun.ABORT_EXPIRED, query = "update SyncRun r set r.status = :aborted, r.finishedAt = :now,"
        + " r.outcomeKey = 'sync.aborted' where r.status = :running and r.leaseUntil < :now")
public class SyncRun {

    public static final String RECENT = "SyncRun.recent";
    public static final String ABORT_EXPIRED = "SyncRun.abortExpired";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SyncMode mode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SyncStatus status;

    @Column(length = 24)
    private String mechanism;

    @Column(name = "requested_by", nullable = false, length = 128)
    private String requestedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "lease_until", nullable = false)
    private Instant leaseUntil;

    @Column(length = 128)
    private String node;

    @Column(name = "entries_seen", nullable = false)
    private long entriesSeen;

    @Column(name = "created_count", nullable = false)
    private long created;

    @Column(name = "updated_count", nullable = false)
    private long updated;

    @Column(name = "moved_count", nullable = false)
    private long moved;

    @Column(name = "unchanged_count", nullable = false)
    private long unchanged;

    @Column(name = "deactivated_count", nullable = false)
    private long deactivated;

    @Column(name = "reactivated_count", nullable = false)
    private long reactivated;

    @Column(name = "error_count", nullable = false)
    private long errors;

    @Column(name = "held_count", nullable = false)
    private long held;

    @Column(name = "expected_entries")
    private Long expectedEntries;

    @Column(name = "outcome_key", length = 64)
    private String outcomeKey;

    @Column(name = "outcome_detail", length = 2000)
    private String outcomeDetail;

    @Column(name = "decided_by", length = 128)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected SyncRun() {
    }

    public SyncRun(SyncMode mode, String requestedBy, String node, Instant startedAt, Instant leaseUntil) {
        this.mode = mode;
        this.requestedBy = requestedBy;
        this.node = node;
        this.startedAt = startedAt;
        this.leaseUntil = leaseUntil;
        this.status = SyncStatus.RUNNING;
    }

    /** Progress of a running run (or of an approval); extends its lease. */
    public void progress(long seen, long createdSoFar, long updatedSoFar, long movedSoFar, long unchangedSoFar,
            long deactivatedSoFar, long reactivatedSoFar, long errorsSoFar, String mechanismUsed, Instant lease) {
        this.entriesSeen = seen;
        this.created = createdSoFar;
        this.updated = updatedSoFar;
        this.moved = movedSoFar;
        this.unchanged = unchangedSoFar;
        this.deactivated = deactivatedSoFar;
        this.reactivated = reactivatedSoFar;
        this.errors = errorsSoFar;
        this.mechanism = mechanismUsed == null ? null : truncate(mechanismUsed, 24);
        this.leaseUntil = lease;
    }

    public void expect(long entries) {
        this.expectedEntries = entries;
    }

    public void finish(SyncStatus ending, long heldOfficers, String key, String detail, Instant at) {
        if (status != SyncStatus.RUNNING) {
            throw new IllegalStateException("Run " + id + " is " + status + ", not running");
        }
        this.status = ending;
        this.held = heldOfficers;
        this.outcomeKey = key;
        this.outcomeDetail = detail == null ? null : truncate(detail, 2000);
        this.finishedAt = ending == SyncStatus.HELD ? null : at;
    }

    /** A person approved the held deactivations; {@code done} of them were confirmed gone and deactivated. */
    public void approved(String by, long done, Instant at) {
        requireHeld();
        this.status = SyncStatus.APPROVED;
        this.deactivated = done;
        this.decidedBy = by;
        this.decidedAt = at;
        this.finishedAt = at;
    }

    public void rejected(String by, Instant at) {
        requireHeld();
        this.status = SyncStatus.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.finishedAt = at;
    }

    private void requireHeld() {
        if (status != SyncStatus.HELD) {
            throw new IllegalStateException("Run " + id + " is " + status + ", not held for approval");
        }
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public SyncMode getMode() {
        return mode;
    }

    public SyncStatus getStatus() {
        return status;
    }

    public String getMechanism() {
        return mechanism;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }

    public long getEntriesSeen() {
        return entriesSeen;
    }

    public long getCreated() {
        return created;
    }

    public long getUpdated() {
        return updated;
    }

    public long getMoved() {
        return moved;
    }

    public long getUnchanged() {
        return unchanged;
    }

    public long getDeactivated() {
        return deactivated;
    }

    public long getReactivated() {
        return reactivated;
    }

    public long getErrors() {
        return errors;
    }

    public long getHeld() {
        return held;
    }

    public Long getExpectedEntries() {
        return expectedEntries;
    }

    public String getOutcomeKey() {
        return outcomeKey;
    }

    public String getOutcomeDetail() {
        return outcomeDetail;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}

package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a piece of disciplinary reference data, in force from {@code effectiveFrom} to
 * {@code effectiveTo} (both days included; no end while open). Cases point at a version by id, so a version's
 * content never changes once stored: subclasses map their content columns {@code updatable = false}. A change
 * closes the version ({@link #close}) and a successor with the same code takes over ({@link #follow}); only the
 * closing columns are ever updated.
 */
@MappedSuperclass
public abstract class ReferenceRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String code;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    /** The last day in force, included. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    @Column(name = "revision_reason", updatable = false, length = 2000)
    private String revisionReason;

    @Column(name = "closing_reason", length = 2000)
    private String closingReason;

    @Column(updatable = false, length = 2000)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 128)
    private String changedBy;

    @Version
    private long version;

    protected ReferenceRow() {
    }

    protected ReferenceRow(String code, LocalDate effectiveFrom, Instant createdAt, String createdBy) {
        this.code = code;
        this.effectiveFrom = effectiveFrom;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** Makes this new version the successor of the given one (same code), for the reason given. */
    protected void follow(ReferenceRow predecessor, String reason) {
        requireNew();
        if (!predecessor.code.equals(code)) {
            throw new IllegalArgumentException(code + " cannot follow " + predecessor.code);
        }
        replacesId = predecessor.id;
        revisionReason = reason;
        note = predecessor.note;
    }

    /** Sets the free-text note (what is uncertain, where it comes from) of a version not yet stored. */
    public void annotate(String note) {
        requireNew();
        this.note = note;
    }

    /**
     * Ends this version: its last day in force is {@code lastDay}. The day before its first day is allowed: the
     * version is then never in force (a correction from its very start), yet stays for the cases that cite it.
     */
    public void close(LocalDate lastDay, String reason, Instant at, String by) {
        if (effectiveTo != null) {
            throw new IllegalStateException(code + " version " + id + " is already closed");
        }
        if (lastDay.isBefore(effectiveFrom.minusDays(1))) {
            throw new IllegalArgumentException(code + " cannot end before it starts");
        }
        effectiveTo = lastDay;
        closingReason = reason;
        changedAt = at;
        changedBy = by;
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    public boolean isOpen() {
        return effectiveTo == null;
    }

    /** Content is set only before the version is stored: a stored version is what cases cite. */
    protected final void requireNew() {
        if (id != null) {
            throw new IllegalStateException(code + " version " + id + " is stored and cannot change");
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public Long getReplacesId() {
        return replacesId;
    }

    public String getRevisionReason() {
        return revisionReason;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public long getVersion() {
        return version;
    }
}

package my.etika.calendar.entity;

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
import java.time.LocalDate;

/**
 * A public holiday in one state on one date. Never deleted: a holiday recorded by mistake or cancelled is withdrawn
 * with a reason, and stays on record.
 */
@Entity
@Table(name = "public_holiday")
public class PublicHoliday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "state_code", nullable = false, updatable = false, length = 8)
    private String stateCode;

    @Column(name = "holiday_date", nullable = false, updatable = false)
    private LocalDate date;

    @Column(name = "name_ms", nullable = false, updatable = false, length = 200)
    private String nameMs;

    @Column(name = "name_en", nullable = false, updatable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private HolidayKind kind;

    @Column(nullable = false, updatable = false, length = 500)
    private String source;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 128)
    private String withdrawnBy;

    @Column(name = "withdrawn_reason", length = 2000)
    private String withdrawnReason;

    @Version
    private long version;

    protected PublicHoliday() {
    }

    public PublicHoliday(String stateCode, LocalDate date, String nameMs, String nameEn, HolidayKind kind,
            String source, Instant createdAt, String createdBy) {
        this.stateCode = stateCode;
        this.date = date;
        this.nameMs = nameMs;
        this.nameEn = nameEn;
        this.kind = kind;
        this.source = source;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** The holiday no longer counts; it stays on record with who withdrew it, when and why. */
    public void withdraw(Instant at, String by, String reason) {
        if (isWithdrawn()) {
            throw new IllegalStateException("Holiday " + id + " is already withdrawn");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawnReason = reason;
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getStateCode() {
        return stateCode;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getNameMs() {
        return nameMs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public HolidayKind getKind() {
        return kind;
    }

    public String getSource() {
        return source;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public long getVersion() {
        return version;
    }
}

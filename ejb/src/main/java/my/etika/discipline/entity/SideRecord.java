package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An interdiction, a suspension or a reg 3D report recorded beside a case's procedure. */
@Entity
@Table(name = "incident_side_record")
public class SideRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private SideRecordKind kind;

    @Column(name = "starts_on", nullable = false, updatable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "emoluments_percent", updatable = false)
    private Integer emolumentsPercent;

    @Column(length = 2000, updatable = false)
    private String note;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    private String recordedBy;

    protected SideRecord() {
    }

    public SideRecord(long incidentId, SideRecordKind kind, LocalDate startsOn, LocalDate endsOn,
            Integer emolumentsPercent, String note, String recordedBy, Instant recordedAt) {
        this.incidentId = incidentId;
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.emolumentsPercent = emolumentsPercent;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public SideRecordKind getKind() {
        return kind;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public Integer getEmolumentsPercent() {
        return emolumentsPercent;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

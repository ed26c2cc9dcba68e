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

/** One step of a case's procedure, for its timeline: written once, never changed. */
@Entity
@Table(name = "incident_transition")
public class IncidentTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 32)
    private IncidentStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 32)
    private IncidentStatus to;

    @Column(name = "effective_on", nullable = false, updatable = false)
    private LocalDate effectiveOn;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, updatable = false, length = 128)
    private String changedBy;

    @Column(updatable = false, length = 4000)
    private String note;

    protected IncidentTransition() {
    }

    public IncidentTransition(long incidentId, IncidentStatus from, IncidentStatus to, LocalDate effectiveOn,
            Instant changedAt, String changedBy, String note) {
        this.incidentId = incidentId;
        this.from = from;
        this.to = to;
        this.effectiveOn = effectiveOn;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.note = note;
    }

    public Long getId() {
        return id;
    }

    public IncidentStatus getFrom() {
        return from;
    }

    public IncidentStatus getTo() {
        return to;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getNote() {
        return note;
    }
}

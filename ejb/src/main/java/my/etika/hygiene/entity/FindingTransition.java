package my.etika.hygiene.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step of a finding's history: from, to, when, who, why. Written once. */
@Entity
@Table(name = "finding_transition")
public class FindingTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "finding_id", nullable = false, updatable = false)
    private long findingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", updatable = false, length = 16)
    private FindingStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, updatable = false, length = 16)
    private FindingStatus to;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "by_login", nullable = false, updatable = false, length = 128)
    private String by;

    @Column(updatable = false, length = 2000)
    private String reason;

    protected FindingTransition() {
    }

    public FindingTransition(long findingId, FindingStatus from, FindingStatus to, Instant at, String by,
            String reason) {
        this.findingId = findingId;
        this.from = from;
        this.to = to;
        this.at = at;
        this.by = by;
        this.reason = reason;
    }

    public FindingStatus getFrom() {
        return from;
    }

    public FindingStatus getTo() {
        return to;
    }

    public Instant getAt() {
        return at;
    }

    public String getBy() {
        return by;
    }

    public String getReason() {
        return reason;
    }
}

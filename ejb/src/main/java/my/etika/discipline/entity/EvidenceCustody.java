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

/** The chain of custody of an evidence file: who uploaded, viewed, downloaded or checked it, and when. */
@Entity
@Table(name = "evidence_custody")
public class EvidenceCustody {

    /** What was done with the file. */
    public enum Action {
        UPLOAD, VIEW, DOWNLOAD, VERIFY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "evidence_id", nullable = false, updatable = false)
    private Long evidenceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Action action;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant actedAt;

    @Column(name = "acted_by", nullable = false, updatable = false, length = 128)
    private String actedBy;

    @Column(name = "source_ip", updatable = false, length = 64)
    private String sourceIp;

    @Column(updatable = false, length = 16)
    private String outcome;

    protected EvidenceCustody() {
    }

    public EvidenceCustody(long evidenceId, Action action, String actedBy, String sourceIp, String outcome,
            Instant actedAt) {
        this.evidenceId = evidenceId;
        this.action = action;
        this.actedBy = actedBy;
        this.sourceIp = sourceIp;
        this.outcome = outcome;
        this.actedAt = actedAt;
    }

    public Action getAction() {
        return action;
    }

    public Instant getActedAt() {
        return actedAt;
    }

    public String getActedBy() {
        return actedBy;
    }

    public String getOutcome() {
        return outcome;
    }
}

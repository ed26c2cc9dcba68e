package my.etika.hygiene.entity;

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

/**
 * A breach of a credential-hygiene rule by an officer or about an official account: the evidence, the severity,
 * and where it stands. {@link #moveTo} enforces the lifecycle of {@link FindingStatus}.
 */
@Entity
@Table(name = "finding")
public class Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_code", nullable = false, updatable = false, length = 48)
    private HygieneRule rule;

    @Column(name = "officer_id", updatable = false)
    private Long officerId;

    @Column(name = "official_account_id", updatable = false)
    private Long officialAccountId;

    @Column(name = "subject_key", nullable = false, updatable = false, length = 512)
    private String subjectKey;

    @Column(nullable = false, updatable = false, length = 2000)
    private String evidence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private HygieneRule.Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FindingStatus status;

    @Column(name = "org_unit", updatable = false, length = 256)
    private String orgUnit;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "status_changed_by", length = 128)
    private String statusChangedBy;

    @Column(name = "status_reason", length = 2000)
    private String statusReason;

    @Column(name = "condition_cleared_at")
    private Instant conditionClearedAt;

    @Column(name = "incident_id")
    private Long incidentId;

    @Version
    private long version;

    protected Finding() {
    }

    /**
     * @param subjectKey what makes this finding the same as an earlier one of the same rule (the officer and the
     *                   address, the account…)
     */
    public Finding(HygieneRule rule, Long officerId, Long officialAccountId, String subjectKey, String evidence,
            String orgUnit, Instant raisedAt) {
        this.rule = rule;
        this.officerId = officerId;
        this.officialAccountId = officialAccountId;
        this.subjectKey = subjectKey;
        this.evidence = evidence.length() > 2000 ? evidence.substring(0, 2000) : evidence;
        this.severity = rule.severity();
        this.status = FindingStatus.OPEN;
        this.orgUnit = orgUnit;
        this.raisedAt = raisedAt;
        this.statusChangedAt = raisedAt;
    }

    /** @throws IllegalStateException when the lifecycle does not allow it */
    public void moveTo(FindingStatus next, String by, String reason, Instant at) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("Finding " + id + " cannot go from " + status + " to " + next);
        }
        status = next;
        statusChangedBy = by;
        statusReason = reason;
        statusChangedAt = at;
    }

    /** The disciplinary case the finding was escalated into. */
    public void escalatedInto(long incidentId) {
        this.incidentId = incidentId;
    }

    /** The evaluation no longer sees the breach (the verifier's cue; the finding stays until verified). */
    public void conditionCleared(Instant at) {
        if (conditionClearedAt == null) {
            conditionClearedAt = at;
        }
    }

    /** The evaluation sees the breach again. */
    public void conditionPresent() {
        conditionClearedAt = null;
    }

    public Long getId() {
        return id;
    }

    public HygieneRule getRule() {
        return rule;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public Long getOfficialAccountId() {
        return officialAccountId;
    }

    public String getSubjectKey() {
        return subjectKey;
    }

    public String getEvidence() {
        return evidence;
    }

    public HygieneRule.Severity getSeverity() {
        return severity;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getStatusChangedBy() {
        return statusChangedBy;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getConditionClearedAt() {
        return conditionClearedAt;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public long getVersion() {
        return version;
    }
}

package my.etika.discipline.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A disciplinary case: the officer as they were at intake, what happened, the provisions alleged (reference-data rows
 * by id, the version in force at the time), and the procedure's dates. {@link #moveTo} enforces the order of
 * {@link IncidentStatus}; what each step needs is checked before it by the procedure's guard. Never deleted.
 */
@Entity
@Table(name = "incident")
public class Incident {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private IncidentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(length = 24)
    private IncidentTrack track;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 24)
    private IncidentSource source;

    @Embedded
    private OfficerSnapshot officer;

    @Column(length = 32)
    private String platform;

    @Column(length = 2048)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(name = "act_type", length = 16)
    private ActType actType;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "in_office_hours")
    private Boolean inOfficeHours;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(name = "category_id")
    private Long categoryId;

    @Column(name = "declaration_id")
    private Long declarationId;

    @Column(name = "finding_id", updatable = false)
    private Long findingId;

    @ElementCollection
    @CollectionTable(name = "incident_provision", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "provision_id", nullable = false)
    private Set<Long> provisionIds = new LinkedHashSet<>();

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "received_by", nullable = false, updatable = false, length = 128)
    private String receivedBy;

    @Column(name = "status_since_on", nullable = false)
    private LocalDate statusSinceOn;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Column(name = "status_changed_by", nullable = false, length = 128)
    private String statusChangedBy;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    @Column(name = "status_due_on")
    private LocalDate statusDueOn;

    @Column(name = "hod_reported_on")
    private LocalDate hodReportedOn;

    @Column(name = "charge_text", length = 4000)
    private String chargeText;

    @Column(name = "charge_served_on")
    private LocalDate chargeServedOn;

    @Column(name = "charge_received_on")
    private LocalDate chargeReceivedOn;

    @Column(name = "representation_due_on")
    private LocalDate representationDueOn;

    @Column(name = "representation_received_on")
    private LocalDate representationReceivedOn;

    @Column(name = "authority_id")
    private Long authorityId;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_summary", length = 4000)
    private String decisionSummary;

    private Boolean acquitted;

    @ElementCollection
    @CollectionTable(name = "incident_punishment", joinColumns = @JoinColumn(name = "incident_id"))
    private List<PunishmentLine> punishments = new ArrayList<>();

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "notification_received_on")
    private LocalDate notificationReceivedOn;

    @Column(name = "appeal_due_on")
    private LocalDate appealDueOn;

    @Column(name = "appeal_received_on")
    private LocalDate appealReceivedOn;

    @Column(name = "appeal_forward_due_on")
    private LocalDate appealForwardDueOn;

    @Column(name = "appeal_forwarded_on")
    private LocalDate appealForwardedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome", length = 16)
    private AppealOutcome appealOutcome;

    @Column(name = "appeal_decided_on")
    private LocalDate appealDecidedOn;

    @Column(name = "closing_reason", length = 2000)
    private String closingReason;

    @Version
    private long version;

    protected Incident() {
    }

    public Incident(String reference, IncidentSource source, OfficerSnapshot officer, String summary,
            String receivedBy, Instant receivedAt, LocalDate receivedOn) {
        this.reference = reference;
        this.source = source;
        this.officer = officer;
        this.summary = summary;
        this.receivedBy = receivedBy;
        this.receivedAt = receivedAt;
        this.status = IncidentStatus.RECEIVED;
        this.statusSinceOn = receivedOn;
        this.statusChangedAt = receivedAt;
        this.statusChangedBy = receivedBy;
        this.lastChangedAt = receivedAt;
    }

    /** The case's reference, made from its id once it has one. */
    public void numbered(String reference) {
        this.reference = reference;
    }

    /**
     * Marks a change beside the case's own columns (an assignment, a side record, evidence) so that its version
     * moves and a concurrent edit made from an older page is refused.
     */
    public void touched(Instant at) {
        lastChangedAt = at;
    }

    /** What happened, where and when; {@code inOfficeHours} is worked out by the caller from the agency's hours. */
    public void describe(String platform, String url, ActType actType, Instant occurredAt, Boolean inOfficeHours) {
        this.platform = platform;
        this.url = url;
        this.actType = actType;
        this.occurredAt = occurredAt;
        this.inOfficeHours = inOfficeHours;
    }

    public void classify(Long categoryId, Set<Long> provisionIds) {
        this.categoryId = categoryId;
        this.provisionIds.clear();
        this.provisionIds.addAll(provisionIds);
    }

    public void linkDeclaration(Long declarationId) {
        this.declarationId = declarationId;
    }

    public void linkFinding(Long findingId) {
        this.findingId = findingId;
    }

    /** @throws IllegalStateException when the procedure does not allow it */
    public void moveTo(IncidentStatus next, LocalDate on, String by, Instant at) {
        if (!status.next().contains(next)) {
            throw new IllegalStateException("Case " + reference + " cannot go from " + status + " to " + next);
        }
        status = next;
        statusSinceOn = on;
        statusChangedBy = by;
        statusChangedAt = at;
        lastChangedAt = at;
    }

    /** The earliest deadline of the current status (statutory or service level), for lists and alerts. */
    public void dueOn(LocalDate due) {
        statusDueOn = due;
    }

    public void hodReported(LocalDate on) {
        hodReportedOn = on;
    }

    public void trackDetermined(IncidentTrack track, Long authorityId) {
        this.track = track;
        this.authorityId = authorityId;
    }

    public void charged(String text, LocalDate servedOn) {
        chargeText = text;
        chargeServedOn = servedOn;
    }

    public void chargeReceived(LocalDate receivedOn, LocalDate representationDue) {
        chargeReceivedOn = receivedOn;
        representationDueOn = representationDue;
    }

    public void representationReceived(LocalDate receivedOn) {
        representationReceivedOn = receivedOn;
    }

    /** The decision: no punishment is an acquittal. Replaces an earlier decision of a remitted case. */
    public void decided(LocalDate on, String summary, List<PunishmentLine> imposed) {
        decidedOn = on;
        decisionSummary = summary;
        punishments.removeIf(line -> line.getStage() == PunishmentLine.Stage.DECISION);
        punishments.addAll(imposed);
        acquitted = imposed.isEmpty();
    }

    public void notified(LocalDate on) {
        notifiedOn = on;
    }

    public void decisionReceived(LocalDate on, LocalDate appealDue) {
        notificationReceivedOn = on;
        appealDueOn = appealDue;
    }

    public void appealed(LocalDate receivedOn, LocalDate forwardDue) {
        appealReceivedOn = receivedOn;
        appealForwardDueOn = forwardDue;
    }

    public void appealDecided(AppealOutcome outcome, LocalDate on, LocalDate forwardedOn, List<PunishmentLine> lighter) {
        appealOutcome = outcome;
        appealDecidedOn = on;
        appealForwardedOn = forwardedOn;
        punishments.removeIf(line -> line.getStage() == PunishmentLine.Stage.APPEAL);
        punishments.addAll(lighter);
    }

    public void ended(String reason) {
        closingReason = reason;
    }

    /** The punishments that stand: the appeal board's when it lightened them, none when it reversed the decision. */
    public List<PunishmentLine> standingPunishments() {
        if (appealOutcome == AppealOutcome.REVERSE) {
            return List.of();
        }
        PunishmentLine.Stage stage = appealOutcome == AppealOutcome.LIGHTEN ? PunishmentLine.Stage.APPEAL
                : PunishmentLine.Stage.DECISION;
        return punishments.stream().filter(line -> line.getStage() == stage).toList();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public IncidentTrack getTrack() {
        return track;
    }

    public IncidentSource getSource() {
        return source;
    }

    public OfficerSnapshot getOfficer() {
        return officer;
    }

    public String getPlatform() {
        return platform;
    }

    public String getUrl() {
        return url;
    }

    public ActType getActType() {
        return actType;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Boolean getInOfficeHours() {
        return inOfficeHours;
    }

    public String getSummary() {
        return summary;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public Long getDeclarationId() {
        return declarationId;
    }

    public Long getFindingId() {
        return findingId;
    }

    public Set<Long> getProvisionIds() {
        return Set.copyOf(provisionIds);
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public LocalDate getStatusSinceOn() {
        return statusSinceOn;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public String getStatusChangedBy() {
        return statusChangedBy;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public LocalDate getStatusDueOn() {
        return statusDueOn;
    }

    public LocalDate getHodReportedOn() {
        return hodReportedOn;
    }

    public String getChargeText() {
        return chargeText;
    }

    public LocalDate getChargeServedOn() {
        return chargeServedOn;
    }

    public LocalDate getChargeReceivedOn() {
        return chargeReceivedOn;
    }

    public LocalDate getRepresentationDueOn() {
        return representationDueOn;
    }

    public LocalDate getRepresentationReceivedOn() {
        return representationReceivedOn;
    }

    public Long getAuthorityId() {
        return authorityId;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionSummary() {
        return decisionSummary;
    }

    public Boolean getAcquitted() {
        return acquitted;
    }

    public List<PunishmentLine> getPunishments() {
        return List.copyOf(punishments);
    }

    public LocalDate getNotifiedOn() {
        return notifiedOn;
    }

    public LocalDate getNotificationReceivedOn() {
        return notificationReceivedOn;
    }

    public LocalDate getAppealDueOn() {
        return appealDueOn;
    }

    public LocalDate getAppealReceivedOn() {
        return appealReceivedOn;
    }

    public LocalDate getAppealForwardDueOn() {
        return appealForwardDueOn;
    }

    public LocalDate getAppealForwardedOn() {
        return appealForwardedOn;
    }

    public AppealOutcome getAppealOutcome() {
        return appealOutcome;
    }

    public LocalDate getAppealDecidedOn() {
        return appealDecidedOn;
    }

    public String getClosingReason() {
        return closingReason;
    }

    public long getVersion() {
        return version;
    }
}

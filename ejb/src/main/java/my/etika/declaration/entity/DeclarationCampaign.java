package my.etika.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A declaration campaign ("Akuan Tahunan 2027"): a published policy version, an audience, the dates it opens and
 * is due, the days before the due date reminders go out, and how many days after it the supervisor is told.
 * Its audience is fixed at launch (one {@link Declaration} per officer) and kept current while it is open.
 */
@Entity
@Table(name = "declaration_campaign")
public class DeclarationCampaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 256)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policy_version_id", nullable = false)
    private PolicyVersion policyVersion;

    @Column(name = "audience_org_unit", length = 256)
    private String audienceOrgUnit;

    @Column(name = "audience_grade", length = 32)
    private String audienceGrade;

    @Column(name = "audience_service_group", length = 32)
    private String audienceServiceGroup;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    /** Days before the due date, e.g. "14,7,1". */
    @Column(name = "reminder_days", nullable = false, length = 64)
    private String reminderDays;

    @Column(name = "escalation_days", nullable = false)
    private int escalationDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CampaignStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "launched_at")
    private Instant launchedAt;

    @Column(name = "launched_by", length = 128)
    private String launchedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected DeclarationCampaign() {
    }

    public DeclarationCampaign(String name, PolicyVersion policyVersion, Audience audience, LocalDate opensOn,
            LocalDate dueOn, List<Integer> reminderDays, int escalationDays, Instant createdAt, String createdBy) {
        this.name = name;
        this.policyVersion = policyVersion;
        this.audienceOrgUnit = audience.orgUnit();
        this.audienceGrade = audience.grade();
        this.audienceServiceGroup = audience.serviceGroup();
        this.opensOn = opensOn;
        this.dueOn = dueOn;
        this.reminderDays = reminderDays.stream().distinct().sorted((a, b) -> b - a).map(String::valueOf)
                .collect(Collectors.joining(","));
        this.escalationDays = escalationDays;
        this.status = CampaignStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public void launch(Instant at, String by) {
        if (status != CampaignStatus.DRAFT) {
            throw new IllegalStateException("Campaign " + id + " is " + status);
        }
        status = CampaignStatus.OPEN;
        launchedAt = at;
        launchedBy = by;
    }

    public void close(Instant at) {
        status = CampaignStatus.CLOSED;
        closedAt = at;
    }

    /** A material new version of the policy: the open campaign asks for it from now on. */
    public void follow(PolicyVersion newer) {
        policyVersion = newer;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PolicyVersion getPolicyVersion() {
        return policyVersion;
    }

    public Audience audience() {
        return new Audience(audienceOrgUnit, audienceGrade, audienceServiceGroup);
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    /** Days before the due date a reminder goes out, largest first. */
    public List<Integer> reminderDays() {
        return reminderDays.isEmpty() ? List.of()
                : Arrays.stream(reminderDays.split(",")).map(Integer::valueOf).toList();
    }

    public int getEscalationDays() {
        return escalationDays;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getLaunchedAt() {
        return launchedAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public long getVersion() {
        return version;
    }
}

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

/**
 * One officer's declaration in one campaign: added at launch (or when the officer joined the audience later),
 * excluded with a reason when they leave it, reminded, escalated to the supervisor, signed.
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    /** Why an officer is in a campaign's audience. */
    public enum Added {
        LAUNCH, JOINED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private DeclarationCampaign campaign;

    @Column(name = "officer_id", nullable = false, updatable = false)
    private long officerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DeclarationStatus status;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "added_because", nullable = false, updatable = false, length = 16)
    private Added addedBecause;

    @Column(name = "excluded_at")
    private Instant excludedAt;

    @Column(name = "excluded_because", length = 64)
    private String excludedBecause;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminded_at")
    private Instant lastRemindedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Version
    private long version;

    protected Declaration() {
    }

    public Declaration(DeclarationCampaign campaign, long officerId, Added because, Instant at) {
        this.campaign = campaign;
        this.officerId = officerId;
        this.status = DeclarationStatus.PENDING;
        this.addedBecause = because;
        this.addedAt = at;
    }

    public void signed(Instant at) {
        status = DeclarationStatus.SIGNED;
        signedAt = at;
    }

    /** A material new version: the earlier signature stays on record, a new one is asked for. */
    public void askAgain() {
        if (status == DeclarationStatus.SIGNED) {
            status = DeclarationStatus.PENDING;
            remindersSent = 0;
            lastRemindedAt = null;
            escalatedAt = null;
        }
    }

    public void exclude(String because, Instant at) {
        status = DeclarationStatus.EXCLUDED;
        excludedBecause = because;
        excludedAt = at;
    }

    public void reminded(Instant at) {
        remindersSent++;
        lastRemindedAt = at;
    }

    public void escalated(Instant at) {
        escalatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public DeclarationCampaign getCampaign() {
        return campaign;
    }

    public long getOfficerId() {
        return officerId;
    }

    public DeclarationStatus getStatus() {
        return status;
    }

    public Instant getAddedAt() {
        return addedAt;
    }

    public Added getAddedBecause() {
        return addedBecause;
    }

    public String getExcludedBecause() {
        return excludedBecause;
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public long getVersion() {
        return version;
    }
}

package my.etika.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One audit event: who, when, what, before and after, from where and why, with its place in the chain. Written
 * once; every column is {@code updatable = false}.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, unique = true)
    private long position;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 128)
    private String actor;

    @Column(name = "actor_roles", updatable = false, length = 256)
    private String actorRoles;

    @Column(name = "source_ip", updatable = false, length = 64)
    private String sourceIp;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 128)
    private String entityId;

    @Column(nullable = false, updatable = false, length = 64)
    private String action;

    @Column(updatable = false, length = 2000)
    private String reason;

    @Column(name = "before_state", updatable = false, length = 1_000_000)
    private String before;

    @Column(name = "after_state", updatable = false, length = 1_000_000)
    private String after;

    @Column(updatable = false, length = 1_000_000)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, updatable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(long position, Instant occurredAt, String actor, String actorRoles, String sourceIp,
            String entityType, String entityId, String action, String reason, String before, String after,
            String details, String previousHash, String hash) {
        this.position = position;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRoles = actorRoles;
        this.sourceIp = sourceIp;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.reason = reason;
        this.before = before;
        this.after = after;
        this.details = details;
        this.previousHash = previousHash;
        this.hash = hash;
    }

    public Long getId() {
        return id;
    }

    public long getPosition() {
        return position;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getActorRoles() {
        return actorRoles;
    }

    public String getSourceIp() {
        return sourceIp;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public String getReason() {
        return reason;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getDetails() {
        return details;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}

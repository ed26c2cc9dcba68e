package my.etika.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A personal account a signing refused (official e-mail on it, or the agency's own official account declared as
 * personal), kept for the credential-hygiene work.
 */
@Entity
@Table(name = "declaration_refusal")
public class DeclarationRefusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "declaration_id", nullable = false, updatable = false)
    private long declarationId;

    @Column(name = "officer_id", nullable = false, updatable = false)
    private long officerId;

    @Column(nullable = false, updatable = false, length = 64)
    private String reason;

    @Column(updatable = false, length = 32)
    private String platform;

    @Column(updatable = false, length = 512)
    private String handle;

    @Column(name = "registered_email", updatable = false, length = 320)
    private String registeredEmail;

    @Column(name = "refused_at", nullable = false, updatable = false)
    private Instant refusedAt;

    protected DeclarationRefusal() {
    }

    public DeclarationRefusal(long declarationId, long officerId, String reason, DeclaredAccount account,
            Instant refusedAt) {
        this.declarationId = declarationId;
        this.officerId = officerId;
        this.reason = reason;
        this.platform = account.getPlatform();
        this.handle = account.getHandle();
        this.registeredEmail = account.getRegisteredEmail();
        this.refusedAt = refusedAt;
    }

    public Long getId() {
        return id;
    }

    public long getDeclarationId() {
        return declarationId;
    }

    public String getReason() {
        return reason;
    }

    public long getOfficerId() {
        return officerId;
    }

    public String getPlatform() {
        return platform;
    }

    public String getHandle() {
        return handle;
    }

    public String getRegisteredEmail() {
        return registeredEmail;
    }

    public Instant getRefusedAt() {
        return refusedAt;
    }
}

package my.etika.hygiene.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The keyed fingerprint of an official account's password, current or previous; never the password. */
@Entity
@Table(name = "official_password_fingerprint")
public class PasswordFingerprint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "official_account_id", nullable = false, updatable = false)
    private long officialAccountId;

    @Column(nullable = false, updatable = false, length = 128)
    private String fingerprint;

    @Column(name = "current_password", nullable = false)
    private boolean current;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 128)
    private String recordedBy;

    protected PasswordFingerprint() {
    }

    public PasswordFingerprint(long officialAccountId, String fingerprint, Instant recordedAt, String recordedBy) {
        this.officialAccountId = officialAccountId;
        this.fingerprint = fingerprint;
        this.current = true;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    /** A newer password replaced this one. */
    public void superseded() {
        current = false;
    }

    public long getOfficialAccountId() {
        return officialAccountId;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public boolean isCurrent() {
        return current;
    }
}

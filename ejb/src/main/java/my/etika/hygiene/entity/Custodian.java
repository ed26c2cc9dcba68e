package my.etika.hygiene.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An officer appointed to handle an official account, with a platform role of their own. */
@Entity
@Table(name = "official_account_custodian")
public class Custodian {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "official_account_id", nullable = false, updatable = false)
    private OfficialAccount account;

    @Column(name = "officer_id", nullable = false, updatable = false)
    private long officerId;

    @Column(name = "platform_role", nullable = false, length = 64)
    private String platformRole;

    /** The officer's org unit when appointed: a move elsewhere later means the credentials must be rotated. */
    @Column(name = "org_unit_at_appointment", updatable = false, length = 256)
    private String orgUnitAtAppointment;

    @Column(name = "appointed_at", nullable = false, updatable = false)
    private Instant appointedAt;

    @Column(name = "appointed_by", nullable = false, updatable = false, length = 128)
    private String appointedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected Custodian() {
    }

    Custodian(OfficialAccount account, long officerId, String platformRole, String orgUnitAtAppointment,
            Instant appointedAt, String appointedBy) {
        this.account = account;
        this.officerId = officerId;
        this.platformRole = platformRole;
        this.orgUnitAtAppointment = orgUnitAtAppointment;
        this.appointedAt = appointedAt;
        this.appointedBy = appointedBy;
    }

    public void end(Instant at) {
        if (endedAt == null) {
            endedAt = at;
        }
    }

    public boolean isActive() {
        return endedAt == null;
    }

    public Long getId() {
        return id;
    }

    public OfficialAccount getAccount() {
        return account;
    }

    public long getOfficerId() {
        return officerId;
    }

    public String getPlatformRole() {
        return platformRole;
    }

    public String getOrgUnitAtAppointment() {
        return orgUnitAtAppointment;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}

package my.etika.hygiene.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An official social-media account of the agency (owned by the agency, never by a person): where it is, the
 * e-mail its profile is registered with (which must be official), and its named custodians, each with access of
 * their own.
 */
@Entity
@Table(name = "official_account")
public class OfficialAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String platform;

    @Column(nullable = false, length = 512)
    private String handle;

    @Column(length = 1024)
    private String url;

    @Column(name = "profile_email", length = 320)
    private String profileEmail;

    @Column(name = "org_unit", length = 256)
    private String orgUnit;

    @Column(name = "shared_login", nullable = false)
    private boolean sharedLogin;

    @Column(name = "two_step_verification", nullable = false)
    private boolean twoStepVerification;

    @Column(name = "password_changed_on")
    private LocalDate passwordChangedOn;

    @Column(nullable = false)
    private boolean active;

    /** Appointing or releasing a custodian changes the account (its version), so stale edits are refused. */
    @Column(name = "custodians_changed_at")
    private Instant custodiansChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @OneToMany(mappedBy = "account", cascade = CascadeType.PERSIST)
    @OrderBy("appointedAt")
    private List<Custodian> custodians = new ArrayList<>();

    @Version
    private long version;

    protected OfficialAccount() {
    }

    public OfficialAccount(String platform, String handle, Instant createdAt, String createdBy) {
        this.platform = platform;
        this.handle = handle;
        this.active = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** What the register says about the account's profile and security. */
    public void describe(String url, String profileEmail, String orgUnit, boolean sharedLogin,
            boolean twoStepVerification, LocalDate passwordChangedOn, boolean active) {
        this.url = url;
        this.profileEmail = profileEmail;
        this.orgUnit = orgUnit;
        this.sharedLogin = sharedLogin;
        this.twoStepVerification = twoStepVerification;
        this.passwordChangedOn = passwordChangedOn;
        this.active = active;
    }

    public Custodian appoint(long officerId, String platformRole, String officerOrgUnit, Instant at, String by) {
        Custodian custodian = new Custodian(this, officerId, platformRole, officerOrgUnit, at, by);
        custodians.add(custodian);
        custodiansChangedAt = at;
        return custodian;
    }

    /** Ends a custodian's appointment. */
    public void release(Custodian custodian, Instant at) {
        custodian.end(at);
        custodiansChangedAt = at;
    }

    public void passwordChanged(LocalDate on) {
        passwordChangedOn = on;
    }

    public List<Custodian> activeCustodians() {
        return custodians.stream().filter(Custodian::isActive).toList();
    }

    public Long getId() {
        return id;
    }

    public String getPlatform() {
        return platform;
    }

    public String getHandle() {
        return handle;
    }

    public String getUrl() {
        return url;
    }

    public String getProfileEmail() {
        return profileEmail;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public boolean isSharedLogin() {
        return sharedLogin;
    }

    public boolean isTwoStepVerification() {
        return twoStepVerification;
    }

    public LocalDate getPasswordChangedOn() {
        return passwordChangedOn;
    }

    public boolean isActive() {
        return active;
    }

    public List<Custodian> getCustodians() {
        return List.copyOf(custodians);
    }

    public long getVersion() {
        return version;
    }
}

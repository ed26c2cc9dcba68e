package my.etika.officer.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A public officer known to Etika, keyed internally by a surrogate id and carrying the directory's stable id. */
@Entity
@Table(name = "officer")
@NamedQuery(name = Officer.BY_DIRECTORY_ID, query = "select o from Officer o where o.directoryId = :directoryId")
@NamedQuery(name = Officer.ACTIVE_BY_LOGIN,
        query = "select o from Officer o where o.login = :login and o.status = :status and o.deactivatedAt is null"
                + " order by o.lastLoginAt desc")
@NamedQuery(name = Officer.ACTIVE_BY_DN,
        query = "select o from Officer o where o.dnNormalized = :dn and o.deactivatedAt is null order by o.id")
@NamedQuery(name = Officer.COUNT_BY_STATUS, query = "select o.status, count(o) from Officer o group by o.status")
public class Officer {

    /** How precisely the last login is kept. */
    public static final Duration LOGIN_RESOLUTION = Duration.ofMinutes(5);

    public static final String BY_DIRECTORY_ID = "Officer.byDirectoryId";
    public static final String ACTIVE_BY_LOGIN = "Officer.activeByLogin";
    public static final String COUNT_BY_STATUS = "Officer.countByStatus";
    public static final String ACTIVE_BY_DN = "Officer.activeByDn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "directory_id", nullable = false, updatable = false, length = 64)
    private String directoryId;

    @Column(nullable = false, length = 128)
    private String login;

    @Column(name = "distinguished_name", nullable = false, length = 1024)
    private String distinguishedName;

    @Column(name = "full_name", nullable = false, length = 256)
    private String fullName;

    @Column(name = "official_email", length = 320)
    private String officialEmail;

    @Column(name = "employee_number", length = 64)
    private String employeeNumber;

    @Column(length = 32)
    private String grade;

    @Column(name = "grade_system", length = 8)
    private String gradeSystem;

    @Column(name = "service_scheme", length = 16)
    private String serviceScheme;

    @Column(name = "service_group", length = 32)
    private String serviceGroup;

    @Column(name = "position_title", length = 256)
    private String positionTitle;

    @Column(name = "position_code", length = 64)
    private String positionCode;

    @Column(name = "agency_code", length = 32)
    private String agencyCode;

    @Column(name = "org_unit", length = 256)
    private String orgUnit;

    @Column(name = "duty_station_state", length = 8)
    private String dutyStationState;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private OfficerStatus status;

    @Column(name = "supervisor_dn", length = 1024)
    private String supervisorDn;


    @Column(name = "first_seen_at", nullable = false, updatable = false)
    private Instant firstSeenAt;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    /** The profile's fingerprint: a reconcile compares it instead of the columns. */
    @Column(name = "profile_hash", length = 64)
    private String profileHash;

    @Column(name = "dn_normalized", length = 1024)
    private String dnNormalized;

    @Column(name = "name_search", length = 256)
    private String nameSearch;

    @Column(name = "supervisor_dn_normalized", length = 1024)
    private String supervisorDnNormalized;

    /** Set when the officer's entry left the directory; officers are never deleted. */
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Version
    private long version;

    protected Officer() {
    }

    /** A newly seen officer. */
    public Officer(OfficerProfile profile, Instant seenAt) {
        this.directoryId = profile.directoryId();
        this.firstSeenAt = seenAt;
        copy(profile);
        this.lastChangedAt = seenAt;
    }

    /**
     * Takes the directory's current view of this officer; an officer seen again in the directory is active again.
     *
     * @return whether anything changed (an unchanged officer must cause no write)
     */
    public boolean applyProfile(OfficerProfile profile, Instant seenAt) {
        if (!directoryId.equals(profile.directoryId())) {
            throw new IllegalArgumentException("Profile of directory id " + profile.directoryId()
                    + " applied to officer " + directoryId);
        }
        if (profile().equals(profile) && deactivatedAt == null) {
            return false;
        }
        copy(profile);
        deactivatedAt = null;
        lastChangedAt = seenAt;
        return true;
    }

    /**
     * Notes a login. A login within {@link #LOGIN_RESOLUTION} of the last recorded one writes nothing: API clients
     * send their credentials with every request, and a poll every second must not rewrite the officer's row.
     */
    public void recordLogin(Instant at) {
        if (lastLoginAt == null || !at.isBefore(lastLoginAt.plus(LOGIN_RESOLUTION))) {
            lastLoginAt = at;
        }
    }

    /** The directory's view of this officer as last stored. */
    public OfficerProfile profile() {
        return new OfficerProfile(directoryId, login, distinguishedName, fullName, officialEmail, employeeNumber,
                grade, gradeSystem, serviceScheme, serviceGroup, positionTitle, positionCode, agencyCode, orgUnit,
                dutyStationState, status, supervisorDn);
    }

    private void copy(OfficerProfile p) {
        login = p.login();
        distinguishedName = p.distinguishedName();
        fullName = p.fullName();
        officialEmail = p.officialEmail();
        employeeNumber = p.employeeNumber();
        grade = p.grade();
        gradeSystem = p.gradeSystem();
        serviceScheme = p.serviceScheme();
        serviceGroup = p.serviceGroup();
        positionTitle = p.positionTitle();
        positionCode = p.positionCode();
        agencyCode = p.agencyCode();
        orgUnit = p.orgUnit();
        dutyStationState = p.dutyStationState();
        status = p.status();
        supervisorDn = p.supervisorDn();
        profileHash = p.fingerprint();
        dnNormalized = p.normalizedDn();
        nameSearch = p.nameSearch();
        supervisorDnNormalized = OfficerProfile.normalizeDn(p.supervisorDn());
    }

    public Long getId() {
        return id;
    }

    public String getDirectoryId() {
        return directoryId;
    }

    public String getLogin() {
        return login;
    }

    public OfficerStatus getStatus() {
        return status;
    }

    public Instant getFirstSeenAt() {
        return firstSeenAt;
    }

    public Instant getLastChangedAt() {
        return lastChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public String getProfileHash() {
        return profileHash;
    }

    public Instant getDeactivatedAt() {
        return deactivatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Officer officer && directoryId != null && directoryId.equals(officer.directoryId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(directoryId);
    }
}

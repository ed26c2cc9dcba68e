package my.etika.officer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import my.etika.officer.entity.Officer;
import my.etika.officer.entity.OfficerProfile;
import my.etika.officer.entity.OfficerStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/** The registry of officers: records what the directory says and answers who an officer is. */
@Stateless
public class OfficerRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    /**
     * Stores the directory's view of an officer who just logged in: a new row the first time, an update only
     * when something changed, and the login time.
     */
    @PermitAll // called by the directory login, before any caller exists
    public void recordLogin(OfficerProfile profile) {
        Instant now = clock.instant();
        List<Officer> known = em.createNamedQuery(Officer.BY_DIRECTORY_ID, Officer.class)
                .setParameter("directoryId", profile.directoryId())
                .getResultList();
        Officer officer;
        if (known.isEmpty()) {
            officer = new Officer(profile, now);
            em.persist(officer);
        } else {
            officer = known.get(0);
            officer.applyProfile(profile, now);
        }
        officer.recordLogin(now);
    }

    /** The calling officer's own record. */
    @RolesAllowed(Roles.OFFICER)
    public OfficerRecord myRecord() {
        String login = session.getCallerPrincipal().getName();
        return em.createNamedQuery(Officer.ACTIVE_BY_LOGIN, Officer.class)
                .setParameter("login", login)
                .setParameter("status", OfficerStatus.ACTIVE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(officer -> toRecord(officer, em))
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.NOT_FOUND, "officer.notFound", login));
    }

    private static String supervisorName(Officer officer, EntityManager em) {
        return supervisorOf(officer, em).map(s -> s.profile().fullName()).orElse(null);
    }

    /** The officer's supervisor: the active officer at the DN the directory's {@code manager} names. */
    static Optional<Officer> supervisorOf(Officer officer, EntityManager em) {
        String dn = OfficerProfile.normalizeDn(officer.profile().supervisorDn());
        return dn == null ? Optional.empty()
                : em.createNamedQuery(Officer.ACTIVE_BY_DN, Officer.class).setParameter("dn", dn).setMaxResults(1)
                        .getResultStream().findFirst();
    }

    @RolesAllowed(Roles.ADMIN)
    public Map<OfficerStatus, Long> countByStatus() {
        Map<OfficerStatus, Long> counts = new EnumMap<>(OfficerStatus.class);
        em.createNamedQuery(Officer.COUNT_BY_STATUS, Object[].class).getResultList()
                .forEach(row -> counts.put((OfficerStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /**
     * An officer as the boundaries show them. Static, so that {@link OfficerSearch} calls it directly: a
     * package-private method called through the injected EJB proxy is refused ("Not a business method").
     */
    static OfficerRecord toRecord(Officer officer, EntityManager em) {
        OfficerProfile p = officer.profile();
        return new OfficerRecord(p.login(), p.fullName(), p.officialEmail(), p.employeeNumber(), p.grade(),
                p.gradeSystem(), p.serviceScheme(), p.serviceGroup(), p.positionTitle(), p.positionCode(),
                p.agencyCode(), p.orgUnit(), p.dutyStationState(), p.status().name(), supervisorName(officer, em),
                p.distinguishedName(), officer.getFirstSeenAt(), officer.getLastChangedAt(),
                officer.getLastLoginAt());
    }
}

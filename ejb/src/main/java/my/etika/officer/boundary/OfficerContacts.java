package my.etika.officer.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import my.etika.officer.entity.Officer;
import my.etika.officer.entity.OfficerProfile;
import my.etika.officer.entity.OfficerStatus;

/**
 * Officers as the other capabilities need them (declarations, reminders): by login, by id, and their supervisor.
 * Internal: its callers are boundaries that have checked their own caller, or jobs that have none.
 */
@Stateless
@PermitAll
public class OfficerContacts {

    @PersistenceContext
    EntityManager em;

    /** The active officer who logs in as {@code login}. */
    public Optional<OfficerContact> activeByLogin(String login) {
        return em.createNamedQuery(Officer.ACTIVE_BY_LOGIN, Officer.class)
                .setParameter("login", login)
                .setParameter("status", OfficerStatus.ACTIVE)
                .setMaxResults(1)
                .getResultStream().findFirst().map(OfficerContacts::contact);
    }

    /** Many officers in one query (a page of a list), by id. */
    public Map<Long, OfficerContact> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select o from Officer o where o.id in :ids", Officer.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(Officer::getId, OfficerContacts::contact));
    }

    public Optional<OfficerContact> byId(long id) {
        return Optional.ofNullable(em.find(Officer.class, id)).map(OfficerContacts::contact);
    }

    /** Everything the directory said of the officer at the last sync (a case keeps it as its snapshot). */
    public Optional<OfficerProfile> profile(long id) {
        return Optional.ofNullable(em.find(Officer.class, id)).map(Officer::profile);
    }

    /** Whether the officer is still in the directory and active (status ACTIVE). */
    public boolean isActive(long id) {
        Officer officer = em.find(Officer.class, id);
        return officer != null && officer.getDeactivatedAt() == null
                && officer.profile().status() == OfficerStatus.ACTIVE;
    }

    /** The officer's supervisor (the active officer at the directory's {@code manager} DN), if any. */
    public Optional<OfficerContact> supervisorOf(long id) {
        return Optional.ofNullable(em.find(Officer.class, id))
                .flatMap(o -> OfficerRegistry.supervisorOf(o, em)).map(OfficerContacts::contact);
    }

    static OfficerContact contact(Officer officer) {
        OfficerProfile p = officer.profile();
        return new OfficerContact(officer.getId(), p.login(), p.fullName(), p.officialEmail(), p.employeeNumber(),
                p.grade(), p.orgUnit(), p.dutyStationState());
    }
}

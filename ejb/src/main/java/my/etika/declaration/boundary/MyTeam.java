package my.etika.declaration.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;
import my.etika.platform.entity.UtcInstantConverter;

/**
 * A supervisor's view of the open campaigns: the declarations of the officers whose directory {@code manager} is
 * the caller, those not signed first. What a head of division sees of their own people, nothing more.
 */
@Stateless
@RolesAllowed(Roles.OFFICER)
public class MyTeam {

    private static final int MAX = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    OfficerContacts officers;

    @Resource
    SessionContext session;

    public List<TeamDeclaration> declarations() {
        String login = session.getCallerPrincipal().getName();
        long me = officers.activeByLogin(login).orElseThrow(
                () -> new BusinessException(BusinessException.Kind.NOT_FOUND, "officer.notFound", login)).id();
        List<?> rows = em.createNativeQuery("SELECT c.name, c.due_on, o.full_name, o.login, o.org_unit, d.status,"
                + " d.signed_at, d.reminders_sent FROM declaration d JOIN officer o ON o.id = d.officer_id"
                + " JOIN declaration_campaign c ON c.id = d.campaign_id JOIN officer s ON s.id = ?1"
                + " WHERE o.supervisor_dn_normalized = s.dn_normalized AND o.deactivated_at IS NULL"
                + " AND c.status = 'OPEN' AND d.status <> 'EXCLUDED'"
                + " ORDER BY c.due_on, CASE WHEN d.status = 'PENDING' THEN 0 ELSE 1 END, o.full_name")
                .setParameter(1, me).setMaxResults(MAX).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new TeamDeclaration((String) r[0],
                r[1] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) r[1], (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], UtcInstantConverter.fromDatabase(r[6]),
                ((Number) r[7]).intValue())).toList();
    }
}

package my.etika.declaration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which declaration an officer had signed for a year (the campaign opened that year), for a disciplinary case to link.
 * Internal: its callers have checked their own caller.
 */
@Stateless
@PermitAll
public class SignedDeclarations {

    @PersistenceContext
    EntityManager em;

    /** The officer's signed declaration of the campaign opened in that year (the latest, if several). */
    public Optional<Long> signedFor(long officerId, int year) {
        return em.createQuery("select d.id from Declaration d where d.officerId = :officer"
                + " and d.signedAt is not null and d.campaign.opensOn >= :from and d.campaign.opensOn < :to"
                + " order by d.campaign.opensOn desc, d.id desc", Long.class)
                .setParameter("officer", officerId)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .setMaxResults(1).getResultStream().findFirst();
    }
}

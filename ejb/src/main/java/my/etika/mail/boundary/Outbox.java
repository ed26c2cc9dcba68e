package my.etika.mail.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import my.etika.mail.entity.MailMessage;
import my.etika.platform.boundary.Roles;

/**
 * Mail leaves Etika through this outbox. A message is written in the caller's transaction, at most once per
 * reference (a rerun of a reminder job finds it and sends nothing twice), and sent later by
 * {@link my.etika.mail.control.MailDispatcher} when a mail session is configured; otherwise it stays here, where
 * ADMIN reads it (the embedded default).
 */
@Stateless
public class Outbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Queues a message unless one with this reference exists; tells whether it was queued. */
    @PermitAll // internal: called by jobs (no caller) and boundaries that already checked their caller
    public boolean send(String reference, String kind, String recipient, String subject, String body) {
        if (contains(reference)) {
            return false;
        }
        em.persist(new MailMessage(reference, kind, recipient, subject, body, clock.instant()));
        return true;
    }

    @PermitAll
    public boolean contains(String reference) {
        return !em.createQuery("select m.id from MailMessage m where m.reference = :reference", Long.class)
                .setParameter("reference", reference).setMaxResults(1).getResultList().isEmpty();
    }

    /** The newest messages first, for ADMIN's outbox page. */
    @RolesAllowed(Roles.ADMIN)
    public List<MailView> latest(String recipient, int first, int max) {
        String where = recipient == null || recipient.isBlank() ? "" : " where lower(m.recipient) = :recipient";
        var query = em.createQuery("select m from MailMessage m" + where + " order by m.id desc", MailMessage.class);
        if (!where.isEmpty()) {
            query.setParameter("recipient", recipient.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return query.setFirstResult(first).setMaxResults(Math.min(max, 200)).getResultStream()
                .map(MailView::of).toList();
    }
}

package my.etika.declaration.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import my.etika.declaration.entity.DeclarationRefusal;
import my.etika.declaration.entity.Signature;

/**
 * The personal accounts an officer stands by now, for credential hygiene: those of their latest signature, and
 * those refused since (an official e-mail, the agency's own account), which they tried to declare. Internal: read by
 * the hygiene evaluation.
 */
@Stateless
@PermitAll
public class DeclaredAccounts {

    @PersistenceContext
    EntityManager em;

    /** One account: where it was seen (a signature, or a refusal with its reason) and when. */
    public record Account(String platform, String handle, String registeredEmail, String refusal, Instant at) {
    }

    public List<Account> currentOf(long officerId) {
        List<Account> accounts = new ArrayList<>();
        Signature latest = em.createQuery("select s from Signature s where s.officerId = :o"
                + " order by s.signedAt desc, s.id desc", Signature.class).setParameter("o", officerId)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
        Instant since = Instant.EPOCH;
        if (latest != null) {
            since = latest.getSignedAt();
            latest.getAccounts().forEach(a -> accounts.add(new Account(a.getPlatform(), a.getHandle(),
                    a.getRegisteredEmail(), null, latest.getSignedAt())));
        }
        em.createQuery("select r from DeclarationRefusal r where r.officerId = :o and r.refusedAt > :since"
                + " order by r.refusedAt", DeclarationRefusal.class).setParameter("o", officerId)
                .setParameter("since", since).getResultStream()
                .forEach(r -> accounts.add(new Account(r.getPlatform(), r.getHandle(), r.getRegisteredEmail(),
                        r.getReason(), r.getRefusedAt())));
        return accounts;
    }

    /**
     * The officers who declared (or tried to declare) personal accounts and whose registry record changed at or
     * after the moment: a changed official address may turn a declared account into a breach.
     */
    public List<Long> declarersChangedSince(Instant since) {
        List<Long> ids = new ArrayList<>(em.createQuery("select distinct s.officerId from Signature s"
                + " where s.officerId in (select o.id from Officer o where o.lastChangedAt >= :since)", Long.class)
                .setParameter("since", since).getResultList());
        em.createQuery("select distinct r.officerId from DeclarationRefusal r"
                + " where r.officerId in (select o.id from Officer o where o.lastChangedAt >= :since)", Long.class)
                .setParameter("since", since).getResultStream().filter(id -> !ids.contains(id)).forEach(ids::add);
        return ids;
    }
}

package my.etika.discipline.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import my.etika.discipline.entity.Evidence;
import my.etika.discipline.entity.EvidenceCustody;

/**
 * Every night, each evidence file is read again and checked against its hash: a file altered or lost on disk is
 * flagged on its case (and logged) before anybody relies on it. A page of files per transaction keeps memory flat.
 */
@Stateless
@PermitAll
public class EvidenceSweep {

    private static final Logger LOG = Logger.getLogger(EvidenceSweep.class.getName());
    private static final int PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceStore store;

    @Inject
    Clock clock;

    @Inject
    EvidenceSweep self;

    @Schedule(hour = "2", minute = "30", persistent = false, info = "evidence integrity")
    void nightly() {
        long after = 0;
        int flagged = 0;
        while (true) {
            List<Long> page = em.createQuery("select e.id from Evidence e where e.id > :after order by e.id",
                    Long.class).setParameter("after", after).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            flagged += self.check(page);
            after = page.get(page.size() - 1);
        }
        if (flagged > 0) {
            LOG.warning(() -> "Evidence check: files altered or missing (see the cases' evidence lists)");
        }
    }

    /** Checks a page of files in a transaction of its own; returns how many are not intact. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public int check(List<Long> ids) {
        int flagged = 0;
        for (Long id : ids) {
            Evidence evidence = em.find(Evidence.class, id);
            Evidence.Integrity found = Evidence.Integrity.valueOf(
                    store.verify(evidence.getSha256(), evidence.getSize()).name());
            evidence.checked(found, clock.instant());
            em.persist(new EvidenceCustody(id, EvidenceCustody.Action.VERIFY, "system", null, found.name(),
                    clock.instant()));
            if (found != Evidence.Integrity.INTACT) {
                flagged++;
                LOG.warning("Evidence " + id + " of case " + evidence.getIncidentId() + " is " + found);
            }
        }
        return flagged;
    }
}

package my.etika.audit.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import my.etika.audit.boundary.ChainReport;

/**
 * Verifies the chain every night and keeps the last report for the verification screen (in memory: each server
 * checks on its own, and a restart shows none until the next night or a check on demand).
 */
@Singleton
@PermitAll // internal: the verification boundary checks its callers; the timer has none
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // the walk reads page by page, in no transaction
public class ChainWatch {

    private static final Logger LOG = Logger.getLogger(ChainWatch.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ChainTail tail;

    private volatile ChainReport lastScheduled;

    @Schedule(hour = "2", minute = "17", persistent = false)
    void daily() {
        try {
            lastScheduled = verify();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The audit chain could not be verified; tomorrow's check retries", e);
        }
    }

    /** Verifies the chain now; the server log says the result (an error when broken). */
    public ChainReport verify() {
        ChainReport report = new ChainVerifier(em, clock).verify(tail::underLock);
        log(report);
        return report;
    }

    public Optional<ChainReport> lastScheduled() {
        return Optional.ofNullable(lastScheduled);
    }

    static void log(ChainReport report) {
        if (report.intact()) {
            LOG.info(() -> "Audit chain intact: " + report.eventsChecked() + " events verified");
        } else {
            LOG.severe(() -> "AUDIT CHAIN BROKEN: " + report.kind() + " at position " + report.firstBrokenPosition()
                    + " (" + report.eventsChecked() + " events sound before it). The audit trail may have been "
                    + "tampered with; preserve the database and inform the auditors.");
        }
    }
}

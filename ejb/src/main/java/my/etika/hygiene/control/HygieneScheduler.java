package my.etika.hygiene.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import my.etika.hygiene.boundary.HygieneEvaluation;

/**
 * Evaluates the official accounts' register every hour: passwords age and custodians move between syncs too. The
 * evaluation is idempotent (a finding is raised once per breach).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class HygieneScheduler {

    private static final Logger LOG = Logger.getLogger(HygieneScheduler.class.getName());

    @Inject
    HygieneEvaluation evaluation;

    @Schedule(minute = "23", hour = "*", persistent = false)
    void hourly() {
        try {
            evaluation.evaluateOfficialAccounts();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hygiene evaluation of the official accounts failed; the next hour retries", e);
        }
    }
}

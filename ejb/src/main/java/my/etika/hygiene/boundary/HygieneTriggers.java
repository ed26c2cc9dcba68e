package my.etika.hygiene.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import my.etika.declaration.boundary.PersonalAccountsDeclared;
import my.etika.officer.boundary.RegistryChanged;

/**
 * Re-evaluates findings when what they rest on changes: an officer's declared accounts (once the declaration or
 * refusal is committed) and the registry after a directory sync. A failure here is logged, never the caller's.
 */
@ApplicationScoped
public class HygieneTriggers {

    private static final Logger LOG = Logger.getLogger(HygieneTriggers.class.getName());

    @Inject
    HygieneEvaluation evaluation;

    void accountsDeclared(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonalAccountsDeclared declared) {
        try {
            evaluation.evaluateOfficer(declared.officerId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hygiene evaluation of officer " + declared.officerId() + " failed", e);
        }
    }

    void registryChanged(@Observes RegistryChanged changed) {
        try {
            evaluation.evaluateOfficialAccounts();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hygiene evaluation after sync run " + changed.runId() + " failed", e);
        }
    }
}

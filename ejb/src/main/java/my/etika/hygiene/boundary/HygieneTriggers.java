package my.etika.hygiene.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import my.etika.declaration.boundary.DeclaredAccounts;
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

    @Inject
    DeclaredAccounts declared;

    void accountsDeclared(@Observes(during = TransactionPhase.AFTER_SUCCESS) PersonalAccountsDeclared declared) {
        try {
            evaluation.evaluateOfficer(declared.officerId());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hygiene evaluation of officer " + declared.officerId() + " failed", e);
        }
    }

    /** The register (custodians who left or moved), and rule 1 for declarers whose record the run changed. */
    void registryChanged(@Observes RegistryChanged changed) {
        try {
            evaluation.evaluateOfficialAccounts();
            for (long officerId : declared.declarersChangedSince(changed.startedAt())) {
                evaluation.evaluateOfficer(officerId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Hygiene evaluation after sync run " + changed.runId() + " failed", e);
        }
    }
}

package my.etika.hygiene.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import my.etika.hygiene.entity.Finding;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.FindingTransition;
import my.etika.hygiene.entity.HygieneRule;

/**
 * Reconciles what an evaluation sees with the findings on record, for some rules and a scope of subjects: a
 * breach seen for the first time (or again after its last finding was settled) raises a finding; one already
 * raised is left where it stands, marked as still seen; a finding whose breach is no longer seen is marked so. The
 * integrity unit verifies or reopens with that before it: the machine never closes or reopens a finding.
 */
public final class FindingLedger {

    /** Who the evaluation acts as in a finding's history. */
    public static final String EVALUATION = "etika";

    private final EntityManager em;
    private final Listener listener;

    /** Told of each finding the reconciliation raises or marks cleared (the audit trail). */
    public interface Listener {

        void raised(Finding finding);

        void cleared(Finding finding);
    }

    public FindingLedger(EntityManager em, Listener listener) {
        this.em = em;
        this.listener = listener;
    }

    /** A breach the evaluation sees. */
    public record Breach(HygieneRule rule, Long officerId, Long officialAccountId, String subjectKey,
            String evidence, String orgUnit) {

        String key() {
            return rule + "|" + subjectKey;
        }
    }

    /** What a reconciliation changed. */
    public record Outcome(int raised, int cleared) {
    }

    /**
     * @param rules      the rules evaluated
     * @param inScope    whether an unsettled finding belongs to the evaluated scope (e.g. one officer's)
     * @param seen       every breach the evaluation sees in that scope
     */
    public Outcome reconcile(Set<HygieneRule> rules, Predicate<Finding> inScope,
            List<Breach> seen, Instant now) {
        List<Finding> unsettled = em.createQuery("select f from Finding f where f.rule in :rules"
                + " and f.status not in :settled", Finding.class).setParameter("rules", rules)
                .setParameter("settled", List.of(FindingStatus.VERIFIED, FindingStatus.DISMISSED,
                        FindingStatus.ESCALATED))
                .getResultStream().filter(inScope).toList();
        Map<String, Finding> byKey = unsettled.stream().collect(Collectors.toMap(
                f -> f.getRule() + "|" + f.getSubjectKey(), f -> f, (a, b) -> a));
        Set<String> seenKeys = new HashSet<>();
        int raised = 0;
        for (Breach breach : seen) {
            if (!seenKeys.add(breach.key())) {
                continue;
            }
            Finding known = byKey.get(breach.key());
            if (known == null) {
                Finding finding = new Finding(breach.rule(), breach.officerId(), breach.officialAccountId(),
                        breach.subjectKey(), breach.evidence(), breach.orgUnit(), now);
                em.persist(finding);
                em.flush();
                em.persist(new FindingTransition(finding.getId(), null, FindingStatus.OPEN, now, EVALUATION,
                        breach.evidence()));
                listener.raised(finding);
                raised++;
            } else {
                known.conditionPresent();
            }
        }
        int cleared = 0;
        for (Finding finding : unsettled) {
            if (!seenKeys.contains(finding.getRule() + "|" + finding.getSubjectKey())
                    && finding.getConditionClearedAt() == null) {
                finding.conditionCleared(now);
                listener.cleared(finding);
                cleared++;
            }
        }
        return new Outcome(raised, cleared);
    }
}

package my.etika.hygiene.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import my.etika.hygiene.entity.Finding;
import my.etika.hygiene.entity.HygieneRule;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ledger tells its listener (the audit trail) of each finding it raises or marks cleared, once. */
class FindingLedgerTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");
    private static final Set<HygieneRule> RULES = EnumSet.of(HygieneRule.OFFICIAL_ACCOUNT_WITHOUT_CUSTODIAN);

    private JpaTestUnit unit;

    @AfterEach
    void stop() {
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void eachRaisedAndClearedFindingIsToldOnce(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        Recording told = new Recording();
        List<FindingLedger.Breach> two = List.of(breach("a"), breach("b"), breach("a"));

        FindingLedger.Outcome first = reconcile(told, two);
        FindingLedger.Outcome again = reconcile(told, two);

        assertThat(first.raised()).isEqualTo(2);
        assertThat(again.raised()).isZero();
        assertThat(told.raised).hasSize(2).doesNotContainNull();
        assertThat(told.cleared).isEmpty();

        reconcile(told, List.of(breach("a")));
        reconcile(told, List.of(breach("a")));

        assertThat(told.cleared).hasSize(1);
        assertThat(told.raised).hasSize(2);
    }

    private FindingLedger.Outcome reconcile(Recording told, List<FindingLedger.Breach> seen) {
        return unit.inTransaction(em -> new FindingLedger(em, told).reconcile(RULES, f -> true, seen, NOW));
    }

    private static FindingLedger.Breach breach(String handle) {
        return new FindingLedger.Breach(HygieneRule.OFFICIAL_ACCOUNT_WITHOUT_CUSTODIAN, null, null,
                "account:" + handle, "facebook " + handle + " has no custodian", "Unit Dasar");
    }

    /** The ids of the findings told, so that each is known to have been stored first. */
    private static final class Recording implements FindingLedger.Listener {
        final List<Long> raised = new ArrayList<>();
        final List<Long> cleared = new ArrayList<>();

        @Override
        public void raised(Finding finding) {
            raised.add(finding.getId());
        }

        @Override
        public void cleared(Finding finding) {
            cleared.add(finding.getId());
        }
    }
}

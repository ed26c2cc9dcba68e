package my.etika.export.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import my.etika.declaration.entity.DeclarationStatus;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.export.entity.ExportKind;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.HygieneRule;
import org.junit.jupiter.api.Test;

class ExportFiltersTest {

    private static final LocalDate FROM = LocalDate.parse("2026-03-01");
    private static final LocalDate TO = LocalDate.parse("2026-03-31");

    @Test
    void eachKindTakesItsOwnFilters() {
        ExportFilters incidents = new ExportFilters(FROM, TO, "Bahagian Integriti", 7L, "MEDIA_SOSIAL", "CLOSED",
                "PUNISHED");
        ExportFilters declarations = filters(FROM, TO, "Bahagian Integriti", "SIGNED", "SIGNED_LATE", 3L, null);
        ExportFilters findings = filters(FROM, TO, "Bahagian Integriti", "ESCALATED", null, null, "SHARED_LOGIN");

        assertThat(incidents.check(ExportKind.INCIDENTS)).isSameAs(incidents);
        assertThat(declarations.check(ExportKind.DECLARATIONS)).isSameAs(declarations);
        assertThat(findings.check(ExportKind.FINDINGS)).isSameAs(findings);
        for (ExportKind kind : ExportKind.values()) {
            ExportFilters shared = filters(FROM, TO, "Bahagian Integriti", null, null, null, null);
            assertThat(shared.check(kind)).as(kind.toString()).isSameAs(shared);
            assertThat(ExportFilters.none().check(kind)).isEqualTo(ExportFilters.none());
        }
    }

    @Test
    void eachKindTakesEveryValueOfItsOwnStatusesOutcomesAndRules() {
        for (IncidentStatus status : IncidentStatus.values()) {
            filters(null, null, null, status.name(), null, null, null).check(ExportKind.INCIDENTS);
        }
        for (String outcome : ExportFilters.OUTCOMES) {
            filters(null, null, null, null, outcome, null, null).check(ExportKind.INCIDENTS);
        }
        for (DeclarationStatus status : DeclarationStatus.values()) {
            filters(null, null, null, status.name(), null, null, null).check(ExportKind.DECLARATIONS);
        }
        for (String compliance : ExportFilters.COMPLIANCE) {
            filters(null, null, null, null, compliance, null, null).check(ExportKind.DECLARATIONS);
        }
        for (FindingStatus status : FindingStatus.values()) {
            filters(null, null, null, status.name(), null, null, null).check(ExportKind.FINDINGS);
        }
        for (HygieneRule rule : HygieneRule.values()) {
            filters(null, null, null, null, null, null, rule.name()).check(ExportKind.FINDINGS);
        }
    }

    @Test
    void aFilterAKindDoesNotTakeIsRefusedAndNamed() {
        refused(ExportKind.INCIDENTS, new ExportFilters(null, null, null, null, null, null, null, 3L, null),
                "campaignId");
        refused(ExportKind.INCIDENTS, filters(null, null, null, null, null, null, "SHARED_LOGIN"), "ruleCode");
        refused(ExportKind.DECLARATIONS, new ExportFilters(null, null, null, 7L, null, null, null), "provisionId");
        refused(ExportKind.DECLARATIONS, new ExportFilters(null, null, null, null, "MEDIA_SOSIAL", null, null),
                "categoryCode");
        refused(ExportKind.DECLARATIONS, filters(null, null, null, null, null, null, "SHARED_LOGIN"), "ruleCode");
        refused(ExportKind.FINDINGS, new ExportFilters(null, null, null, 7L, null, null, null), "provisionId");
        refused(ExportKind.FINDINGS, new ExportFilters(null, null, null, null, "MEDIA_SOSIAL", null, null),
                "categoryCode");
        refused(ExportKind.FINDINGS, filters(null, null, null, null, null, 3L, null), "campaignId");
        refused(ExportKind.FINDINGS, filters(null, null, null, null, "PUNISHED", null, null), "outcome");
        refused(ExportKind.FINDINGS, filters(null, null, null, null, "SIGNED_LATE", null, null), "outcome");
    }

    @Test
    void aValueAKindDoesNotKnowIsRefusedAndTheFilterNamed() {
        refused(ExportKind.INCIDENTS, status("SIGNED"), "status");
        refused(ExportKind.INCIDENTS, status("OPEN"), "status");
        refused(ExportKind.INCIDENTS, outcome("OVERDUE"), "outcome");
        refused(ExportKind.INCIDENTS, outcome("CLOSED"), "outcome");
        refused(ExportKind.DECLARATIONS, status("CLOSED"), "status");
        refused(ExportKind.DECLARATIONS, status("OPEN"), "status");
        refused(ExportKind.DECLARATIONS, outcome("PUNISHED"), "outcome");
        refused(ExportKind.DECLARATIONS, outcome("SIGNED"), "outcome");
        refused(ExportKind.FINDINGS, status("PENDING"), "status");
        refused(ExportKind.FINDINGS, status("CLOSED"), "status");
        refused(ExportKind.FINDINGS, filters(null, null, null, null, null, null, "NO_SUCH_RULE"), "ruleCode");
        refused(ExportKind.FINDINGS, filters(null, null, null, null, null, null, "HIGH"), "ruleCode");
    }

    @Test
    void caseAndBlanksAreNormalised() {
        ExportFilters filters = new ExportFilters(null, null, "  Bahagian Integriti ", null, "  ", " signed ",
                "signed_late", null, " ");

        assertThat(filters.orgUnit()).isEqualTo("Bahagian Integriti");
        assertThat(filters.categoryCode()).isNull();
        assertThat(filters.status()).isEqualTo("SIGNED");
        assertThat(filters.outcome()).isEqualTo("SIGNED_LATE");
        assertThat(filters.ruleCode()).isNull();
        assertThat(filters.check(ExportKind.DECLARATIONS)).isSameAs(filters);
        assertThat(filters(null, null, null, "Escalated", null, null, "shared_login").check(ExportKind.FINDINGS))
                .extracting(ExportFilters::status, ExportFilters::ruleCode).containsExactly("ESCALATED",
                        "SHARED_LOGIN");
        assertThat(new ExportFilters(null, null, "\t", null, "", "", "  ", null, "")).isEqualTo(ExportFilters.none());
        assertThat(filters(null, null, null, "", " ", null, "").check(ExportKind.FINDINGS)).isEqualTo(ExportFilters
                .none());
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefusedAndOneDayIsTaken() {
        assertThatIllegalArgumentException().isThrownBy(() -> filters(TO, FROM, null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> filters(FROM, FROM.minusDays(1), null, null, null, null,
                null));
        assertThat(filters(FROM, FROM, null, null, null, null, null).to()).isEqualTo(FROM);
        assertThat(filters(null, FROM, null, null, null, null, null).from()).isNull();
        assertThat(filters(TO, null, null, null, null, null, null).to()).isNull();
    }

    @Test
    void givenListsOnlyWhatWasGivenInItsOrder() {
        assertThat(ExportFilters.none().given()).isEmpty();
        assertThat(new ExportFilters(null, null, " ", null, "", " ", "", null, null).given()).isEmpty();
        assertThat(filters(FROM, null, null, null, "overdue", 3L, null).given()).containsExactly(entry("from",
                "2026-03-01"), entry("campaignId", 3L), entry("outcome", "OVERDUE"));
        assertThat(new ExportFilters(FROM, TO, " Bahagian Integriti ", 7L, "MEDIA_SOSIAL", "closed", "punished")
                .given()).containsExactly(entry("from", "2026-03-01"), entry("to", "2026-03-31"), entry("orgUnit",
                        "Bahagian Integriti"), entry("provisionId", 7L), entry("categoryCode", "MEDIA_SOSIAL"),
                        entry("status", "CLOSED"), entry("outcome", "PUNISHED"));
        assertThat(filters(null, TO, null, "open", null, null, "shared_login").given()).containsExactly(entry("to",
                "2026-03-31"), entry("ruleCode", "SHARED_LOGIN"), entry("status", "OPEN"));
    }

    @Test
    void theRowSourceOfAKindIsPickedAfterItsFiltersAreChecked() {
        LocalDate today = LocalDate.parse("2026-05-15");

        assertThat(RowSources.of(ExportKind.INCIDENTS, ExportFilters.none(), null, today))
                .isInstanceOf(IncidentRowSource.class);
        assertThat(RowSources.of(ExportKind.DECLARATIONS, ExportFilters.none(), null, today))
                .isInstanceOf(DeclarationRowSource.class);
        RowSource findings = RowSources.of(ExportKind.FINDINGS, status("open"), new Pseudonyms(new byte[32]), today);
        assertThat(findings).isInstanceOf(FindingRowSource.class);
        assertThat(findings.masked()).isTrue();
        assertThat(findings.filters().status()).isEqualTo("OPEN");
        assertThatIllegalArgumentException().isThrownBy(() -> RowSources.of(ExportKind.FINDINGS, outcome("OVERDUE"),
                null, today)).withMessageContaining("outcome");
        assertThatIllegalArgumentException().isThrownBy(() -> RowSources.of(ExportKind.DECLARATIONS, outcome(
                "PUNISHED"), null, today)).withMessageContaining("outcome");
    }

    private static void refused(ExportKind kind, ExportFilters filters, String filter) {
        assertThatIllegalArgumentException().as(kind + " " + filters).isThrownBy(() -> filters.check(kind))
                .withMessageContaining(filter);
    }

    private static ExportFilters status(String status) {
        return filters(null, null, null, status, null, null, null);
    }

    private static ExportFilters outcome(String outcome) {
        return filters(null, null, null, null, outcome, null, null);
    }

    private static ExportFilters filters(LocalDate from, LocalDate to, String orgUnit, String status, String outcome,
            Long campaignId, String ruleCode) {
        return new ExportFilters(from, to, orgUnit, null, null, status, outcome, campaignId, ruleCode);
    }
}

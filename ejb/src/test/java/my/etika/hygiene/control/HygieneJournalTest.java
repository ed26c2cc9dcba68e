package my.etika.hygiene.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import my.etika.audit.boundary.AuditEntry;
import my.etika.hygiene.entity.Finding;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.HygieneRule;
import org.junit.jupiter.api.Test;

/** What the audit trail is told of a finding's steps and of a password check. */
class HygieneJournalTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void aStepKeepsTheStatusBeforeAndAfterAndTheReason() {
        Finding finding = finding();
        finding.moveTo(FindingStatus.ACKNOWLEDGED, "aisyah", null, NOW);
        finding.moveTo(FindingStatus.REMEDIATED, "aisyah", "Removed the address", NOW);

        AuditEntry entry = HygieneJournal.step(finding, FindingStatus.ACKNOWLEDGED, "Removed the address");

        assertThat(entry.entityType()).isEqualTo("Finding");
        assertThat(entry.action()).isEqualTo("TRANSITION");
        assertThat(entry.reason()).isEqualTo("Removed the address");
        assertThat(entry.before()).isEqualTo("{\"status\":\"ACKNOWLEDGED\"}");
        assertThat(entry.after()).isEqualTo("{\"status\":\"REMEDIATED\"}");
        assertThat(entry.details()).isEqualTo("OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT");
    }

    @Test
    void anEscalationNamesTheCase() {
        Finding finding = finding();
        finding.escalatedInto(42);
        finding.moveTo(FindingStatus.ESCALATED, "demo.integriti", "Repeated", NOW);

        AuditEntry entry = HygieneJournal.step(finding, FindingStatus.OPEN, "Repeated");

        assertThat(entry.action()).isEqualTo("ESCALATE");
        assertThat(entry.after()).isEqualTo("{\"incidentId\":42,\"status\":\"ESCALATED\"}");
    }

    @Test
    void aRaisedFindingIsCreatedWithItsRuleAndEvidence() {
        AuditEntry entry = HygieneJournal.raise(finding());

        assertThat(entry.action()).isEqualTo("CREATE");
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).contains("\"rule\":\"OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT\"", "\"status\":\"OPEN\"",
                "\"officerId\":7", "\"evidence\":\"facebook aisyah <aisyah@agensi.gov.my>\"");
    }

    @Test
    void aPasswordCheckKeepsItsResultOnly() {
        assertThat(HygieneJournal.passwordCheck(3, true, true).details())
                .isEqualTo("{\"recorded\":true,\"result\":\"PASSED\"}");
        AuditEntry failed = HygieneJournal.passwordCheck(3, false, false);
        assertThat(failed.details()).isEqualTo("{\"recorded\":false,\"result\":\"FAILED\"}");
        assertThat(failed.entityId()).isEqualTo("3");
        assertThat(failed.action()).isEqualTo("PASSWORD_CHECK");
        assertThat(failed.before()).isNull();
        assertThat(failed.after()).isNull();
    }

    private static Finding finding() {
        return new Finding(HygieneRule.OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT, 7L, null, "officer:7:facebook:aisyah",
                "facebook aisyah <aisyah@agensi.gov.my>", "Unit Dasar", NOW);
    }
}

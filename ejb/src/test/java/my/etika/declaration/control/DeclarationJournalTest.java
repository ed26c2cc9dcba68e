package my.etika.declaration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import my.etika.audit.boundary.AuditEntry;
import my.etika.declaration.entity.Audience;
import my.etika.declaration.entity.Declaration;
import my.etika.declaration.entity.DeclarationCampaign;
import my.etika.declaration.entity.DeclarationRefusal;
import my.etika.declaration.entity.DeclaredAccount;
import my.etika.declaration.entity.Policy;
import my.etika.declaration.entity.PolicyVersion;
import my.etika.declaration.entity.Signature;
import org.junit.jupiter.api.Test;

/** A signature's audit event keeps what proves it (hash, code, accounts) and nothing secret; a refusal says why. */
class DeclarationJournalTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void aSignatureKeepsTheTextHashTheCodeAndTheAccounts() {
        PolicyVersion version = new PolicyVersion(new Policy("AKUAN", "Akuan", "Declaration", NOW), 1, "Teks", "Text",
                List.of(), LocalDate.of(2027, 1, 1), false, NOW, "demo.hr");
        version.addRule("R1", "Peraturan satu", "Rule one");
        version.publish(NOW, "demo.hr");
        DeclarationCampaign campaign = new DeclarationCampaign("Akuan 2027", version, Audience.everyone(),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 12, 31), List.of(7), 3, NOW, "demo.hr");
        Declaration declaration = new Declaration(campaign, 7, Declaration.Added.LAUNCH, NOW);
        Signature signature = new Signature(declaration, version, "ms", "ab".repeat(32), List.of("R1"),
                List.of(new DeclaredAccount("facebook", "aisyah.rahman", "aisyah@gmail.com")), NOW, "10.0.0.9",
                "JUnit", "ETK-00000-00000-00000-00001");
        declaration.signed(NOW);

        AuditEntry entry = DeclarationJournal.signing(declaration, signature);

        assertThat(entry.entityType()).isEqualTo("Declaration");
        assertThat(entry.action()).isEqualTo("SIGN");
        assertThat(entry.before()).isEqualTo("{\"status\":\"PENDING\"}");
        assertThat(entry.after()).contains("\"status\":\"SIGNED\"", "\"textSha256\":\"" + "ab".repeat(32) + "\"",
                "\"verificationCode\":\"ETK-00000-00000-00000-00001\"", "\"attestedRules\":[\"R1\"]",
                "\"handle\":\"aisyah.rahman\"");
        assertThat(entry.after()).doesNotContainIgnoringCase("password");
    }

    @Test
    void aRefusalNamesTheDeclarationAndTheReason() {
        DeclarationRefusal refusal = new DeclarationRefusal(12, 7, "OFFICIAL_EMAIL",
                new DeclaredAccount("facebook", "aisyah", "aisyah@agensi.gov.my"), NOW);

        AuditEntry entry = DeclarationJournal.refusal(refusal);

        assertThat(entry.entityId()).isEqualTo("12");
        assertThat(entry.action()).isEqualTo("REFUSE");
        assertThat(entry.reason()).isEqualTo("OFFICIAL_EMAIL");
        assertThat(entry.details()).contains("\"registeredEmail\":\"aisyah@agensi.gov.my\"");
    }
}

package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import my.etika.audit.boundary.AuditEntry;
import org.junit.jupiter.api.Test;

/** A login's audit event: the login tried, the channel and the reason of a refusal, whatever was typed. */
class LoginAuditTest {

    @Test
    void anAcceptedLoginNamesItsChannel() {
        AuditEntry entry = LoginAudit.accepted("demo.pegawai", "SCREEN");

        assertThat(entry.entityType()).isEqualTo("Login");
        assertThat(entry.entityId()).isEqualTo("demo.pegawai");
        assertThat(entry.action()).isEqualTo("LOGIN");
        assertThat(entry.details()).isEqualTo("{\"channel\":\"SCREEN\"}");
    }

    @Test
    void aRefusalKeepsTheLoginTriedAndWhy() {
        AuditEntry entry = LoginAudit.refused("tiada.pegawai", "API", "UNKNOWN_USER");

        assertThat(entry.action()).isEqualTo("LOGIN_FAILED");
        assertThat(entry.entityId()).isEqualTo("tiada.pegawai");
        assertThat(entry.details()).isEqualTo("{\"channel\":\"API\",\"reason\":\"UNKNOWN_USER\"}");
    }

    @Test
    void anythingTypedIsRecordedCutToTheIdsLength() {
        String longLogin = "a".repeat(127) + "\uD83D\uDE00" + "b".repeat(50);

        AuditEntry entry = LoginAudit.refused(longLogin, "API", "UNKNOWN_USER");

        assertThat(entry.entityId()).isEqualTo("a".repeat(127));
        assertThat(LoginAudit.refused("  ", "SCREEN", "UNKNOWN_USER").entityId()).isNull();
        assertThat(LoginAudit.actorOf(" ")).isEqualTo("-");
        assertThat(LoginAudit.actorOf("x")).isEqualTo("x");
    }
}

package my.etika.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An entry the trail cannot keep whole is refused, so that the caller's change fails with it. */
class AuditEntryTest {

    @Test
    void typeAndActionAreRequired() {
        assertThatThrownBy(() -> AuditEntry.event(" ", 1, AuditAction.READ, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entityType");
        assertThatThrownBy(() -> AuditEntry.event("Case", 1, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
    }

    @Test
    void tooLongIsRefusedNotCut() {
        assertThatThrownBy(() -> AuditEntry.change("Finding", 1, AuditAction.UPDATE, "r".repeat(2001), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reason");
        assertThatThrownBy(() -> AuditEntry.event("Finding", "i".repeat(129), AuditAction.READ, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("entityId");
    }

    @Test
    void idsBecomeText() {
        assertThat(AuditEntry.change("Finding", 42L, AuditAction.UPDATE, null, "{}", "{}").entityId()).isEqualTo("42");
        assertThat(AuditEntry.event("Export", null, AuditAction.EXPORT, "{}").entityId()).isNull();
    }
}

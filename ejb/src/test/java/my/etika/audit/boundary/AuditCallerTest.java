package my.etika.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** How the trail names its caller: roles in a stable order, timers as "system". */
class AuditCallerTest {

    @Test
    void rolesAreListedMostGeneralFirstWhateverTheirOrder() {
        assertThat(AuditOrigin.roles(Set.of("ADMIN", "OFFICER", "AUDITOR")::contains)).isEqualTo("OFFICER,AUDITOR,ADMIN");
        assertThat(AuditOrigin.roles(role -> false)).isNull();
    }

    @Test
    void anUnauthenticatedCallerIsNobody() {
        assertThat(AuditTrail.isAnonymous("anonymous")).isTrue();
        assertThat(AuditTrail.isAnonymous("ANONYMOUS")).isTrue();
        assertThat(AuditTrail.isAnonymous(null)).isTrue();
        assertThat(AuditTrail.isAnonymous("demo.juruaudit")).isFalse();
    }

    @Test
    void anOriginIsEmptyUntilTheRequestFillsIt() {
        AuditOrigin origin = new AuditOrigin();
        assertThat(origin.isFilled()).isFalse();

        origin.fill("10.1.2.3", "OFFICER");

        assertThat(origin.isFilled()).isTrue();
        assertThat(origin.getSourceIp()).isEqualTo("10.1.2.3");
        assertThat(origin.getRoles()).isEqualTo("OFFICER");
    }
}

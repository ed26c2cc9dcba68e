package my.etika.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import my.etika.platform.boundary.BusinessException;
import org.junit.jupiter.api.Test;

/** Periods of Malaysian days (UTC+8), and the API's from/to. */
class AuditPeriodTest {

    @Test
    void aMalaysianDayStartsAtFourPmUtcTheDayBefore() {
        LocalDate day = LocalDate.of(2026, 12, 1);

        assertThat(AuditPeriod.startOf(day)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(AuditPeriod.endOf(day)).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(AuditPeriod.startOf(null)).isNull();
        assertThat(AuditPeriod.endOf(null)).isNull();
    }

    @Test
    void theApiTakesDatesAsWholeDaysAndInstantsAsThemselves() {
        assertThat(AuditPeriod.from("2026-12-01")).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(AuditPeriod.to("2026-12-01")).isEqualTo(Instant.parse("2026-12-01T16:00:00Z"));
        assertThat(AuditPeriod.from(" 2026-12-01T02:30:00Z ")).isEqualTo(Instant.parse("2026-12-01T02:30:00Z"));
        assertThat(AuditPeriod.to("")).isNull();
    }

    @Test
    void anythingElseIsRefusedWithItsText() {
        assertThatThrownBy(() -> AuditPeriod.from("01/12/2026")).isInstanceOf(BusinessException.class)
                .satisfies(e -> {
                    BusinessException refused = (BusinessException) e;
                    assertThat(refused.messageKey()).isEqualTo("audit.invalidTime");
                    assertThat(refused.kind()).isEqualTo(BusinessException.Kind.INVALID);
                    assertThat(refused.arguments()).containsExactly("01/12/2026");
                });
        assertThatThrownBy(() -> AuditPeriod.to("2026-13-01")).isInstanceOf(BusinessException.class);
    }
}

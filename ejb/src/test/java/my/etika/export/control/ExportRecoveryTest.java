package my.etika.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import my.etika.audit.boundary.AuditJson;
import org.junit.jupiter.api.Test;

class ExportRecoveryTest {

    @Test
    void theFiltersAJobRecordedAreTheFiltersItIsStartedAgainWith() {
        ExportFilters asked = new ExportFilters(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30"),
                "Bahagian Integriti", 42L, null, "pending", "overdue", 7L, null);

        ExportFilters again = ExportRecovery.filters(AuditJson.of(asked.given()));

        assertThat(again).isEqualTo(asked);
        assertThat(ExportRecovery.filters("{}")).isEqualTo(ExportFilters.none());
        assertThat(ExportRecovery.filters(null)).isEqualTo(ExportFilters.none());
    }
}

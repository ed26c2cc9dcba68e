package my.etika.calendar.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import my.etika.audit.boundary.AuditEntry;
import my.etika.calendar.entity.HolidayKind;
import my.etika.calendar.entity.PublicHoliday;
import org.junit.jupiter.api.Test;

/** A holiday's audit events: what was added, what was withdrawn and why, an import's counts. */
class HolidayAuditTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void aWithdrawalKeepsTheHolidayTheReasonAndTheChange() {
        PublicHoliday holiday = new PublicHoliday("MY-02", LocalDate.of(2027, 3, 1), "Cuti Peristiwa", "Special Holiday",
                HolidayKind.AD_HOC, "Warta", NOW, "demo.pentadbir");
        holiday.withdraw(NOW, "demo.pentadbir", "Dibatalkan");

        AuditEntry entry = HolidayAudit.withdrawn(holiday);

        assertThat(entry.entityType()).isEqualTo("PublicHoliday");
        assertThat(entry.action()).isEqualTo("WITHDRAW");
        assertThat(entry.reason()).isEqualTo("Dibatalkan");
        assertThat(entry.before()).contains("\"withdrawn\":false", "\"state\":\"MY-02\"", "\"date\":\"2027-03-01\"");
        assertThat(entry.after()).contains("\"withdrawn\":true", "\"withdrawnAt\":\"2026-12-03T02:00:00Z\"");
    }

    @Test
    void anImportKeepsItsCountsPerState() {
        Map<String, Integer> perState = new TreeMap<>(Map.of("MY-01", 2, "MY-02", 3));

        AuditEntry entry = HolidayAudit.imported(4, 5, perState);

        assertThat(entry.action()).isEqualTo("IMPORT");
        assertThat(entry.entityId()).isNull();
        assertThat(entry.details()).isEqualTo("{\"added\":5,\"perState\":{\"MY-01\":2,\"MY-02\":3},\"rows\":4}");
    }
}

package my.etika.discipline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import my.etika.audit.boundary.AuditEntry;
import org.junit.jupiter.api.Test;

/** Reference data's audit events carry the views' states, nested values included, with the reason of a change. */
class ReferenceAuditTest {

    record Validity(LocalDate effectiveFrom, LocalDate effectiveTo) {
    }

    record View(long id, String code, List<String> provisions, Validity validity) {
    }

    @Test
    void aRevisionKeepsBothVersionsAndItsReason() {
        View before = new View(1, "CAT", List.of("P1"), new Validity(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 5, 31)));
        View after = new View(2, "CAT", List.of("P1", "P2"), new Validity(LocalDate.of(2026, 6, 1), null));

        AuditEntry entry = ReferenceAudit.revised("MisconductCategory", 1, "Pekeliling baharu", before, after);

        assertThat(entry.action()).isEqualTo("REVISE");
        assertThat(entry.reason()).isEqualTo("Pekeliling baharu");
        assertThat(entry.before()).isEqualTo("{\"code\":\"CAT\",\"id\":1,\"provisions\":[\"P1\"],"
                + "\"validity\":{\"effectiveFrom\":\"2026-01-01\",\"effectiveTo\":\"2026-05-31\"}}");
        assertThat(entry.after()).contains("\"id\":2", "\"effectiveTo\":null", "[\"P1\",\"P2\"]");
    }

    @Test
    void anAdditionHasNoBefore() {
        AuditEntry entry = ReferenceAudit.added("RegulationProvision", 5, new View(5, "X", List.of(), null));

        assertThat(entry.action()).isEqualTo("CREATE");
        assertThat(entry.before()).isNull();
        assertThat(entry.after()).isEqualTo("{\"code\":\"X\",\"id\":5,\"provisions\":[],\"validity\":null}");
    }
}

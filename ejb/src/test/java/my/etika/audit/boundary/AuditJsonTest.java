package my.etika.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** States as JSON: keys in a stable order at every level, values typed, text escaped. */
class AuditJsonTest {

    @Test
    void keysAreSortedWhateverTheMapsOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("status", "OPEN");
        one.put("handle", "@jkdm");
        one.put("active", true);
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("active", true);
        other.put("status", "OPEN");
        other.put("handle", "@jkdm");

        assertThat(AuditJson.of(one)).isEqualTo(AuditJson.of(other))
                .isEqualTo("{\"active\":true,\"handle\":\"@jkdm\",\"status\":\"OPEN\"}");
    }

    @Test
    void valuesKeepTheirTypesAndNestedMapsAreSortedToo() {
        Map<String, Object> state = new HashMap<>();
        state.put("version", 3L);
        state.put("ratio", new BigDecimal("2.50"));
        state.put("at", Instant.parse("2026-11-23T02:00:00Z"));
        state.put("status", Thread.State.NEW);
        state.put("missing", null);
        state.put("custodians", List.of(Map.of("z", 1, "a", 2), "x"));
        state.put("tags", new String[] {"b", "a"});
        state.put("nan", Double.NaN);

        assertThat(AuditJson.of(state)).isEqualTo("{\"at\":\"2026-11-23T02:00:00Z\","
                + "\"custodians\":[{\"a\":2,\"z\":1},\"x\"],\"missing\":null,\"nan\":\"NaN\",\"ratio\":2.50,"
                + "\"status\":\"NEW\",\"tags\":[\"b\",\"a\"],\"version\":3}");
    }

    @Test
    void textIsEscaped() {
        assertThat(AuditJson.of(Map.of("reason", "kata \"laluan\"\nbaru \\ é")))
                .isEqualTo("{\"reason\":\"kata \\\"laluan\\\"\\nbaru \\\\ é\"}");
    }

    @Test
    void nullMapIsNoStateAndNullKeysAreRefused() {
        assertThat(AuditJson.of(null)).isNull();
        Map<String, Object> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        assertThatThrownBy(() -> AuditJson.of(nullKey)).isInstanceOf(NullPointerException.class);
        assertThat(Arrays.asList(AuditJson.of(Map.of()))).containsExactly("{}");
    }
}

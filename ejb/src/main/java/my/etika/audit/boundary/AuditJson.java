package my.etika.audit.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Builds the before and after states of an audit entry from a map: a JSON object with its keys in alphabetical
 * order at every level, whatever the map's own order, so the same state is always the same text. Strings, numbers
 * and booleans stay themselves; maps are objects, collections and arrays are arrays, null is null; anything else
 * (enums, instants, dates, NaN…) is its {@code toString()}.
 */
public final class AuditJson {

    private AuditJson() {
    }

    public static String of(Map<String, ?> values) {
        return values == null ? null : object(values).build().toString();
    }

    private static JsonObjectBuilder object(Map<?, ?> values) {
        Map<String, Object> sorted = new TreeMap<>();
        values.forEach((key, value) -> sorted.put(Objects.requireNonNull(key, "a state key").toString(), value));
        JsonObjectBuilder object = Json.createObjectBuilder();
        sorted.forEach((key, value) -> object.add(key, value(value)));
        return object;
    }

    private static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return Json.createValue(big);
        }
        if (value instanceof BigDecimal decimal) {
            return Json.createValue(decimal);
        }
        if (value instanceof Number number && Double.isFinite(number.doubleValue())) {
            return Json.createValue(number.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            return object(map).build();
        }
        if (value instanceof Iterable<?> items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(item -> array.add(value(item)));
            return array.build();
        }
        if (value instanceof Object[] items) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            for (Object item : items) {
                array.add(value(item));
            }
            return array.build();
        }
        return Json.createValue(value.toString());
    }
}

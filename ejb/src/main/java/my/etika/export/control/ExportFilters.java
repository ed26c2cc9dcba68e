package my.etika.export.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import my.etika.discipline.entity.IncidentStatus;

/**
 * The filters of an export; null means any. Dates are days in Malaysia, both included, applied to when a case
 * was received.
 *
 * @param outcome PENDING (not decided yet), PUNISHED (a punishment stands), ACQUITTED (acquitted, or the appeal
 *                reversed the decision), NO_CASE or WITHDRAWN
 */
public record ExportFilters(LocalDate from, LocalDate to, String orgUnit, Long provisionId, String categoryCode,
        String status, String outcome) {

    public static final Set<String> OUTCOMES = Set.of("PENDING", "PUNISHED", "ACQUITTED", "NO_CASE", "WITHDRAWN");

    public ExportFilters {
        orgUnit = blankToNull(orgUnit);
        categoryCode = blankToNull(categoryCode);
        status = upper(status);
        outcome = upper(outcome);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
        if (status != null) {
            IncidentStatus.valueOf(status); // an unknown status is refused, not silently matched by nothing
        }
        if (outcome != null && !OUTCOMES.contains(outcome)) {
            throw new IllegalArgumentException("Unknown outcome " + outcome);
        }
    }

    public static ExportFilters none() {
        return new ExportFilters(null, null, null, null, null, null, null);
    }

    /** The filters given, for the manifest and the audit trail. */
    public Map<String, Object> given() {
        Map<String, Object> given = new LinkedHashMap<>();
        put(given, "from", from);
        put(given, "to", to);
        put(given, "orgUnit", orgUnit);
        put(given, "provisionId", provisionId);
        put(given, "categoryCode", categoryCode);
        put(given, "status", status);
        put(given, "outcome", outcome);
        return given;
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value instanceof LocalDate date ? date.toString() : value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        String text = blankToNull(value);
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }
}

package my.etika.export.control;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import my.etika.declaration.entity.DeclarationStatus;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.export.entity.ExportKind;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.HygieneRule;

/**
 * The filters of an export; null means any. Dates are days in Malaysia, both included, applied to when a case was
 * received (incidents), to a campaign's due date (declarations) or to when a finding was raised (findings). Which
 * filters a kind takes, and which values, is {@link #check}'s business: a filter a kind does not know is refused,
 * never silently ignored, so that a manifest never claims a selection that was not made.
 *
 * @param outcome    incidents: PENDING (not decided yet), PUNISHED (a punishment stands), ACQUITTED (acquitted, or
 *                   the appeal reversed the decision), NO_CASE or WITHDRAWN; declarations: see
 *                   {@link #COMPLIANCE}
 * @param campaignId declarations: one campaign
 * @param ruleCode   findings: one hygiene rule
 */
public record ExportFilters(LocalDate from, LocalDate to, String orgUnit, Long provisionId, String categoryCode,
        String status, String outcome, Long campaignId, String ruleCode) {

    public static final Set<String> OUTCOMES = Set.of("PENDING", "PUNISHED", "ACQUITTED", "NO_CASE", "WITHDRAWN");

    /**
     * A declaration's compliance: SIGNED_ON_TIME, SIGNED_LATE (after the due date, Malaysian day), OVERDUE (not
     * signed, the due date passed), NOT_YET_DUE, EXCLUDED (left the audience).
     */
    public static final Set<String> COMPLIANCE = Set.of("SIGNED_ON_TIME", "SIGNED_LATE", "OVERDUE", "NOT_YET_DUE",
            "EXCLUDED");

    public ExportFilters {
        orgUnit = blankToNull(orgUnit);
        categoryCode = upper(categoryCode);
        status = upper(status);
        outcome = upper(outcome);
        ruleCode = upper(ruleCode);
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The period ends before it starts");
        }
    }

    /** The incidents' filters. */
    public ExportFilters(LocalDate from, LocalDate to, String orgUnit, Long provisionId, String categoryCode,
            String status, String outcome) {
        this(from, to, orgUnit, provisionId, categoryCode, status, outcome, null, null);
    }

    public static ExportFilters none() {
        return new ExportFilters(null, null, null, null, null, null, null, null, null);
    }

    /**
     * Refuses a filter {@code kind} does not take, and a value it does not know.
     *
     * @return these filters
     * @throws IllegalArgumentException naming the filter
     */
    public ExportFilters check(ExportKind kind) {
        switch (kind) {
            case INCIDENTS -> {
                only(kind, campaignId == null, "campaignId");
                only(kind, ruleCode == null, "ruleCode");
                known(kind, IncidentStatus.class, "status", status);
                known(kind, OUTCOMES, "outcome", outcome);
            }
            case DECLARATIONS -> {
                only(kind, provisionId == null, "provisionId");
                only(kind, categoryCode == null, "categoryCode");
                only(kind, ruleCode == null, "ruleCode");
                known(kind, DeclarationStatus.class, "status", status);
                known(kind, COMPLIANCE, "outcome", outcome);
            }
            case FINDINGS -> {
                only(kind, provisionId == null, "provisionId");
                only(kind, categoryCode == null, "categoryCode");
                only(kind, campaignId == null, "campaignId");
                only(kind, outcome == null, "outcome");
                known(kind, FindingStatus.class, "status", status);
                known(kind, HygieneRule.class, "ruleCode", ruleCode);
            }
        }
        return this;
    }

    /** The filters given, for the manifest and the audit trail. */
    public Map<String, Object> given() {
        Map<String, Object> given = new LinkedHashMap<>();
        put(given, "from", from);
        put(given, "to", to);
        put(given, "orgUnit", orgUnit);
        put(given, "provisionId", provisionId);
        put(given, "categoryCode", categoryCode);
        put(given, "campaignId", campaignId);
        put(given, "ruleCode", ruleCode);
        put(given, "status", status);
        put(given, "outcome", outcome);
        return given;
    }

    private static void only(ExportKind kind, boolean absent, String filter) {
        if (!absent) {
            throw new IllegalArgumentException(kind + " exports take no " + filter + " filter");
        }
    }

    private static <E extends Enum<E>> void known(ExportKind kind, Class<E> type, String filter, String value) {
        Set<String> names = new HashSet<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        known(kind, names, filter, value);
    }

    /** An unknown value is refused, not silently matched by nothing. */
    private static void known(ExportKind kind, Set<String> values, String filter, String value) {
        if (value != null && !values.contains(value)) {
            throw new IllegalArgumentException(kind + " exports know no " + filter + " " + value);
        }
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

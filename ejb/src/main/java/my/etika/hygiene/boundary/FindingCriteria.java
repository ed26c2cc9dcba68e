package my.etika.hygiene.boundary;

import java.util.Locale;

/**
 * What the findings list asks for.
 *
 * @param rule      a {@link my.etika.hygiene.entity.HygieneRule} name, or null
 * @param status    a {@link my.etika.hygiene.entity.FindingStatus} name, or null for the unsettled ones
 * @param orgUnit   an org unit, exactly, or null
 * @param olderThanDays only findings raised more than this many days ago (0: any age)
 */
public record FindingCriteria(String rule, String status, String orgUnit, int olderThanDays) {

    public FindingCriteria {
        rule = blankToNull(rule);
        status = blankToNull(status);
        orgUnit = orgUnit == null || orgUnit.isBlank() ? null : orgUnit.strip();
        olderThanDays = Math.max(0, olderThanDays);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}

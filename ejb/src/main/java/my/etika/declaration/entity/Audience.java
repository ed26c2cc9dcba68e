package my.etika.declaration.entity;

import java.io.Serializable;

/**
 * Who a campaign is for: every active officer, narrowed by any of org unit, grade and service group (exact
 * values; a null criterion does not narrow).
 */
public record Audience(String orgUnit, String grade, String serviceGroup) implements Serializable {

    public Audience {
        orgUnit = blankToNull(orgUnit);
        grade = blankToNull(grade);
        serviceGroup = blankToNull(serviceGroup);
    }

    public static Audience everyone() {
        return new Audience(null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

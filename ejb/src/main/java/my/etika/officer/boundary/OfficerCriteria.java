package my.etika.officer.boundary;

import java.util.Locale;
import java.util.Set;

/**
 * What the officers table asks for.
 *
 * @param text    the beginning of a name, login, employee number or e-mail (case-insensitive)
 * @param orgUnit an org unit name, exactly
 * @param status  an {@link my.etika.officer.entity.OfficerStatus} name, or {@code DEACTIVATED} for officers
 *                whose entry has left the directory
 * @param sort    {@code fullName}, {@code login}, {@code employeeNumber}, {@code grade}, {@code orgUnit},
 *                {@code status} or {@code lastChangedAt}
 */
public record OfficerCriteria(String text, String orgUnit, String status, String sort, boolean ascending) {

    public static final String DEACTIVATED = "DEACTIVATED";
    static final Set<String> SORTABLE = Set.of("fullName", "login", "employeeNumber", "grade", "orgUnit", "status",
            "lastChangedAt");

    public OfficerCriteria {
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        orgUnit = orgUnit == null || orgUnit.isBlank() ? null : orgUnit.strip();
        status = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        sort = sort == null || !SORTABLE.contains(sort) ? "fullName" : sort;
    }

    public static OfficerCriteria all() {
        return new OfficerCriteria(null, null, null, null, true);
    }
}

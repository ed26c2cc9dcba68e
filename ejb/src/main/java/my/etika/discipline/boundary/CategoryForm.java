package my.etika.discipline.boundary;

import java.util.List;

/** The content of a new misconduct category or of a category's next version. */
public record CategoryForm(String nameMs, String nameEn, String source, List<String> defaultProvisionCodes,
        String note) {
}

package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A kind of misconduct as an agency's rules name it (JKDM SOP 7.1…, political activity, credential sharing),
 * with the provisions a case of it usually alleges: suggestions, by provision code.
 */
@Entity
@Table(name = "misconduct_category")
public class MisconductCategory extends ReferenceRow {

    private static final String SEPARATOR = ",";

    @Column(name = "name_ms", nullable = false, updatable = false, length = 1000)
    private String nameMs;

    @Column(name = "name_en", nullable = false, updatable = false, length = 1000)
    private String nameEn;

    /** The clause of the agency's SOP or guideline it comes from. */
    @Column(updatable = false, length = 512)
    private String source;

    @Column(name = "default_provision_codes", updatable = false, length = 2000)
    private String defaultProvisionCodes;

    protected MisconductCategory() {
    }

    public MisconductCategory(String code, LocalDate effectiveFrom, Instant createdAt, String createdBy) {
        super(code, effectiveFrom, createdAt, createdBy);
    }

    /** The next version of this category, from the given day, with this one's content until described anew. */
    public MisconductCategory successor(LocalDate effectiveFrom, String reason, Instant at, String by) {
        MisconductCategory next = new MisconductCategory(getCode(), effectiveFrom, at, by);
        next.follow(this, reason);
        next.describe(nameMs, nameEn, source, getDefaultProvisionCodes());
        return next;
    }

    /** The content of a version not yet stored. */
    public MisconductCategory describe(String nameMs, String nameEn, String source,
            List<String> defaultProvisionCodes) {
        requireNew();
        if (defaultProvisionCodes.stream().anyMatch(c -> c.contains(SEPARATOR))) {
            throw new IllegalArgumentException("A provision code has no comma: " + defaultProvisionCodes);
        }
        this.nameMs = nameMs;
        this.nameEn = nameEn;
        this.source = source;
        this.defaultProvisionCodes = defaultProvisionCodes.isEmpty() ? null
                : String.join(SEPARATOR, defaultProvisionCodes);
        return this;
    }

    public String getNameMs() {
        return nameMs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getSource() {
        return source;
    }

    /** The codes of the provisions suggested for a case of this category, possibly none. */
    public List<String> getDefaultProvisionCodes() {
        return defaultProvisionCodes == null || defaultProvisionCodes.isBlank() ? List.of()
                : Arrays.stream(defaultProvisionCodes.split(SEPARATOR)).map(String::strip).toList();
    }
}

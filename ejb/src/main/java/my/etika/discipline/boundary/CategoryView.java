package my.etika.discipline.boundary;

import java.util.List;
import my.etika.discipline.entity.MisconductCategory;

/** One version of a misconduct category and the provisions suggested for it (codes, possibly none). */
public record CategoryView(long id, String code, String nameMs, String nameEn, String source,
        List<String> defaultProvisionCodes, String note, Validity validity, long version) {

    static CategoryView of(MisconductCategory c) {
        return new CategoryView(c.getId(), c.getCode(), c.getNameMs(), c.getNameEn(), c.getSource(),
                c.getDefaultProvisionCodes(), c.getNote(), Validity.of(c), c.getVersion());
    }
}

package my.etika.discipline.boundary;

import java.time.LocalDate;
import my.etika.discipline.entity.Circular;

/** A circular, letter, guideline or agency SOP. */
public record CircularView(long id, String code, String reference, LocalDate issuedOn, String issuer, String title,
        String url, String note, Validity validity, long version) {

    static CircularView of(Circular c) {
        return new CircularView(c.getId(), c.getCode(), c.getReference(), c.getIssuedOn(), c.getIssuer(),
                c.getTitle(), c.getUrl(), c.getNote(), Validity.of(c), c.getVersion());
    }
}

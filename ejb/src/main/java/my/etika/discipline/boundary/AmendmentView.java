package my.etika.discipline.boundary;

import java.time.LocalDate;
import my.etika.discipline.entity.Amendment;

/** An amending instrument and the provisions it changes. */
public record AmendmentView(long id, String code, String instrumentCode, String reference, LocalDate inForceFrom,
        String provisionsChanged, String sourceUrl, String note, Validity validity, long version) {

    static AmendmentView of(Amendment a) {
        return new AmendmentView(a.getId(), a.getCode(), a.getInstrument().getCode(), a.getReference(),
                a.getInForceFrom(), a.getProvisionsChanged(), a.getSourceUrl(), a.getNote(), Validity.of(a),
                a.getVersion());
    }
}

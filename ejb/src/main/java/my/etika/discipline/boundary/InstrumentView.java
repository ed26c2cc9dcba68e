package my.etika.discipline.boundary;

import java.time.LocalDate;
import my.etika.discipline.entity.RegulationInstrument;

/** A conduct and discipline instrument (federal or a state's). */
public record InstrumentView(long id, String code, String titleMs, String titleEn, String jurisdiction,
        String gazetteReference, LocalDate inForceFrom, String sourceUrl, String note, Validity validity,
        long version) {

    static InstrumentView of(RegulationInstrument i) {
        return new InstrumentView(i.getId(), i.getCode(), i.getTitleMs(), i.getTitleEn(), i.getJurisdiction(),
                i.getGazetteReference(), i.getInForceFrom(), i.getSourceUrl(), i.getNote(), Validity.of(i),
                i.getVersion());
    }
}

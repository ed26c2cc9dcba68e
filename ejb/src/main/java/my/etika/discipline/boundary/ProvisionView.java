package my.etika.discipline.boundary;

import my.etika.discipline.entity.RegulationProvision;

/**
 * One version of a provision. {@code wordingVerified}: the Malay text is quoted from a cited source; otherwise
 * only the English gloss (Etika's) can be relied on. {@code correspondsToCode} names the provision of another
 * instrument it corresponds to (Pahang 24 → {@code PUA395-1993:19}).
 */
public record ProvisionView(long id, String code, String instrumentCode, String jurisdiction, String numberLabel,
        String heading, String textMs, String glossEn, boolean wordingVerified, boolean socialMedia,
        String correspondsToCode, String sourceUrl, String note, Validity validity, long version) {

    static ProvisionView of(RegulationProvision p) {
        return new ProvisionView(p.getId(), p.getCode(), p.getInstrument().getCode(),
                p.getInstrument().getJurisdiction(), p.getNumberLabel(), p.getHeading(), p.getTextMs(),
                p.getGlossEn(), p.isWordingVerified(), p.isSocialMedia(), p.getCorrespondsToCode(), p.getSourceUrl(),
                p.getNote(), Validity.of(p), p.getVersion());
    }
}

package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A provision of an instrument as printed ({@code 19(1)(d)}), with its Malay wording where a cited source gives
 * it ({@link #isWordingVerified()}), an English gloss, and the provision of another instrument it corresponds to
 * (Pahang 24 → federal 19), named by code so that it follows that provision's revisions. The code is the
 * instrument's code and the label: {@code PUA395-1993:19(1)(d)}.
 */
@Entity
@Table(name = "regulation_provision")
public class RegulationProvision extends ReferenceRow {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false, updatable = false)
    private RegulationInstrument instrument;

    @Column(name = "number_label", nullable = false, updatable = false, length = 32)
    private String numberLabel;

    @Column(updatable = false, length = 256)
    private String heading;

    @Column(name = "text_ms", updatable = false, length = 4000)
    private String textMs;

    @Column(name = "gloss_en", updatable = false, length = 4000)
    private String glossEn;

    @Column(name = "wording_verified", nullable = false, updatable = false)
    private boolean wordingVerified;

    @Column(name = "social_media", nullable = false, updatable = false)
    private boolean socialMedia;

    @Column(name = "corresponds_to_code", updatable = false, length = 64)
    private String correspondsToCode;

    @Column(name = "source_url", updatable = false, length = 1024)
    private String sourceUrl;

    protected RegulationProvision() {
    }

    public RegulationProvision(RegulationInstrument instrument, String numberLabel, LocalDate effectiveFrom,
            Instant createdAt, String createdBy) {
        super(codeOf(instrument.getCode(), numberLabel), effectiveFrom, createdAt, createdBy);
        this.instrument = instrument;
        this.numberLabel = numberLabel;
    }

    /** The code of the provision with this label in that instrument. */
    public static String codeOf(String instrumentCode, String numberLabel) {
        return instrumentCode + ":" + numberLabel;
    }

    /** The next version of this provision, from the given day, with this one's content until described anew. */
    public RegulationProvision successor(LocalDate effectiveFrom, String reason, Instant at, String by) {
        RegulationProvision next = new RegulationProvision(instrument, numberLabel, effectiveFrom, at, by);
        next.follow(this, reason);
        next.describe(heading, textMs, glossEn, wordingVerified, socialMedia, correspondsToCode, sourceUrl);
        return next;
    }

    /** The content of a version not yet stored. */
    public void describe(String heading, String textMs, String glossEn, boolean wordingVerified,
            boolean socialMedia, String correspondsToCode, String sourceUrl) {
        requireNew();
        this.heading = heading;
        this.textMs = textMs;
        this.glossEn = glossEn;
        this.wordingVerified = wordingVerified;
        this.socialMedia = socialMedia;
        this.correspondsToCode = correspondsToCode;
        this.sourceUrl = sourceUrl;
    }

    public RegulationInstrument getInstrument() {
        return instrument;
    }

    public String getNumberLabel() {
        return numberLabel;
    }

    public String getHeading() {
        return heading;
    }

    public String getTextMs() {
        return textMs;
    }

    public String getGlossEn() {
        return glossEn;
    }

    public boolean isWordingVerified() {
        return wordingVerified;
    }

    public boolean isSocialMedia() {
        return socialMedia;
    }

    public String getCorrespondsToCode() {
        return correspondsToCode;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }
}

package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A gazetted instrument of conduct and discipline: the federal P.U.(A) 395/1993, its companion on the boards, or a
 * state's own version (which numbers its regulations differently).
 */
@Entity
@Table(name = "regulation_instrument")
public class RegulationInstrument extends ReferenceRow {

    /** The jurisdiction of federal instruments; states are {@code MY-01} … {@code MY-16}. */
    public static final String FEDERAL = "FEDERAL";

    @Column(name = "title_ms", nullable = false, updatable = false, length = 512)
    private String titleMs;

    @Column(name = "title_en", nullable = false, updatable = false, length = 512)
    private String titleEn;

    @Column(nullable = false, updatable = false, length = 16)
    private String jurisdiction;

    @Column(name = "gazette_reference", nullable = false, updatable = false, length = 128)
    private String gazetteReference;

    @Column(name = "in_force_from", updatable = false)
    private LocalDate inForceFrom;

    @Column(name = "source_url", updatable = false, length = 1024)
    private String sourceUrl;

    protected RegulationInstrument() {
    }

    public RegulationInstrument(String code, String titleMs, String titleEn, String jurisdiction,
            String gazetteReference, LocalDate inForceFrom, String sourceUrl, LocalDate effectiveFrom,
            Instant createdAt, String createdBy) {
        super(code, effectiveFrom, createdAt, createdBy);
        this.titleMs = titleMs;
        this.titleEn = titleEn;
        this.jurisdiction = jurisdiction;
        this.gazetteReference = gazetteReference;
        this.inForceFrom = inForceFrom;
        this.sourceUrl = sourceUrl;
    }

    public String getTitleMs() {
        return titleMs;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public String getGazetteReference() {
        return gazetteReference;
    }

    /** When the instrument came into force; {@code null} where the sources do not say. */
    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }
}

package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** An amending instrument (P.U.(A) 252/2015…) and the provisions it changes, as a text list. */
@Entity
@Table(name = "regulation_amendment")
public class Amendment extends ReferenceRow {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false, updatable = false)
    private RegulationInstrument instrument;

    @Column(nullable = false, updatable = false, length = 128)
    private String reference;

    @Column(name = "in_force_from", updatable = false)
    private LocalDate inForceFrom;

    @Column(name = "provisions_changed", nullable = false, updatable = false, length = 1000)
    private String provisionsChanged;

    @Column(name = "source_url", updatable = false, length = 1024)
    private String sourceUrl;

    protected Amendment() {
    }

    public Amendment(String code, RegulationInstrument instrument, String reference, LocalDate inForceFrom,
            String provisionsChanged, String sourceUrl, LocalDate effectiveFrom, Instant createdAt,
            String createdBy) {
        super(code, effectiveFrom, createdAt, createdBy);
        this.instrument = instrument;
        this.reference = reference;
        this.inForceFrom = inForceFrom;
        this.provisionsChanged = provisionsChanged;
        this.sourceUrl = sourceUrl;
    }

    /** The instrument amended. */
    public RegulationInstrument getInstrument() {
        return instrument;
    }

    public String getReference() {
        return reference;
    }

    /** When the amendment came (or is deemed to have come) into force; {@code null} where unknown. */
    public LocalDate getInForceFrom() {
        return inForceFrom;
    }

    public String getProvisionsChanged() {
        return provisionsChanged;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }
}

package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A disciplinary authority, board or appeal board, the service group it hears, and the instrument behind it. */
@Entity
@Table(name = "disciplinary_authority")
public class DisciplinaryAuthority extends ReferenceRow {

    @Column(name = "name_ms", nullable = false, updatable = false, length = 256)
    private String nameMs;

    @Column(name = "name_en", nullable = false, updatable = false, length = 256)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private AuthorityKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_group", nullable = false, updatable = false, length = 32)
    private ServiceGroupServed serviceGroup;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "instrument_id", updatable = false)
    private RegulationInstrument instrument;

    protected DisciplinaryAuthority() {
    }

    public DisciplinaryAuthority(String code, LocalDate effectiveFrom, Instant createdAt, String createdBy) {
        super(code, effectiveFrom, createdAt, createdBy);
    }

    /** The next version of this authority, from the given day, with this one's content until described anew. */
    public DisciplinaryAuthority successor(LocalDate effectiveFrom, String reason, Instant at, String by) {
        DisciplinaryAuthority next = new DisciplinaryAuthority(getCode(), effectiveFrom, at, by);
        next.follow(this, reason);
        next.describe(nameMs, nameEn, kind, serviceGroup, instrument);
        return next;
    }

    /** The content of a version not yet stored. */
    public DisciplinaryAuthority describe(String nameMs, String nameEn, AuthorityKind kind,
            ServiceGroupServed serviceGroup, RegulationInstrument instrument) {
        requireNew();
        this.nameMs = nameMs;
        this.nameEn = nameEn;
        this.kind = kind;
        this.serviceGroup = serviceGroup;
        this.instrument = instrument;
        return this;
    }

    public String getNameMs() {
        return nameMs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public AuthorityKind getKind() {
        return kind;
    }

    public ServiceGroupServed getServiceGroup() {
        return serviceGroup;
    }

    /** The instrument it acts under; {@code null} when not recorded. */
    public RegulationInstrument getInstrument() {
        return instrument;
    }
}

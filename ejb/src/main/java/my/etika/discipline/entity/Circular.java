package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A circular, letter, guideline or agency SOP that interprets or adds to the conduct rules. */
@Entity
@Table(name = "circular")
public class Circular extends ReferenceRow {

    @Column(nullable = false, updatable = false, length = 256)
    private String reference;

    @Column(name = "issued_on", updatable = false)
    private LocalDate issuedOn;

    @Column(nullable = false, updatable = false, length = 256)
    private String issuer;

    @Column(nullable = false, updatable = false, length = 512)
    private String title;

    @Column(updatable = false, length = 1024)
    private String url;

    protected Circular() {
    }

    public Circular(String code, String reference, LocalDate issuedOn, String issuer, String title, String url,
            LocalDate effectiveFrom, Instant createdAt, String createdBy) {
        super(code, effectiveFrom, createdAt, createdBy);
        this.reference = reference;
        this.issuedOn = issuedOn;
        this.issuer = issuer;
        this.title = title;
        this.url = url;
    }

    public String getReference() {
        return reference;
    }

    /** The date of issue; {@code null} where the document is undated or the day is unknown. */
    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }
}

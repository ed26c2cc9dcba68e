package my.etika.hygiene.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One import of a breach-notification export for an official domain, and what it raised. Written once. */
@Entity
@Table(name = "breach_import")
public class BreachImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 256)
    private String domain;

    @Column(nullable = false, updatable = false)
    private int addresses;

    @Column(name = "matched_officers", nullable = false, updatable = false)
    private int matchedOfficers;

    @Column(name = "unmatched_addresses", nullable = false, updatable = false)
    private int unmatchedAddresses;

    @Column(name = "findings_raised", nullable = false, updatable = false)
    private int findingsRaised;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, updatable = false, length = 128)
    private String importedBy;

    protected BreachImport() {
    }

    public BreachImport(String domain, int addresses, int matchedOfficers, int unmatchedAddresses, int findingsRaised,
            Instant importedAt, String importedBy) {
        this.domain = domain;
        this.addresses = addresses;
        this.matchedOfficers = matchedOfficers;
        this.unmatchedAddresses = unmatchedAddresses;
        this.findingsRaised = findingsRaised;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public Long getId() {
        return id;
    }
}

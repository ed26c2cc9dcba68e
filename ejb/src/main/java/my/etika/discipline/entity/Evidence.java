package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An evidence file of a case. The bytes are in the evidence store under {@link #getSha256()}; the type was detected
 * from the content, not from the name. {@link #getIntegrity()} is the result of the last check of the bytes.
 */
@Entity
@Table(name = "evidence")
public class Evidence {

    /** What the last check of the stored bytes found. */
    public enum Integrity {
        INTACT, ALTERED, MISSING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 255)
    private String fileName;

    @Column(updatable = false, length = 2000)
    private String description;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "detected_type", nullable = false, updatable = false, length = 128)
    private String detectedType;

    @Column(name = "captured_at", updatable = false)
    private Instant capturedAt;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 128)
    private String uploadedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Integrity integrity;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    protected Evidence() {
    }

    public Evidence(long incidentId, String fileName, String description, String sha256, long size,
            String detectedType, Instant capturedAt, String uploadedBy, Instant uploadedAt) {
        this.incidentId = incidentId;
        this.fileName = fileName;
        this.description = description;
        this.sha256 = sha256;
        this.size = size;
        this.detectedType = detectedType;
        this.capturedAt = capturedAt;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.integrity = Integrity.INTACT;
        this.checkedAt = uploadedAt;
    }

    public void checked(Integrity found, Instant at) {
        integrity = found;
        checkedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getDescription() {
        return description;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getDetectedType() {
        return detectedType;
    }

    public Instant getCapturedAt() {
        return capturedAt;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Integrity getIntegrity() {
        return integrity;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }
}

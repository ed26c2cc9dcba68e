package my.etika.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/** A policy officers acknowledge (e.g. "Akuan Pematuhan Penggunaan Media Sosial"); its texts live in versions. */
@Entity
@Table(name = "policy")
public class Policy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false, length = 64)
    private String code;

    @Column(name = "title_ms", nullable = false, length = 256)
    private String titleMs;

    @Column(name = "title_en", nullable = false, length = 256)
    private String titleEn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Policy() {
    }

    public Policy(String code, String titleMs, String titleEn, Instant createdAt) {
        this.code = code;
        this.titleMs = titleMs;
        this.titleEn = titleEn;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String title(Locale language) {
        return "en".equals(language.getLanguage()) ? titleEn : titleMs;
    }

    public String getTitleMs() {
        return titleMs;
    }

    public String getTitleEn() {
        return titleEn;
    }
}

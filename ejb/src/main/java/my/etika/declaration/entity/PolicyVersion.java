package my.etika.declaration.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One version of a policy: a Malay and an English text (Markdown), the rules to attest, the date it takes effect
 * and the sources it rests on. Editable while a draft; once published it never changes, and a change is a new
 * version ({@link #publish} and the setters enforce it).
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {

    /** Sources are stored one per line. */
    private static final String SOURCE_SEPARATOR = "\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policy_id", nullable = false, updatable = false)
    private Policy policy;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "text_ms", nullable = false, length = 200000)
    private String textMs;

    @Column(name = "text_en", nullable = false, length = 200000)
    private String textEn;

    @Column(nullable = false, length = 4000)
    private String sources;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(nullable = false)
    private boolean material;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PolicyVersionStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 128)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 128)
    private String publishedBy;

    @OneToMany(mappedBy = "policyVersion", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<PolicyRule> rules = new ArrayList<>();

    @Version
    private long version;

    protected PolicyVersion() {
    }

    public PolicyVersion(Policy policy, int number, String textMs, String textEn, List<String> sources,
            LocalDate effectiveOn, boolean material, Instant createdAt, String createdBy) {
        this.policy = policy;
        this.number = number;
        this.status = PolicyVersionStatus.DRAFT;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        revise(textMs, textEn, sources, effectiveOn, material);
    }

    /** Changes a draft; a published version refuses. */
    public void revise(String textMs, String textEn, List<String> sources, LocalDate effectiveOn,
            boolean material) {
        requireDraft();
        this.textMs = textMs;
        this.textEn = textEn;
        this.sources = String.join(SOURCE_SEPARATOR, sources.stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
        this.effectiveOn = effectiveOn;
        this.material = material;
    }

    /** Adds a rule to attest to a draft. */
    public void addRule(String key, String textMs, String textEn) {
        requireDraft();
        rules.add(new PolicyRule(this, rules.size() + 1, key, textMs, textEn));
    }

    public void publish(Instant at, String by) {
        requireDraft();
        status = PolicyVersionStatus.PUBLISHED;
        publishedAt = at;
        publishedBy = by;
    }

    private void requireDraft() {
        if (status == PolicyVersionStatus.PUBLISHED) {
            throw new IllegalStateException("Policy version " + id + " is published and cannot change");
        }
    }

    public boolean isPublished() {
        return status == PolicyVersionStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public Policy getPolicy() {
        return policy;
    }

    public int getNumber() {
        return number;
    }

    public String text(Locale language) {
        return "en".equals(language.getLanguage()) ? textEn : textMs;
    }

    public String getTextMs() {
        return textMs;
    }

    public String getTextEn() {
        return textEn;
    }

    public List<String> getSources() {
        return sources.isEmpty() ? List.of() : Arrays.asList(sources.split(SOURCE_SEPARATOR));
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public boolean isMaterial() {
        return material;
    }

    public PolicyVersionStatus getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<PolicyRule> getRules() {
        return List.copyOf(rules);
    }
}

package my.etika.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;

/** One statement of a policy version that an officer attests on its own when signing. */
@Entity
@Table(name = "policy_rule")
public class PolicyRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policy_version_id", nullable = false, updatable = false)
    private PolicyVersion policyVersion;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "rule_key", nullable = false, updatable = false, length = 64)
    private String key;

    @Column(name = "text_ms", nullable = false, length = 2000)
    private String textMs;

    @Column(name = "text_en", nullable = false, length = 2000)
    private String textEn;

    protected PolicyRule() {
    }

    PolicyRule(PolicyVersion policyVersion, int position, String key, String textMs, String textEn) {
        this.policyVersion = policyVersion;
        this.position = position;
        this.key = key;
        this.textMs = textMs;
        this.textEn = textEn;
    }

    public String getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public String text(Locale language) {
        return "en".equals(language.getLanguage()) ? textEn : textMs;
    }
}

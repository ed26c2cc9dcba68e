package my.etika.declaration.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An officer's signature of one policy version in one declaration: who, which version, the SHA-256 of the exact
 * text shown in the language shown, the rules attested, when (server time), from where, and the accounts
 * declared. Written once; no column can be updated through it.
 */
@Entity
@Table(name = "declaration_signature")
@NamedQuery(name = Signature.BY_CODE, query = "select s from Signature s where s.verificationCode = :code")
public class Signature {

    public static final String BY_CODE = "Signature.byCode";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "declaration_id", nullable = false, updatable = false)
    private Declaration declaration;

    @Column(name = "officer_id", nullable = false, updatable = false)
    private long officerId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "policy_version_id", nullable = false, updatable = false)
    private PolicyVersion policyVersion;

    @Column(nullable = false, updatable = false, length = 8)
    private String language;

    @Column(name = "text_sha256", nullable = false, updatable = false, length = 64)
    private String textSha256;

    @Column(name = "attested_rules", nullable = false, updatable = false, length = 2000)
    private String attestedRules;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "client_address", updatable = false, length = 64)
    private String clientAddress;

    @Column(name = "user_agent", updatable = false, length = 512)
    private String userAgent;

    @Column(name = "verification_code", nullable = false, updatable = false, length = 32)
    private String verificationCode;

    @ElementCollection
    @CollectionTable(name = "declared_account", joinColumns = @JoinColumn(name = "signature_id"))
    @OrderColumn(name = "position")
    private List<DeclaredAccount> accounts = new ArrayList<>();

    protected Signature() {
    }

    public Signature(Declaration declaration, PolicyVersion policyVersion, String language, String textSha256,
            List<String> attestedRules, List<DeclaredAccount> accounts, Instant signedAt, String clientAddress,
            String userAgent, String verificationCode) {
        this.declaration = declaration;
        this.officerId = declaration.getOfficerId();
        this.policyVersion = policyVersion;
        this.language = language;
        this.textSha256 = textSha256;
        this.attestedRules = String.join(",", attestedRules);
        this.accounts = new ArrayList<>(accounts);
        this.signedAt = signedAt;
        this.clientAddress = truncate(clientAddress, 64);
        this.userAgent = truncate(userAgent, 512);
        this.verificationCode = verificationCode;
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Declaration getDeclaration() {
        return declaration;
    }

    public long getOfficerId() {
        return officerId;
    }

    public PolicyVersion getPolicyVersion() {
        return policyVersion;
    }

    public String getLanguage() {
        return language;
    }

    public String getTextSha256() {
        return textSha256;
    }

    public List<String> getAttestedRules() {
        return attestedRules.isEmpty() ? List.of() : Arrays.asList(attestedRules.split(","));
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getUserAgent() {
        return userAgent;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public List<DeclaredAccount> getAccounts() {
        return List.copyOf(accounts);
    }
}

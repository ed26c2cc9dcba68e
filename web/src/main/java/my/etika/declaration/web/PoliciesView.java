package my.etika.declaration.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import my.etika.declaration.boundary.PolicyCatalog;
import my.etika.declaration.boundary.PolicyDraft;
import my.etika.declaration.boundary.PolicyVersionView;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/**
 * "Policies" for HR: every version, a new version drafted from the latest one (texts in Markdown, sources, rules
 * one per line as {@code KEY | Malay | English}), published when ready. A published version never changes.
 */
@Named
@ViewScoped
public class PoliciesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PolicyCatalog policies;

    @Inject
    LanguageSelection language;

    private List<PolicyVersionView> versions;
    private long policyId;
    private String textMs;
    private String textEn;
    private String sources;
    private String rules;
    private LocalDate effectiveOn;
    private boolean material;

    @PostConstruct
    void load() {
        versions = policies.versions();
        if (!versions.isEmpty()) {
            PolicyVersionView latest = versions.get(0);
            policyId = latest.policyId();
            PolicyDraft texts = policies.texts(latest.id());
            textMs = texts.textMs();
            textEn = texts.textEn();
            sources = String.join("\n", latest.sources());
            rules = latest.rules().stream().map(r -> r.key() + " | " + r.textMs() + " | " + r.textEn())
                    .collect(Collectors.joining("\n"));
        }
        effectiveOn = LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur"));
    }

    public void draft() {
        List<PolicyVersionView.Rule> parsed = new ArrayList<>();
        for (String line : rules == null ? new String[0] : rules.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || parts[2].isBlank()) {
                message(FacesMessage.SEVERITY_ERROR, "policies.ruleLineInvalid", line.strip());
                return;
            }
            parsed.add(new PolicyVersionView.Rule(parts[0].strip(), parts[1].strip(), parts[2].strip()));
        }
        try {
            PolicyVersionView created = policies.draft(policyId, new PolicyDraft(textMs, textEn,
                    Arrays.asList(sources == null ? new String[0] : sources.split("\\R")), effectiveOn, material,
                    parsed));
            message(FacesMessage.SEVERITY_INFO, "policies.drafted", created.number());
            versions = policies.versions();
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
    }

    public void publish(PolicyVersionView version) {
        try {
            PolicyVersionView published = policies.publish(version.id());
            message(FacesMessage.SEVERITY_INFO, published.material() ? "policies.publishedMaterial"
                    : "policies.published", published.number());
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
        versions = policies.versions();
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity,
                Messages.text(language.getLocale(), key, arguments), null));
    }

    public List<PolicyVersionView> getVersions() {
        return versions;
    }

    public String getTextMs() {
        return textMs;
    }

    public void setTextMs(String textMs) {
        this.textMs = textMs;
    }

    public String getTextEn() {
        return textEn;
    }

    public void setTextEn(String textEn) {
        this.textEn = textEn;
    }

    public String getSources() {
        return sources;
    }

    public void setSources(String sources) {
        this.sources = sources;
    }

    public String getRules() {
        return rules;
    }

    public void setRules(String rules) {
        this.rules = rules;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public boolean isMaterial() {
        return material;
    }

    public void setMaterial(boolean material) {
        this.material = material;
    }
}

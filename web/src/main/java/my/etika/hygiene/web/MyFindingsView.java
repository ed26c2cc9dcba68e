package my.etika.hygiene.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import my.etika.hygiene.boundary.FindingView;
import my.etika.hygiene.boundary.MyFindings;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/** "My findings": what is wrong, why it matters, what to do, and the officer's two steps. */
@Named
@ViewScoped
public class MyFindingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MyFindings findings;

    @Inject
    LanguageSelection language;

    private List<FindingView> mine;
    private final Map<Long, String> attestations = new HashMap<>();

    @PostConstruct
    void load() {
        mine = findings.mine();
    }

    public void acknowledge(FindingView finding) {
        step(finding, FindingStatus.ACKNOWLEDGED, null, "myFindings.acknowledged");
    }

    public void attestFix(FindingView finding) {
        step(finding, FindingStatus.REMEDIATED, attestations.get(finding.id()), "myFindings.attested");
    }

    private void step(FindingView finding, FindingStatus to, String reason, String done) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            findings.move(finding.id(), finding.version(), to, reason);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), done), null));
        } catch (BusinessException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
        }
        mine = findings.mine();
    }

    public List<FindingView> getFindings() {
        return mine;
    }

    public Map<Long, String> getAttestations() {
        return attestations;
    }
}

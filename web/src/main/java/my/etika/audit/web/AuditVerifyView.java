package my.etika.audit.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import my.etika.audit.boundary.AuditVerification;
import my.etika.audit.boundary.ChainReport;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/** "Verify the audit trail": a check on demand, and the last nightly check. */
@Named
@ViewScoped
public class AuditVerifyView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditVerification verification;

    @Inject
    LanguageSelection language;

    private ChainReport report;

    public void verify() {
        report = verification.verify();
        FacesContext.getCurrentInstance().addMessage(null, report.intact()
                ? new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(language.getLocale(), "audit.intact",
                        report.eventsChecked()), null)
                : new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(language.getLocale(), "audit.broken",
                        report.firstBrokenPosition() == null ? "-" : report.firstBrokenPosition(),
                        Messages.text(language.getLocale(), "audit.break." + report.kind())), null));
    }

    /** The check just made on this page, or null. */
    public ChainReport getReport() {
        return report;
    }

    /** The last nightly check, or null when none has run since the server started. */
    public ChainReport getLastScheduled() {
        return verification.lastScheduled().orElse(null);
    }
}

package my.etika.discipline.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import my.etika.discipline.boundary.ClearanceAnswer;
import my.etika.discipline.boundary.DisciplinaryClearance;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * HR's question "was this officer free of disciplinary punishment over the period?" (for promotion or awards): the
 * answer and its PDF certificate, never a case's details.
 */
@Named
@ViewScoped
public class ClearanceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    @Inject
    DisciplinaryClearance clearance;

    @Inject
    OfficerContacts officers;

    @Inject
    LanguageSelection language;

    private String officerLogin;
    private LocalDate from = LocalDate.now(MALAYSIA).minusYears(3);
    private LocalDate to = LocalDate.now(MALAYSIA);
    private ClearanceAnswer answer;
    private LocalDate outcomesFrom = LocalDate.now(MALAYSIA).minusMonths(3);
    private LocalDate outcomesTo = LocalDate.now(MALAYSIA);
    private java.util.List<my.etika.discipline.boundary.OutcomeSummary> outcomes = java.util.List.of();

    public void ask() {
        try {
            answer = clearance.answer(officerId(), from, to);
        } catch (BusinessException refused) {
            answer = null;
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
        }
    }

    /** The decided cases HR must carry out (who, when, what stands), without their facts. */
    public void listOutcomes() {
        try {
            outcomes = clearance.outcomes(outcomesFrom, outcomesTo);
        } catch (BusinessException refused) {
            outcomes = java.util.List.of();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
        }
    }

    /** "Amaran; Denda RM 300.00" in the user's language. */
    public String punishments(my.etika.discipline.boundary.OutcomeSummary outcome) {
        return outcome.standingPunishments().stream().map(p -> Messages.text(language.getLocale(),
                "punishmentKind." + p.kind().name()) + (p.amount() == null ? "" : " RM " + p.amount().toPlainString())
                + (p.months() == null ? "" : " · " + Messages.text(language.getLocale(), "case.months", p.months())))
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public java.util.List<my.etika.discipline.boundary.OutcomeSummary> getOutcomes() {
        return outcomes;
    }

    public LocalDate getOutcomesFrom() {
        return outcomesFrom;
    }

    public void setOutcomesFrom(LocalDate outcomesFrom) {
        this.outcomesFrom = outcomesFrom;
    }

    public LocalDate getOutcomesTo() {
        return outcomesTo;
    }

    public void setOutcomesTo(LocalDate outcomesTo) {
        this.outcomesTo = outcomesTo;
    }

    public StreamedContent getCertificate() {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        clearance.certificate(answer.officerId(), answer.from(), answer.to(), pdf);
        byte[] bytes = pdf.toByteArray();
        return DefaultStreamedContent.builder().name("bebas-tindakan-tatatertib-" + answer.officerId() + ".pdf")
                .contentType("application/pdf").contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private long officerId() {
        return officers.activeByLogin(officerLogin == null ? "" : officerLogin.strip()).map(o -> o.id())
                .orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID, "incident.assigneeUnknown",
                        officerLogin));
    }

    public ClearanceAnswer getAnswer() {
        return answer;
    }

    public String getOfficerLogin() {
        return officerLogin;
    }

    public void setOfficerLogin(String officerLogin) {
        this.officerLogin = officerLogin;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

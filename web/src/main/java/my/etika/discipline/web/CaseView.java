package my.etika.discipline.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import my.etika.discipline.boundary.DecisionForm;
import my.etika.discipline.boundary.EvidenceContent;
import my.etika.discipline.boundary.EvidenceLocker;
import my.etika.discipline.boundary.EvidenceView;
import my.etika.discipline.boundary.IncidentDesk;
import my.etika.discipline.boundary.IncidentDetail;
import my.etika.discipline.boundary.IncidentProcedure;
import my.etika.discipline.boundary.SideRecordForm;
import my.etika.discipline.boundary.TransitionRequest;
import my.etika.discipline.control.EvidenceSettings;
import my.etika.discipline.control.ImposedPunishment;
import my.etika.discipline.entity.AppealOutcome;
import my.etika.discipline.entity.IncidentTrack;
import my.etika.discipline.entity.PunishmentKind;
import my.etika.discipline.entity.SideRecordKind;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A case's page: the officer at intake, what happened, the deadlines with their working-day countdown, the timeline
 * of the procedure, the next step (with what that step needs), the evidence with its chain of custody, the
 * investigators and the side records.
 */
@Named
@ViewScoped
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IncidentDesk desk;

    @Inject
    IncidentProcedure procedure;

    @Inject
    EvidenceLocker locker;

    @Inject
    LanguageSelection language;

    @Inject
    EvidenceSettings evidenceSettings;

    private long id;
    private IncidentDetail incident;

    private String to;
    private LocalDate on;
    private String note;
    private String track;
    private LocalDate representationReceivedOn;
    private String appealOutcome;
    private LocalDate appealForwardedOn;
    private BigDecimal monthlyEmoluments;
    private BigDecimal finesAlreadyThisMonth;
    private boolean atMinimumSalaryPoint;
    private Integer daysAbsent;
    private String decisionSummary;
    private List<PunishmentRow> punishments = new ArrayList<>();

    private String evidenceDescription;
    private String assignee;

    private String sideKind = SideRecordKind.INTERDICTION.name();
    private LocalDate sideStartsOn;
    private LocalDate sideEndsOn;
    private Integer sidePercent;
    private String sideNote;

    /** Loads the case named by the view parameter (a case the caller may not see is "not found"). */
    public void load() {
        try {
            incident = desk.incident(id);
            if (to == null && !incident.nextStatuses().isEmpty()) {
                to = incident.nextStatuses().get(0);
            }
        } catch (BusinessException refused) {
            incident = null;
            error(refused);
        }
    }

    public void step() {
        try {
            DecisionForm decision = new DecisionForm(punishments.stream().filter(r -> r.getKind() != null)
                    .map(r -> new ImposedPunishment(PunishmentKind.valueOf(r.getKind()), r.getAmount(), r.getDays(),
                            r.getMonths(), r.getMovements(), blankToNull(r.getNewGrade())))
                    .toList(), decisionSummary, monthlyEmoluments, finesAlreadyThisMonth, atMinimumSalaryPoint,
                    daysAbsent);
            incident = procedure.move(id, new TransitionRequest(to, incident.version(), on, blankToNull(note),
                    blankToNull(track), null, representationReceivedOn, decision, blankToNull(appealOutcome),
                    appealForwardedOn));
            info("case.stepRecorded", Messages.text(language.getLocale(), "incidentStatus." + incident.status()));
            resetStep();
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    private void resetStep() {
        to = incident.nextStatuses().isEmpty() ? null : incident.nextStatuses().get(0);
        on = null;
        note = null;
        track = null;
        representationReceivedOn = null;
        appealOutcome = null;
        appealForwardedOn = null;
        decisionSummary = null;
        punishments = new ArrayList<>();
    }

    public void addPunishment() {
        punishments.add(new PunishmentRow());
    }

    public void removePunishment(PunishmentRow row) {
        punishments.remove(row);
    }

    /** An evidence file uploaded from the page: stored with its hash, or refused with the reason. */
    public void upload(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            EvidenceView added = locker.add(id, event.getFile().getFileName(), evidenceDescription, null, in);
            info("case.evidenceAdded", added.fileName(), added.sha256());
            evidenceDescription = null;
        } catch (BusinessException refused) {
            error(refused);
        } catch (IOException e) {
            error(new BusinessException(BusinessException.Kind.INVALID, "breachImport.unreadable"));
        }
        load();
    }

    public StreamedContent download(EvidenceView evidence) {
        try {
            EvidenceContent content = locker.open(id, evidence.id(), true);
            return DefaultStreamedContent.builder().name(content.evidence().fileName())
                    .contentType(content.evidence().detectedType()).contentLength(content.evidence().size())
                    .stream(content::bytes).build();
        } catch (BusinessException refused) {
            error(refused);
            return null;
        }
    }

    public void verify(EvidenceView evidence) {
        try {
            EvidenceView checked = locker.verify(id, evidence.id());
            info("case.evidenceChecked", checked.fileName(),
                    Messages.text(language.getLocale(), "evidenceIntegrity." + checked.integrity()));
        } catch (BusinessException refused) {
            error(refused);
        }
        load();
    }

    public void assign() {
        try {
            incident = procedure.assign(id, incident.version(), assignee);
            info("case.assignedTo", assignee);
            assignee = null;
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    public void recordSide() {
        try {
            incident = procedure.recordSide(id, new SideRecordForm(sideKind, incident.version(), sideStartsOn,
                    sideEndsOn, sidePercent, blankToNull(sideNote)));
            info("case.sideRecorded", Messages.text(language.getLocale(), "sideRecord." + sideKind));
            sideStartsOn = null;
            sideEndsOn = null;
            sidePercent = null;
            sideNote = null;
        } catch (BusinessException refused) {
            error(refused);
        }
    }

    public boolean needs(String what) {
        if (to == null) {
            return false;
        }
        return switch (what) {
            case "note" -> List.of("HOD_REPORTED", "CHARGED", "NO_CASE", "WITHDRAWN", "CLOSED",
                    "PRELIMINARY_INVESTIGATION").contains(to);
            case "track" -> "TRACK_DETERMINED".equals(to);
            case "representation" -> "DELIBERATION".equals(to);
            case "decision" -> "DECIDED".equals(to) || "APPEAL_DECIDED".equals(to);
            case "appeal" -> "APPEAL_DECIDED".equals(to);
            default -> false;
        };
    }

    public List<String> getTracks() {
        return Arrays.stream(IncidentTrack.values()).map(Enum::name).toList();
    }

    public List<String> getAppealOutcomes() {
        return Arrays.stream(AppealOutcome.values()).map(Enum::name).toList();
    }

    public List<String> getPunishmentKinds() {
        return Arrays.stream(PunishmentKind.values()).map(Enum::name).toList();
    }

    public List<String> getSideKinds() {
        return Arrays.stream(SideRecordKind.values()).map(Enum::name).toList();
    }

    /** The label of a punishment as decided, e.g. "Denda: RM 300.00". */
    public String describe(ImposedPunishment p) {
        Locale locale = language.getLocale();
        StringBuilder text = new StringBuilder(Messages.text(locale, "punishmentKind." + p.kind().name()));
        if (p.amount() != null) {
            text.append(": RM ").append(p.amount().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        }
        if (p.months() != null) {
            text.append(" · ").append(Messages.text(locale, "case.months", p.months()));
        }
        if (p.movements() != null) {
            text.append(" · ").append(Messages.text(locale, "case.movements", p.movements()));
        }
        if (p.days() != null) {
            text.append(" · ").append(Messages.text(locale, "case.days", p.days()));
        }
        if (p.newGrade() != null) {
            text.append(" → ").append(p.newGrade());
        }
        return text.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(language.getLocale(), key, arguments), null));
    }

    private void error(BusinessException refused) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
    }

    /** The agency's size limit for an evidence file, checked in the browser too. */
    public long getMaxEvidenceBytes() {
        return evidenceSettings.maxBytes();
    }

    public IncidentDetail getIncident() {
        return incident;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getTrack() {
        return track;
    }

    public void setTrack(String track) {
        this.track = track;
    }

    public LocalDate getRepresentationReceivedOn() {
        return representationReceivedOn;
    }

    public void setRepresentationReceivedOn(LocalDate representationReceivedOn) {
        this.representationReceivedOn = representationReceivedOn;
    }

    public String getAppealOutcome() {
        return appealOutcome;
    }

    public void setAppealOutcome(String appealOutcome) {
        this.appealOutcome = appealOutcome;
    }

    public LocalDate getAppealForwardedOn() {
        return appealForwardedOn;
    }

    public void setAppealForwardedOn(LocalDate appealForwardedOn) {
        this.appealForwardedOn = appealForwardedOn;
    }

    public BigDecimal getMonthlyEmoluments() {
        return monthlyEmoluments;
    }

    public void setMonthlyEmoluments(BigDecimal monthlyEmoluments) {
        this.monthlyEmoluments = monthlyEmoluments;
    }

    public BigDecimal getFinesAlreadyThisMonth() {
        return finesAlreadyThisMonth;
    }

    public void setFinesAlreadyThisMonth(BigDecimal finesAlreadyThisMonth) {
        this.finesAlreadyThisMonth = finesAlreadyThisMonth;
    }

    public boolean isAtMinimumSalaryPoint() {
        return atMinimumSalaryPoint;
    }

    public void setAtMinimumSalaryPoint(boolean atMinimumSalaryPoint) {
        this.atMinimumSalaryPoint = atMinimumSalaryPoint;
    }

    public Integer getDaysAbsent() {
        return daysAbsent;
    }

    public void setDaysAbsent(Integer daysAbsent) {
        this.daysAbsent = daysAbsent;
    }

    public String getDecisionSummary() {
        return decisionSummary;
    }

    public void setDecisionSummary(String decisionSummary) {
        this.decisionSummary = decisionSummary;
    }

    public List<PunishmentRow> getPunishments() {
        return punishments;
    }

    public String getEvidenceDescription() {
        return evidenceDescription;
    }

    public void setEvidenceDescription(String evidenceDescription) {
        this.evidenceDescription = evidenceDescription;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public String getSideKind() {
        return sideKind;
    }

    public void setSideKind(String sideKind) {
        this.sideKind = sideKind;
    }

    public LocalDate getSideStartsOn() {
        return sideStartsOn;
    }

    public void setSideStartsOn(LocalDate sideStartsOn) {
        this.sideStartsOn = sideStartsOn;
    }

    public LocalDate getSideEndsOn() {
        return sideEndsOn;
    }

    public void setSideEndsOn(LocalDate sideEndsOn) {
        this.sideEndsOn = sideEndsOn;
    }

    public Integer getSidePercent() {
        return sidePercent;
    }

    public void setSidePercent(Integer sidePercent) {
        this.sidePercent = sidePercent;
    }

    public String getSideNote() {
        return sideNote;
    }

    public void setSideNote(String sideNote) {
        this.sideNote = sideNote;
    }
}

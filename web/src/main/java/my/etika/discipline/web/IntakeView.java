package my.etika.discipline.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import my.etika.declaration.boundary.SignatureRequest;
import my.etika.discipline.boundary.DisciplineReference;
import my.etika.discipline.boundary.IncidentIntake;
import my.etika.discipline.boundary.IntakeForm;
import my.etika.discipline.entity.ActType;
import my.etika.discipline.entity.IncidentSource;
import my.etika.officer.boundary.OfficerContacts;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/** A new case: the officer, what happened, the provisions alleged and the category. */
@Named
@ViewScoped
public class IntakeView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    @Inject
    IncidentIntake intake;

    @Inject
    DisciplineReference reference;

    @Inject
    OfficerContacts officers;

    @Inject
    LanguageSelection language;

    private String officerLogin;
    private String source = IncidentSource.MONITORING.name();
    private String platform;
    private String url;
    private String actType = ActType.POST.name();
    private LocalDateTime occurredAt;
    private String summary;
    private List<Long> provisionIds = new ArrayList<>();
    private String categoryCode;

    public String open() {
        try {
            Long officerId = officers.activeByLogin(officerLogin == null ? "" : officerLogin.strip())
                    .map(o -> o.id()).orElseThrow(() -> new BusinessException(BusinessException.Kind.INVALID,
                            "incident.assigneeUnknown", officerLogin));
            long id = intake.open(new IntakeForm(officerId, source, platform, url, actType,
                    occurredAt == null ? null : occurredAt.atZone(MALAYSIA).toInstant(), summary, provisionIds,
                    categoryCode));
            return "/discipline/case?faces-redirect=true&id=" + id;
        } catch (BusinessException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
            return null;
        }
    }

    /** The provisions in force today, as choices. */
    public List<ReferenceChoice> getProvisions() {
        return ReferenceChoice.provisions(reference, LocalDate.now(MALAYSIA), language.getLocale());
    }

    public List<ReferenceChoice> getCategories() {
        return ReferenceChoice.categories(reference, LocalDate.now(MALAYSIA), language.getLocale());
    }

    public List<String> getSources() {
        return Arrays.stream(IncidentSource.values()).filter(s -> s != IncidentSource.HYGIENE_FINDING)
                .map(Enum::name).toList();
    }

    public List<String> getActTypes() {
        return Arrays.stream(ActType.values()).map(Enum::name).toList();
    }

    public List<String> getPlatforms() {
        return SignatureRequest.PLATFORMS;
    }

    public String getOfficerLogin() {
        return officerLogin;
    }

    public void setOfficerLogin(String officerLogin) {
        this.officerLogin = officerLogin;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getActType() {
        return actType;
    }

    public void setActType(String actType) {
        this.actType = actType;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<Long> getProvisionIds() {
        return provisionIds;
    }

    public void setProvisionIds(List<Long> provisionIds) {
        this.provisionIds = provisionIds == null ? new ArrayList<>() : provisionIds;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }
}

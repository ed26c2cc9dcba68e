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
import java.util.Arrays;
import java.util.List;
import my.etika.declaration.boundary.CampaignDesk;
import my.etika.declaration.boundary.CampaignDraft;
import my.etika.declaration.boundary.CampaignView;
import my.etika.declaration.boundary.PolicyCatalog;
import my.etika.declaration.boundary.PolicyVersionView;
import my.etika.officer.boundary.OfficerSearch;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/** "Declaration campaigns" for HR: the list, a new campaign (a draft), launching one. */
@Named
@ViewScoped
public class CampaignsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CampaignDesk campaigns;

    @Inject
    PolicyCatalog policies;

    @Inject
    OfficerSearch officers;

    @Inject
    LanguageSelection language;

    private List<CampaignView> list;
    private List<PolicyVersionView> publishedVersions;
    private List<String> orgUnits;

    private String name;
    private Long policyVersionId;
    private String orgUnit;
    private String grade;
    private String serviceGroup;
    private LocalDate opensOn;
    private LocalDate dueOn;
    private String reminderDays = "14,7,1";
    private int escalationDays = 3;

    @PostConstruct
    void load() {
        list = campaigns.campaigns();
        publishedVersions = policies.versions().stream().filter(v -> "PUBLISHED".equals(v.status())).toList();
        orgUnits = officers.orgUnits();
        if (!publishedVersions.isEmpty()) {
            policyVersionId = publishedVersions.get(0).id();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur"));
        opensOn = today;
        dueOn = today.plusDays(30);
        name = Messages.text(language.getLocale(), "campaigns.defaultName", today.getYear() + 1);
    }

    public void create() {
        try {
            List<Integer> days = Arrays.stream(reminderDays.split("[,\\s]+")).filter(s -> !s.isBlank())
                    .map(Integer::valueOf).toList();
            CampaignView created = campaigns.create(new CampaignDraft(name, policyVersionId == null ? -1
                    : policyVersionId, orgUnit, grade, serviceGroup, opensOn, dueOn, days, escalationDays));
            info("campaigns.created", created.name());
            list = campaigns.campaigns();
        } catch (NumberFormatException e) {
            error("campaign.offsetsInvalid");
        } catch (BusinessException refused) {
            error(refused.messageKey(), refused.arguments().toArray());
        }
    }

    public void launch(CampaignView campaign) {
        try {
            CampaignView launched = campaigns.launch(campaign.id(), campaign.version());
            info("campaigns.launched", launched.name());
        } catch (BusinessException refused) {
            error(refused.messageKey(), refused.arguments().toArray());
        }
        list = campaigns.campaigns();
    }

    public void close(CampaignView campaign) {
        try {
            CampaignView closed = campaigns.close(campaign.id());
            info("campaigns.closed", closed.name());
        } catch (BusinessException refused) {
            error(refused.messageKey(), refused.arguments().toArray());
        }
        list = campaigns.campaigns();
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(language.getLocale(), key, arguments), null));
    }

    private void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(language.getLocale(), key, arguments), null));
    }

    public List<CampaignView> getCampaigns() {
        return list;
    }

    public List<PolicyVersionView> getPublishedVersions() {
        return publishedVersions;
    }

    public List<String> getOrgUnits() {
        return orgUnits;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getPolicyVersionId() {
        return policyVersionId;
    }

    public void setPolicyVersionId(Long policyVersionId) {
        this.policyVersionId = policyVersionId;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(String orgUnit) {
        this.orgUnit = orgUnit;
    }

    public String getGrade() {
        return grade;
    }

    public void setGrade(String grade) {
        this.grade = grade;
    }

    public String getServiceGroup() {
        return serviceGroup;
    }

    public void setServiceGroup(String serviceGroup) {
        this.serviceGroup = serviceGroup;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public void setReminderDays(String reminderDays) {
        this.reminderDays = reminderDays;
    }

    public int getEscalationDays() {
        return escalationDays;
    }

    public void setEscalationDays(int escalationDays) {
        this.escalationDays = escalationDays;
    }
}

package my.etika.export.web;

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
import java.util.Set;
import my.etika.declaration.entity.DeclarationStatus;
import my.etika.discipline.boundary.DisciplineReference;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.discipline.web.ReferenceChoice;
import my.etika.export.boundary.CampaignChoice;
import my.etika.export.boundary.ExportRequest;
import my.etika.export.boundary.ExportView;
import my.etika.export.boundary.Exports;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.HygieneRule;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/**
 * "Exports": the caller asks for an export of a kind their role may export, with that kind's filters, and follows
 * their exports (a progress bar while one runs, polled every two seconds) to download each package when ready.
 */
@Named
@ViewScoped
public class ExportsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final int SHOWN = 50;
    private static final Set<String> UNFINISHED = Set.of("QUEUED", "RUNNING");

    @Inject
    Exports exports;

    @Inject
    DisciplineReference reference;

    @Inject
    LanguageSelection language;

    private String kind;
    private String format = "CSV";
    private LocalDate fromDay;
    private LocalDate toDay;
    private String orgUnit;
    private String status;
    private String outcome;
    private String categoryCode;
    private Long provisionId;
    private Long campaignId;
    private String ruleCode;
    private boolean masked;

    private List<ExportView> mine;
    private List<String> kinds;
    private List<CampaignChoice> campaigns;
    private List<ReferenceChoice> categories;
    private List<ReferenceChoice> provisions;

    /** Asks for the export; its progress shows in the list. */
    public void start() {
        try {
            ExportView started = exports.start(new ExportRequest(getKind(), format, filters(), masked));
            mine = null;
            info("export.started", started.id());
        } catch (BusinessException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
        }
    }

    /** The poll's listener: reads the list again. */
    public void refresh() {
        mine = null;
    }

    /** Another kind takes other filters: those of the previous kind are dropped. */
    public void kindChanged() {
        status = null;
        outcome = null;
        categoryCode = null;
        provisionId = null;
        campaignId = null;
        ruleCode = null;
    }

    private ExportRequest.Filters filters() {
        return new ExportRequest.Filters(fromDay == null ? null : fromDay.toString(),
                toDay == null ? null : toDay.toString(), orgUnit, provisionId, categoryCode, status, outcome,
                campaignId, ruleCode);
    }

    public List<ExportView> getMine() {
        if (mine == null) {
            mine = exports.mine(SHOWN);
        }
        return mine;
    }

    /** Whether one of the caller's exports is still queued or running (the poll runs while it is). */
    public boolean isRunning() {
        return getMine().stream().anyMatch(this::unfinished);
    }

    public boolean unfinished(ExportView export) {
        return UNFINISHED.contains(export.status());
    }

    public List<String> getKinds() {
        if (kinds == null) {
            kinds = exports.kinds().stream().map(Enum::name).toList();
        }
        return kinds;
    }

    public List<String> getFormats() {
        return List.of("CSV", "XLSX", "PDF");
    }

    public List<String> getStatuses() {
        return switch (getKind()) {
            case "DECLARATIONS" -> names(DeclarationStatus.values());
            case "FINDINGS" -> names(FindingStatus.values());
            default -> names(IncidentStatus.values());
        };
    }

    /** The label of a status of the chosen kind. */
    public String statusLabel(String value) {
        String prefix = switch (getKind()) {
            case "DECLARATIONS" -> "declarationStatus.";
            case "FINDINGS" -> "findingStatus.";
            default -> "incidentStatus.";
        };
        return Messages.text(language.getLocale(), prefix + value);
    }

    /** Incidents' outcomes or declarations' compliance; findings take none. */
    public List<String> getOutcomes() {
        return switch (getKind()) {
            case "INCIDENTS" -> List.of("PENDING", "PUNISHED", "ACQUITTED", "NO_CASE", "WITHDRAWN");
            case "DECLARATIONS" -> List.of("SIGNED_ON_TIME", "SIGNED_LATE", "OVERDUE", "NOT_YET_DUE", "EXCLUDED");
            default -> List.of();
        };
    }

    public List<String> getRules() {
        return names(HygieneRule.values());
    }

    public List<ReferenceChoice> getCategories() {
        if (categories == null) {
            categories = ReferenceChoice.categories(reference, LocalDate.now(MALAYSIA), language.getLocale());
        }
        return categories;
    }

    public List<ReferenceChoice> getProvisions() {
        if (provisions == null) {
            provisions = ReferenceChoice.provisions(reference, LocalDate.now(MALAYSIA), language.getLocale());
        }
        return provisions;
    }

    public List<CampaignChoice> getCampaigns() {
        if (campaigns == null) {
            campaigns = exports.campaigns();
        }
        return campaigns;
    }

    /** The filters an export was asked with, readable: "from: 2026-01-01, status: CLOSED", or "none". */
    public String filtersText(ExportView export) {
        String json = export.filters();
        if (json == null || json.isBlank() || "{}".equals(json.strip())) {
            return Messages.text(language.getLocale(), "export.noFilters");
        }
        return json.strip().replaceAll("^\\{|}$", "").replace("\"", "").replace(":", ": ").replace(",", ", ");
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(language.getLocale(), key, arguments), null));
    }

    /** The chosen kind; the first the caller may export until they choose. */
    public String getKind() {
        if (kind == null) {
            List<String> kinds = getKinds();
            kind = kinds.isEmpty() ? "DECLARATIONS" : kinds.get(0);
        }
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFormat() {
        return format;
    }

    public void setFormat(String format) {
        this.format = format;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getToDay() {
        return toDay;
    }

    public void setToDay(LocalDate toDay) {
        this.toDay = toDay;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(String orgUnit) {
        this.orgUnit = orgUnit;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Long getProvisionId() {
        return provisionId;
    }

    public void setProvisionId(Long provisionId) {
        this.provisionId = provisionId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public void setCampaignId(Long campaignId) {
        this.campaignId = campaignId;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
        this.ruleCode = ruleCode;
    }

    public boolean isMasked() {
        return masked;
    }

    public void setMasked(boolean masked) {
        this.masked = masked;
    }
}

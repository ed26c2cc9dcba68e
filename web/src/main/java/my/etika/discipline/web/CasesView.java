package my.etika.discipline.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import my.etika.discipline.boundary.CaseCharts;
import my.etika.discipline.boundary.IncidentCriteria;
import my.etika.discipline.boundary.IncidentDesk;
import my.etika.discipline.boundary.IncidentSummary;
import my.etika.discipline.entity.IncidentStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.Charts;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/**
 * The integrity unit's cases: filters (status, division, category, overdue, age), the list with each case's next
 * deadline and age, and charts by provision, category, division and outcome.
 */
@Named
@ViewScoped
public class CasesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    IncidentDesk desk;

    @Inject
    LanguageSelection language;

    private String status;
    private String orgUnit;
    private String category;
    private boolean overdueOnly;
    private int olderThanDays;
    private List<IncidentSummary> cases = List.of();
    private long total;
    private final Map<String, String> charts = new LinkedHashMap<>();

    @PostConstruct
    public void load() {
        IncidentCriteria criteria = new IncidentCriteria(status, orgUnit, null, category, overdueOnly, olderThanDays);
        try {
            cases = desk.find(criteria, 0, PAGE);
            total = desk.count(criteria);
            charts(desk.charts());
        } catch (BusinessException refused) {
            cases = List.of();
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
        }
    }

    private void charts(CaseCharts counts) {
        String series = Messages.text(language.getLocale(), "cases.count");
        charts.put("provision", Charts.horizontalBars(labelled(counts.byProvision(), null), series, "#1f5f8b"));
        charts.put("category", Charts.horizontalBars(labelled(counts.byCategory(), null), series, "#6b4c9a"));
        charts.put("orgUnit", Charts.horizontalBars(labelled(counts.byOrgUnit(), null), series, "#2e7d32"));
        charts.put("outcome", Charts.horizontalBars(labelled(counts.byOutcome(), "caseOutcome."), series, "#b4561b"));
    }

    private Map<String, Long> labelled(List<CaseCharts.Count> counts, String bundlePrefix) {
        Map<String, Long> values = new LinkedHashMap<>();
        counts.forEach(c -> values.merge(bundlePrefix == null ? c.label()
                : Messages.text(language.getLocale(), bundlePrefix + c.key()), c.count(), Long::sum));
        return values;
    }

    public Map<String, String> getCharts() {
        return charts;
    }

    public List<String> getStatuses() {
        return Arrays.stream(IncidentStatus.values()).map(Enum::name).toList();
    }

    public List<IncidentSummary> getCases() {
        return cases;
    }

    public long getTotal() {
        return total;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(String orgUnit) {
        this.orgUnit = orgUnit;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public int getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(int olderThanDays) {
        this.olderThanDays = olderThanDays;
    }
}

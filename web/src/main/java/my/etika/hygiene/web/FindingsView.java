package my.etika.hygiene.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import my.etika.hygiene.boundary.FindingCriteria;
import my.etika.hygiene.boundary.FindingDesk;
import my.etika.hygiene.boundary.FindingView;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.hygiene.entity.HygieneRule;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.Charts;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/**
 * Findings for the integrity unit and HR: filters, a chart of the open ones by rule, and the integrity unit's
 * steps (verify, dismiss with a reason, reopen with a reason).
 */
@Named
@ViewScoped
public class FindingsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    FindingDesk desk;

    @Inject
    LanguageSelection language;

    private String rule;
    private String status;
    private String orgUnit;
    private int olderThanDays;
    private List<FindingView> findings;
    private long total;
    private final Map<Long, String> reasons = new HashMap<>();
    private String chart = "{}";
    private String chartByOrgUnit = "{}";
    private List<FindingView> selected = List.of();
    private String bulkReason;

    @PostConstruct
    public void load() {
        FindingCriteria criteria = new FindingCriteria(rule, status, orgUnit, olderThanDays);
        try {
            findings = desk.find(criteria, 0, PAGE);
            total = desk.count(criteria);
            charts();
        } catch (BusinessException refused) {
            findings = List.of();
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
    }

    public void verify(FindingView finding) {
        step(finding, FindingStatus.VERIFIED);
    }

    public void dismiss(FindingView finding) {
        step(finding, FindingStatus.DISMISSED);
    }

    public void reopen(FindingView finding) {
        step(finding, FindingStatus.OPEN);
    }

    /** Verifies every selected finding the officer has fixed. */
    public void verifySelected() {
        bulk(FindingStatus.VERIFIED);
    }

    /** Dismisses every selected finding, with the one reason given. */
    public void dismissSelected() {
        bulk(FindingStatus.DISMISSED);
    }

    private void bulk(FindingStatus to) {
        Map<Long, Long> versions = new LinkedHashMap<>();
        selected.stream().filter(f -> FindingStatus.valueOf(f.status()).next().contains(to))
                .forEach(f -> versions.put(f.id(), f.version()));
        try {
            int moved = desk.moveAll(versions, to, bulkReason);
            message(FacesMessage.SEVERITY_INFO, "findings.movedMany", moved,
                    Messages.text(language.getLocale(), "findingStatus." + to.name()));
            selected = List.of();
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
        load();
    }

    public List<FindingView> getSelected() {
        return selected;
    }

    public void setSelected(List<FindingView> selected) {
        this.selected = selected == null ? List.of() : selected;
    }

    public String getBulkReason() {
        return bulkReason;
    }

    public void setBulkReason(String bulkReason) {
        this.bulkReason = bulkReason;
    }

    private void step(FindingView finding, FindingStatus to) {
        try {
            desk.move(finding.id(), finding.version(), to, reasons.get(finding.id()));
            message(FacesMessage.SEVERITY_INFO, "findings.moved", finding.id(),
                    Messages.text(language.getLocale(), "findingStatus." + to.name()));
        } catch (BusinessException refused) {
            message(FacesMessage.SEVERITY_ERROR, refused.messageKey(), refused.arguments().toArray());
        }
        load();
    }

    /** The two charts of open findings, by rule and by division, from one query (not on every EL read). */
    private void charts() {
        Map<String, Long> byRule = new LinkedHashMap<>();
        Map<String, Long> byUnit = new LinkedHashMap<>();
        for (Object[] row : desk.openByRuleAndOrgUnit()) {
            long count = ((Number) row[2]).longValue();
            byRule.merge(Messages.text(language.getLocale(), "hygieneRule." + ((HygieneRule) row[0]).name()), count,
                    Long::sum);
            byUnit.merge(row[1] == null ? Messages.text(language.getLocale(), "common.notSet") : (String) row[1],
                    count, Long::sum);
        }
        chart = bars(byRule);
        chartByOrgUnit = bars(byUnit);
    }

    /** Chart.js configuration: open findings by rule. */
    public String getChart() {
        return chart;
    }

    /** Chart.js configuration: open findings by org unit. */
    public String getChartByOrgUnit() {
        return chartByOrgUnit;
    }

    private String bars(Map<String, Long> values) {
        return Charts.horizontalBars(values, Messages.text(language.getLocale(), "findings.open"), "#b4561b");
    }

    private void message(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity,
                Messages.text(language.getLocale(), key, arguments), null));
    }

    public List<String> getRules() {
        return Arrays.stream(HygieneRule.values()).map(Enum::name).toList();
    }

    public List<String> getStatuses() {
        return Arrays.stream(FindingStatus.values()).map(Enum::name).toList();
    }

    public List<FindingView> getFindings() {
        return findings;
    }

    public long getTotal() {
        return total;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getRule() {
        return rule;
    }

    public void setRule(String rule) {
        this.rule = rule;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public int getOlderThanDays() {
        return olderThanDays;
    }

    public void setOlderThanDays(int olderThanDays) {
        this.olderThanDays = olderThanDays;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public void setOrgUnit(String orgUnit) {
        this.orgUnit = orgUnit;
    }
}

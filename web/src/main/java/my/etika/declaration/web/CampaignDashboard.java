package my.etika.declaration.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.List;
import my.etika.declaration.boundary.CampaignDesk;
import my.etika.declaration.boundary.CampaignProgress;
import my.etika.declaration.boundary.CampaignView;
import my.etika.declaration.boundary.DeclarationLine;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;

/**
 * A campaign's dashboard: completion in all and by org unit (a chart, and the same figures as a table), and the
 * drill-down to the officers of one unit who have not signed, with exports of the list.
 */
@Named
@ViewScoped
public class CampaignDashboard implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int DRILL_DOWN = 500;

    @Inject
    CampaignDesk campaigns;

    @Inject
    LanguageSelection language;

    private Long id;
    private CampaignView campaign;
    private CampaignProgress progress;
    private String unit;
    private List<DeclarationLine> outstanding = List.of();

    public void load() {
        if (id == null) {
            return;
        }
        try {
            campaign = campaigns.campaign(id);
            progress = campaigns.progress(id);
        } catch (BusinessException refused) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), refused.messageKey(), refused.arguments().toArray()), null));
        }
    }

    /** The officers of one unit ("" for officers without one) who have not signed yet. */
    public void drillDown(String orgUnit) {
        unit = orgUnit;
        outstanding = campaigns.declarations(id, "PENDING", orgUnit, 0, DRILL_DOWN);
    }

    /** Chart.js configuration: signed and not yet signed, stacked, per org unit. */
    public String getChart() {
        if (progress == null) {
            return "{}";
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder signed = Json.createArrayBuilder();
        JsonArrayBuilder pending = Json.createArrayBuilder();
        for (CampaignProgress.UnitCounts u : progress.units()) {
            labels.add(u.orgUnit().isEmpty() ? Messages.text(language.getLocale(), "common.notSet") : u.orgUnit());
            signed.add(u.counts().signed());
            pending.add(u.counts().pending());
        }
        var stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", text("declarationStatus.SIGNED"))
                                .add("data", signed).add("backgroundColor", "#1b6e3a"))
                        .add(Json.createObjectBuilder().add("label", text("declarationStatus.PENDING"))
                                .add("data", pending).add("backgroundColor", "#b4561b"))))
                .add("options", Json.createObjectBuilder().add("indexAxis", "y").add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", stacked)))
                .build().toString();
    }

    /** Pixels the chart needs: one bar per unit. */
    public int getChartHeight() {
        return progress == null ? 0 : Math.max(160, 40 + 28 * progress.units().size());
    }

    private String text(String key) {
        return Messages.text(language.getLocale(), key);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CampaignView getCampaign() {
        return campaign;
    }

    public CampaignProgress getProgress() {
        return progress;
    }

    public String getUnit() {
        return unit;
    }

    public List<DeclarationLine> getOutstanding() {
        return outstanding;
    }
}

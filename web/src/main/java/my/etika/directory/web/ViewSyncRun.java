package my.etika.directory.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import my.etika.directory.boundary.DirectorySync;
import my.etika.directory.boundary.HeldOfficerView;
import my.etika.directory.boundary.SyncErrorView;
import my.etika.directory.boundary.SyncRunView;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One sync run: its details, the entries it could not apply, and for a run held by the safety limit the exact
 * officers it would deactivate, with the decision to approve or reject.
 */
@Named
@ViewScoped
public class ViewSyncRun implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DirectorySync sync;

    @Inject
    LanguageSelection language;

    private Long id;
    private transient SyncRunView run;
    private transient boolean loaded;
    private transient LazyDataModel<SyncErrorView> errors;
    private transient LazyDataModel<HeldOfficerView> held;

    /** The view action: an unknown run is a message, not an error page. */
    public void load() {
        if (id != null && getRun() == null) {
            addMessage(FacesMessage.SEVERITY_ERROR, "sync.runNotFound", id);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
        loaded = false;
    }

    public SyncRunView getRun() {
        if (!loaded) {
            run = id == null ? null : sync.run(id).orElse(null);
            loaded = true;
        }
        return run;
    }

    public boolean isFound() {
        return getRun() != null;
    }

    public boolean isHeld() {
        return isFound() && getRun().isHeld();
    }

    public String getOutcome() {
        SyncRunView shown = getRun();
        return shown == null ? "" : ManageDirectorySync.outcomeText(language.getLocale(), shown.outcomeKey(),
                shown.outcomeDetail());
    }

    public String getMechanism() {
        SyncRunView shown = getRun();
        return shown == null ? "" : ManageDirectorySync.mechanismText(language.getLocale(), shown.mechanism());
    }

    public String getRateText() {
        SyncRunView shown = getRun();
        return shown == null ? "" : Messages.text(language.getLocale(), "sync.rateValue",
                ManageDirectorySync.Progress.of(shown, Instant.now()).rate());
    }

    /** The confirmation question, with the number of officers the approval deactivates. */
    public String getApproveQuestion() {
        return isFound() ? Messages.text(language.getLocale(), "syncRun.approveQuestion", getRun().held()) : "";
    }

    public String getRejectQuestion() {
        return isFound() ? Messages.text(language.getLocale(), "syncRun.rejectQuestion", getRun().held()) : "";
    }

    public void approve() {
        try {
            run = sync.approve(id);
            loaded = true;
            addMessage(FacesMessage.SEVERITY_INFO, "syncRun.approved", run.deactivated());
        } catch (BusinessException refused) {
            loaded = false;
            FacesContext.getCurrentInstance().addMessage(null,
                    ManageDirectorySync.message(language.getLocale(), refused));
        }
    }

    public void reject() {
        try {
            run = sync.reject(id);
            loaded = true;
            addMessage(FacesMessage.SEVERITY_INFO, "syncRun.rejected", run.held());
        } catch (BusinessException refused) {
            loaded = false;
            FacesContext.getCurrentInstance().addMessage(null,
                    ManageDirectorySync.message(language.getLocale(), refused));
        }
    }

    /** The entries this run could not apply, a page at a time, in the order they were met. */
    public LazyDataModel<SyncErrorView> getErrors() {
        if (errors == null) {
            errors = new ErrorPages();
        }
        return errors;
    }

    /** The officers a held run would deactivate, by name. */
    public LazyDataModel<HeldOfficerView> getHeld() {
        if (held == null) {
            held = new HeldPages();
        }
        return held;
    }

    private void addMessage(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, Messages.text(language.getLocale(), key, arguments), null));
    }

    private final class ErrorPages extends LazyDataModel<SyncErrorView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return isFound() ? Math.toIntExact(getRun().errors()) : 0;
        }

        @Override
        public List<SyncErrorView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return isFound() ? sync.errors(id, first, pageSize) : List.of();
        }

        @Override
        public String getRowKey(SyncErrorView error) {
            return error.dn();
        }
    }

    private final class HeldPages extends LazyDataModel<HeldOfficerView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return isHeld() ? Math.toIntExact(getRun().held()) : 0;
        }

        @Override
        public List<HeldOfficerView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return isHeld() ? sync.held(id, first, pageSize) : List.of();
        }

        @Override
        public String getRowKey(HeldOfficerView officer) {
            return String.valueOf(officer.officerId());
        }
    }
}

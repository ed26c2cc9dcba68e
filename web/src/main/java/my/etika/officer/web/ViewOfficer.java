package my.etika.officer.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import my.etika.officer.boundary.OfficerChange;
import my.etika.officer.boundary.OfficerDetail;
import my.etika.officer.boundary.OfficerSearch;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One officer as HR sees them: the record, where they stand in the registry, and their change history. */
@Named
@ViewScoped
public class ViewOfficer implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many history entries are read per query when counting them (the boundary has no count). */
    static final int COUNT_PAGE = 500;
    /** Counting stops here; an officer's history is normally a few dozen entries. */
    static final long COUNT_LIMIT = 10_000;

    @Inject
    OfficerSearch search;

    @Inject
    LanguageSelection language;

    private Long id;
    private Long historyCountFor;
    private long historyCount;
    private transient OfficerDetail officer;
    private transient boolean loaded;
    private transient LazyDataModel<OfficerChange> history;

    /** The view action: an unknown officer is a message, not an error page. */
    public void load() {
        if (id != null && getOfficer() == null) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text(language.getLocale(), "officer.notFoundById", id), null));
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
        loaded = false;
    }

    public OfficerDetail getOfficer() {
        if (!loaded) {
            officer = id == null ? null : search.detail(id).orElse(null);
            loaded = true;
        }
        return officer;
    }

    public boolean isFound() {
        return getOfficer() != null;
    }

    public LazyDataModel<OfficerChange> getHistory() {
        if (history == null) {
            history = new HistoryPages();
        }
        return history;
    }

    /** The number of history entries, counted once per view (the boundary offers pages only). */
    long historyCount() {
        if (!id.equals(historyCountFor)) {
            historyCount = countByPages((first, max) -> search.history(id, first, max).size(), COUNT_PAGE,
                    COUNT_LIMIT);
            historyCountFor = id;
        }
        return historyCount;
    }

    /** Reads one page of something. */
    @FunctionalInterface
    interface PageSize {
        int of(int first, int max);
    }

    /** Counts rows by reading pages until a short one (or the limit) is met. */
    static long countByPages(PageSize pages, int pageSize, long limit) {
        long count = 0;
        while (count < limit) {
            int read = pages.of(Math.toIntExact(count), pageSize);
            count += read;
            if (read < pageSize) {
                break;
            }
        }
        return Math.min(count, limit);
    }

    static FacesMessage message(Locale locale, BusinessException refused) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, refused.messageKey(), refused.arguments().toArray()), null);
    }

    private final class HistoryPages extends LazyDataModel<OfficerChange> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            try {
                return isFound() ? Math.toIntExact(historyCount()) : 0;
            } catch (BusinessException refused) {
                FacesContext.getCurrentInstance().addMessage(null, message(language.getLocale(), refused));
                return 0;
            }
        }

        @Override
        public List<OfficerChange> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            try {
                return isFound() ? search.history(id, first, pageSize) : List.of();
            } catch (BusinessException refused) {
                FacesContext.getCurrentInstance().addMessage(null, message(language.getLocale(), refused));
                return List.of();
            }
        }

        @Override
        public String getRowKey(OfficerChange change) {
            return change.changedAt() + "/" + change.kind();
        }
    }
}

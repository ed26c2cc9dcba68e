package my.etika.officer.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import my.etika.officer.boundary.OfficerCriteria;
import my.etika.officer.boundary.OfficerSearch;
import my.etika.officer.boundary.OfficerSummary;
import my.etika.officer.entity.OfficerStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;
import my.etika.platform.web.Messages;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "Officers": the officers table for HR and administrators. Filtering, sorting and paging happen in the
 * database a page at a time; the total is counted once per filter (not again for each page or sort).
 */
@Named
@ViewScoped
public class BrowseOfficers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's client id, to go back to the first page when the filter changes. */
    static final String TABLE = "officers:table";

    /** The columns the table can sort on: {@link OfficerCriteria}'s sort fields. */
    static final Set<String> SORTABLE = Set.of("fullName", "login", "employeeNumber", "grade", "orgUnit", "status",
            "lastChangedAt");

    @Inject
    OfficerSearch search;

    @Inject
    LanguageSelection language;

    private String text;
    private String orgUnit;
    private String status;
    private List<String> orgUnits;

    private Filter counted;
    private long total;

    private transient LazyDataModel<OfficerSummary> officers;

    @PostConstruct
    void load() {
        orgUnits = new ArrayList<>(search.orgUnits());
    }

    /** The filter changed: count again (once) and show the first page. */
    public void filter() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent table = faces.getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** How many officers the current filter finds; counted only when the filter has changed. */
    public long getTotal() {
        Filter now = currentFilter();
        if (!now.equals(counted)) {
            try {
                total = search.count(now.criteria(null, true));
            } catch (BusinessException refused) {
                total = 0;
                FacesContext.getCurrentInstance().addMessage(null, message(language.getLocale(), refused));
            }
            counted = now;
        }
        return total;
    }

    public LazyDataModel<OfficerSummary> getOfficers() {
        if (officers == null) {
            officers = new OfficerPages();
        }
        return officers;
    }

    public List<String> getOrgUnits() {
        return orgUnits;
    }

    /** The status filter's choices: every status, then "deactivated" (left the directory). */
    public List<String> getStatuses() {
        List<String> statuses = new ArrayList<>(Arrays.stream(OfficerStatus.values()).map(Enum::name).toList());
        statuses.add(OfficerCriteria.DEACTIVATED);
        return statuses;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
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

    private Filter currentFilter() {
        return Filter.of(text, orgUnit, status);
    }

    static FacesMessage message(Locale locale, BusinessException refused) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, refused.messageKey(), refused.arguments().toArray()), null);
    }

    /** What the table is filtered by (normalised as {@link OfficerCriteria} does), to know when to count again. */
    record Filter(String text, String orgUnit, String status) implements Serializable {

        static Filter of(String text, String orgUnit, String status) {
            OfficerCriteria normal = new OfficerCriteria(text, orgUnit, status, null, true);
            return new Filter(normal.text(), normal.orgUnit(), normal.status());
        }

        OfficerCriteria criteria(String sort, boolean ascending) {
            return new OfficerCriteria(text, orgUnit, status, sort, ascending);
        }
    }

    /** The sort a table asks for: the first active sortable column; by name, A to Z, when there is none. */
    record Sort(String field, boolean ascending) {

        static final Sort DEFAULT = new Sort("fullName", true);

        static Sort of(Map<String, SortMeta> sortBy) {
            if (sortBy == null) {
                return DEFAULT;
            }
            return sortBy.values().stream().filter(SortMeta::isActive).sorted()
                    .filter(meta -> SORTABLE.contains(meta.getField())).findFirst()
                    .map(meta -> new Sort(meta.getField(), meta.getOrder().isAscending())).orElse(DEFAULT);
        }
    }

    private final class OfficerPages extends LazyDataModel<OfficerSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(Math.min(Integer.MAX_VALUE, getTotal()));
        }

        @Override
        public List<OfficerSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            Sort sort = Sort.of(sortBy);
            try {
                return search.find(currentFilter().criteria(sort.field(), sort.ascending()), first, pageSize,
                        getTotal());
            } catch (BusinessException refused) {
                FacesContext.getCurrentInstance().addMessage(null, message(language.getLocale(), refused));
                return List.of();
            }
        }

        @Override
        public String getRowKey(OfficerSummary officer) {
            return String.valueOf(officer.id());
        }
    }
}

package my.etika.audit.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import my.etika.audit.boundary.AuditCriteria;
import my.etika.audit.boundary.AuditEventView;
import my.etika.audit.boundary.AuditLog;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * "Audit log": the events newest first, a page at a time from the database, filtered by actor, record, action and
 * a period of Malaysian days; an event opens the history of its record, each step with its before and after.
 */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The table's client id, to go back to the first page when the filter changes. */
    static final String TABLE = "auditLog:events";

    private static final JsonWriterFactory PRETTY = Json.createWriterFactory(
            Map.of(JsonGenerator.PRETTY_PRINTING, true));

    @Inject
    AuditLog log;

    private String actor;
    private String entityType;
    private String entityId;
    private String action;
    private LocalDate fromDay;
    private LocalDate toDay;

    private AuditCriteria counted;
    private long total;
    private transient LazyDataModel<AuditEventView> events;

    private AuditEventView opened;
    private List<AuditEventView> history = List.of();

    /** The filter changed: count again (once) and show the first page. */
    public void filter() {
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /** Empties every filter. */
    public void reset() {
        actor = null;
        entityType = null;
        entityId = null;
        action = null;
        fromDay = null;
        toDay = null;
        filter();
    }

    /** Opens the history of the event's record (the event alone when it names no record). */
    public void open(AuditEventView event) {
        opened = event;
        history = event.entityId() == null ? List.of(event) : log.history(event.entityType(), event.entityId());
    }

    public long getTotal() {
        AuditCriteria now = criteria();
        if (!now.equals(counted)) {
            total = log.count(now);
            counted = now;
        }
        return total;
    }

    public LazyDataModel<AuditEventView> getEvents() {
        if (events == null) {
            events = new EventPages();
        }
        return events;
    }

    /** A state for reading: JSON indented, any other text as it is. */
    public String pretty(String state) {
        return indent(state);
    }

    static String indent(String state) {
        if (state == null || state.isBlank()) {
            return state;
        }
        try (JsonReader reader = Json.createReader(new StringReader(state))) {
            JsonStructure json = reader.read();
            StringWriter out = new StringWriter();
            try (JsonWriter writer = PRETTY.createWriter(out)) {
                writer.write(json);
            }
            return out.toString().strip();
        } catch (JsonException | IllegalStateException notJson) {
            return state;
        }
    }

    private AuditCriteria criteria() {
        return new AuditCriteria(actor, entityType, entityId, action, AuditPeriod.startOf(fromDay),
                AuditPeriod.endOf(toDay));
    }

    public AuditEventView getOpened() {
        return opened;
    }

    public List<AuditEventView> getHistory() {
        return history;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
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

    private final class EventPages extends LazyDataModel<AuditEventView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.toIntExact(Math.min(Integer.MAX_VALUE, getTotal()));
        }

        @Override
        public List<AuditEventView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return log.find(criteria(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEventView event) {
            return String.valueOf(event.position());
        }

        @Override
        public AuditEventView getRowData(String rowKey) {
            return getWrappedData() == null ? null : getWrappedData().stream()
                    .filter(e -> String.valueOf(e.position()).equals(rowKey)).findFirst().orElse(null);
        }
    }
}

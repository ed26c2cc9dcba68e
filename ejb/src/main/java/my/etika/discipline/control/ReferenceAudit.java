package my.etika.discipline.control;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;

/**
 * The audit events of reference data: a code added, revised (the version closed and its successor) or retired,
 * each version's state as its view shows it, whatever the kind.
 */
public final class ReferenceAudit {

    public static final String REVISE = "REVISE";
    public static final String RETIRE = "RETIRE";

    private ReferenceAudit() {
    }

    public static AuditEntry added(String entityType, Object id, Record after) {
        return AuditEntry.change(entityType, id, AuditAction.CREATE, null, null, AuditJson.of(state(after)));
    }

    public static AuditEntry revised(String entityType, Object id, String reason, Record before, Record after) {
        return AuditEntry.change(entityType, id, REVISE, reason, AuditJson.of(state(before)),
                AuditJson.of(state(after)));
    }

    public static AuditEntry retired(String entityType, Object id, String reason, Record before, Record after) {
        return AuditEntry.change(entityType, id, RETIRE, reason, AuditJson.of(state(before)),
                AuditJson.of(state(after)));
    }

    /** A view's components by name (nested records as objects too). */
    static Map<String, Object> state(Record view) {
        Map<String, Object> state = new LinkedHashMap<>();
        for (RecordComponent component : view.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(view);
                state.put(component.getName(), value instanceof Record nested ? state(nested) : value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("A view's component cannot be read: " + component, e);
            }
        }
        return state;
    }
}

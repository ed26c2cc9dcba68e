package my.etika.calendar.control;

import java.util.LinkedHashMap;
import java.util.Map;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;
import my.etika.calendar.entity.PublicHoliday;

/** The audit events of the working calendar: a holiday added or withdrawn, an import (its counts). */
public final class HolidayAudit {

    public static final String ENTITY = "PublicHoliday";
    public static final String WITHDRAW = "WITHDRAW";
    public static final String IMPORT = "IMPORT";

    private HolidayAudit() {
    }

    public static AuditEntry added(PublicHoliday holiday) {
        return AuditEntry.change(ENTITY, holiday.getId(), AuditAction.CREATE, null, null,
                AuditJson.of(state(holiday)));
    }

    public static AuditEntry withdrawn(PublicHoliday holiday) {
        Map<String, Object> before = state(holiday);
        before.put("withdrawn", false);
        Map<String, Object> after = state(holiday);
        after.put("withdrawn", true);
        after.put("withdrawnAt", holiday.getWithdrawnAt());
        return AuditEntry.change(ENTITY, holiday.getId(), WITHDRAW, holiday.getWithdrawnReason(),
                AuditJson.of(before), AuditJson.of(after));
    }

    public static AuditEntry imported(int rows, int added, Map<String, Integer> perState) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("rows", rows);
        counts.put("added", added);
        counts.put("perState", perState);
        return AuditEntry.event(ENTITY, null, IMPORT, AuditJson.of(counts));
    }

    private static Map<String, Object> state(PublicHoliday holiday) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("state", holiday.getStateCode());
        state.put("date", holiday.getDate());
        state.put("nameMs", holiday.getNameMs());
        state.put("nameEn", holiday.getNameEn());
        state.put("kind", holiday.getKind());
        state.put("source", holiday.getSource());
        return state;
    }
}

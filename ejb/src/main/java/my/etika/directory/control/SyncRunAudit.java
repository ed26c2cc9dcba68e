package my.etika.directory.control;

import java.util.LinkedHashMap;
import java.util.Map;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;
import my.etika.directory.entity.SyncRun;

/** The audit events of directory sync: a run when it ends, and HR's decision on a held run's deactivations. */
public final class SyncRunAudit {

    public static final String ENTITY = "SyncRun";
    public static final String APPROVE = "APPROVE_DEACTIVATIONS";
    public static final String REJECT = "REJECT_DEACTIVATIONS";
    /** Who the timers start runs as ({@link SyncScheduler}); the audit trail calls it "system". */
    static final String SCHEDULER = "scheduler";
    static final String SYSTEM = "system";

    private SyncRunAudit() {
    }

    /** The run's mode, status and counts, once it has ended. */
    public static AuditEntry finished(SyncRun run) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", run.getMode());
        details.put("status", run.getStatus());
        details.put("mechanism", run.getMechanism());
        details.put("startedAt", run.getStartedAt());
        details.put("finishedAt", run.getFinishedAt());
        details.put("entriesSeen", run.getEntriesSeen());
        details.put("created", run.getCreated());
        details.put("updated", run.getUpdated());
        details.put("moved", run.getMoved());
        details.put("unchanged", run.getUnchanged());
        details.put("deactivated", run.getDeactivated());
        details.put("reactivated", run.getReactivated());
        details.put("errors", run.getErrors());
        details.put("held", run.getHeld());
        details.put("outcome", run.getOutcomeKey());
        details.put("outcomeDetail", run.getOutcomeDetail());
        return AuditEntry.event(ENTITY, run.getId(), AuditAction.SYNC_RUN, AuditJson.of(details));
    }

    public static AuditEntry approved(SyncRun run, long deactivated) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("held", run.getHeld());
        details.put("deactivated", deactivated);
        return AuditEntry.event(ENTITY, run.getId(), APPROVE, AuditJson.of(details));
    }

    public static AuditEntry rejected(SyncRun run) {
        return AuditEntry.event(ENTITY, run.getId(), REJECT, AuditJson.of(Map.of("held", run.getHeld())));
    }

    /** Who started the run: the person, or "system" for the timers. */
    public static String actorOf(SyncRun run) {
        String by = run.getRequestedBy();
        return by == null || SCHEDULER.equals(by) ? SYSTEM : by;
    }
}

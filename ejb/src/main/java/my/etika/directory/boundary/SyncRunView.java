package my.etika.directory.boundary;

import java.time.Instant;
import my.etika.directory.entity.SyncRun;

/** A sync run as the screens and the API show it. */
public record SyncRunView(long id, String mode, String status, String mechanism, String requestedBy,
        Instant startedAt, Instant finishedAt, long entriesSeen, long created, long updated, long moved,
        long unchanged, long deactivated, long reactivated, long errors, long held, long expectedEntries,
        String outcomeKey,
        String outcomeDetail, String decidedBy, Instant decidedAt) {

    static SyncRunView of(SyncRun run) {
        return new SyncRunView(run.getId(), run.getMode().name(), run.getStatus().name(), run.getMechanism(),
                run.getRequestedBy(), run.getStartedAt(), run.getFinishedAt(), run.getEntriesSeen(),
                run.getCreated(), run.getUpdated(), run.getMoved(), run.getUnchanged(), run.getDeactivated(),
                run.getReactivated(), run.getErrors(), run.getHeld(),
                run.getExpectedEntries() == null ? 0 : run.getExpectedEntries(), run.getOutcomeKey(),
                run.getOutcomeDetail(),
                run.getDecidedBy(), run.getDecidedAt());
    }

    public boolean isRunning() {
        return "RUNNING".equals(status);
    }

    public boolean isHeld() {
        return "HELD".equals(status);
    }
}

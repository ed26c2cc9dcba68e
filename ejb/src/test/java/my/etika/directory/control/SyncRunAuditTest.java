package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import my.etika.audit.boundary.AuditEntry;
import my.etika.directory.entity.SyncMode;
import my.etika.directory.entity.SyncRun;
import my.etika.directory.entity.SyncStatus;
import org.junit.jupiter.api.Test;

/** A sync run's audit event: mode, status and counts when it ends; the timer's runs are the system's. */
class SyncRunAuditTest {

    private static final Instant START = Instant.parse("2026-12-03T02:00:00Z");

    @Test
    void anEndedRunKeepsItsModeStatusAndCounts() {
        SyncRun run = new SyncRun(SyncMode.FULL, "demo.pentadbir", "node1", START, START.plusSeconds(300));
        run.progress(10, 2, 3, 1, 4, 0, 0, 1, "timestamp", START.plusSeconds(600));
        run.finish(SyncStatus.COMPLETED, 0, null, null, START.plusSeconds(60));

        AuditEntry entry = SyncRunAudit.finished(run);

        assertThat(entry.entityType()).isEqualTo("SyncRun");
        assertThat(entry.action()).isEqualTo("SYNC_RUN");
        assertThat(entry.details()).contains("\"mode\":\"FULL\"", "\"status\":\"COMPLETED\"", "\"entriesSeen\":10",
                "\"created\":2", "\"updated\":3", "\"errors\":1", "\"mechanism\":\"timestamp\"");
        assertThat(SyncRunAudit.actorOf(run)).isEqualTo("demo.pentadbir");
    }

    @Test
    void theTimersRunsAreTheSystems() {
        SyncRun run = new SyncRun(SyncMode.INCREMENTAL, "scheduler", "node1", START, START.plusSeconds(300));

        assertThat(SyncRunAudit.actorOf(run)).isEqualTo("system");
    }

    @Test
    void anApprovalCountsTheDeactivations() {
        SyncRun run = new SyncRun(SyncMode.FULL, "scheduler", "node1", START, START.plusSeconds(300));
        run.finish(SyncStatus.HELD, 40, "sync.held", null, START.plusSeconds(60));
        run.approved("demo.hr", 38, START.plusSeconds(3600));

        AuditEntry entry = SyncRunAudit.approved(run, 38);

        assertThat(entry.action()).isEqualTo("APPROVE_DEACTIVATIONS");
        assertThat(entry.details()).isEqualTo("{\"deactivated\":38,\"held\":40}");
    }
}

package my.etika.directory.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import my.etika.directory.entity.SyncMode;

/**
 * The sync schedule: incremental runs every few minutes and a full reconcile at night (Malaysian time), as
 * persistent timers re-created from the configuration at every start. A timer that finds a run going skips its
 * turn. At start-up, runs left RUNNING by a node that died, once their lease has run out, are marked ABORTED.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the database lock, not the bean, keeps runs apart
@PermitAll // timer callbacks have no caller
public class SyncScheduler {

    private static final Logger LOG = Logger.getLogger(SyncScheduler.class.getName());
    private static final String ZONE = "Asia/Kuala_Lumpur";

    @Resource
    TimerService timers;

    @Inject
    SyncConfiguration configuration;

    @Inject
    SyncRuns runs;

    @Inject
    SyncExecutor executor;

    @PostConstruct
    void schedule() {
        int aborted = runs.abortExpired();
        if (aborted > 0) {
            LOG.warning(() -> aborted + " sync run(s) interrupted by a crash marked ABORTED");
        }
        timers.getTimers().forEach(Timer::cancel);
        if (!configuration.scheduleEnabled()) {
            LOG.info("Directory sync schedule disabled (etika.sync.schedule-enabled=false)");
            return;
        }
        int every = configuration.incrementalEveryMinutes();
        if (every > 0) {
            timers.createCalendarTimer(new ScheduleExpression().timezone(ZONE).hour("*").minute("*/" + every),
                    new TimerConfig(SyncMode.INCREMENTAL.name(), true));
        }
        String fullAt = configuration.fullAt();
        if (!fullAt.isBlank()) {
            String[] hourMinute = fullAt.trim().split(":");
            timers.createCalendarTimer(new ScheduleExpression().timezone(ZONE).hour(hourMinute[0])
                    .minute(hourMinute.length > 1 ? hourMinute[1] : "0"), new TimerConfig(SyncMode.FULL.name(), true));
        }
        LOG.info(() -> "Directory sync scheduled: incremental every " + every + " min, full at " + fullAt + " ("
                + ZONE + ")");
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void run(Timer timer) {
        SyncMode mode = SyncMode.valueOf((String) timer.getInfo());
        long runId;
        try {
            runId = runs.begin(mode, "scheduler");
        } catch (SyncAlreadyRunningException busy) {
            LOG.fine(() -> "Scheduled " + mode + " sync skipped: a run is going");
            return;
        }
        executor.execute(runId, mode);
    }
}

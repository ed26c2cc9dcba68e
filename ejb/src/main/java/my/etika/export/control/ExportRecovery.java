package my.etika.export.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import my.etika.export.entity.ExportJob;
import my.etika.export.entity.ExportStatus;

/**
 * Exports that were queued or running when the server stopped are started again from the beginning, shortly after
 * the application starts (a timer, so that the deployment is complete first): the requester still gets the package
 * they asked for, with the same filters, and the half-written file is removed.
 */
@Singleton
@Startup
@PermitAll
public class ExportRecovery {

    private static final Logger LOG = Logger.getLogger(ExportRecovery.class.getName());
    private static final long DELAY_MILLIS = 5_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    ExportRunner runner;

    @Inject
    ExportKeys keys;

    @Resource
    TimerService timers;

    @Resource
    ManagedExecutorService executor;

    /** Exports asked for since belong to this server's run, never to be started twice. */
    private Instant startedAt;

    @PostConstruct
    void scheduleResume() {
        startedAt = Instant.now();
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig("export-recovery", false));
    }

    @Timeout
    void onTimeout() {
        resumeUnfinished();
    }

    /** Starts again every export left unfinished by an earlier run of the server; returns their ids. */
    public List<Long> resumeUnfinished() {
        List<ExportJob> unfinished = em.createQuery("SELECT j FROM ExportJob j WHERE j.status IN :unfinished"
                + " AND j.requestedAt < :startedAt ORDER BY j.id", ExportJob.class).setParameter("unfinished",
                        List.of(ExportStatus.QUEUED, ExportStatus.RUNNING)).setParameter("startedAt", startedAt)
                .getResultList();
        for (ExportJob job : unfinished) {
            long id = job.getId();
            ExportFilters filters = filters(job.getFilters());
            try {
                Files.deleteIfExists(keys.exportDirectory().resolve(id + ".zip.part"));
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove the partial package of export " + id, e);
            }
            LOG.info(() -> "Export " + id + " was not finished when the server stopped: starting it again");
            executor.submit(() -> runner.run(id, job.getKind(), filters, job.isMasked()));
        }
        return unfinished.stream().map(ExportJob::getId).toList();
    }

    /** The filters as the job recorded them ({@link ExportFilters#given()} as JSON). */
    static ExportFilters filters(String json) {
        if (json == null || json.isBlank()) {
            return ExportFilters.none();
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject given = reader.readObject();
            return new ExportFilters(date(given, "from"), date(given, "to"), text(given, "orgUnit"),
                    number(given, "provisionId"), text(given, "categoryCode"), text(given, "status"),
                    text(given, "outcome"), number(given, "campaignId"), text(given, "ruleCode"));
        }
    }

    private static String text(JsonObject json, String key) {
        return json.get(key) instanceof JsonString value ? value.getString() : null;
    }

    private static Long number(JsonObject json, String key) {
        return json.get(key) instanceof JsonNumber value ? value.longValue() : null;
    }

    private static LocalDate date(JsonObject json, String key) {
        String value = text(json, key);
        return value == null ? null : LocalDate.parse(value);
    }
}

package my.etika.export.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An export job on the Flyway schema under Hibernate ORM and EclipseLink alike: queued, started, progressed, done
 * with its package's hash; the requester's list newest first; a stale copy refused (the export's own thread and a
 * restart's recovery both write it).
 */
class ExportJobPersistenceTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    private JpaTestUnit unit;

    @AfterEach
    void stop() {
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aJobGoesFromQueuedToDoneAndTheRequesterSeesTheirsNewestFirst(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        long first = inTransaction(em -> persist(em, "demo.juruaudit", ExportKind.INCIDENTS));
        long other = inTransaction(em -> persist(em, "demo.hr", ExportKind.DECLARATIONS));
        long second = inTransaction(em -> persist(em, "demo.juruaudit", ExportKind.FINDINGS));

        inTransaction(em -> {
            ExportJob job = em.find(ExportJob.class, first);
            job.started(2_000);
            job.progressed(1_000);
            assertThat(job.percent()).isEqualTo(50);
            return null;
        });
        inTransaction(em -> {
            em.find(ExportJob.class, first).done(2_000, "ab".repeat(32), 4_096, NOW.plusSeconds(60));
            return null;
        });

        ExportJob done = inTransaction(em -> em.find(ExportJob.class, first));
        assertThat(done.getStatus()).isEqualTo(ExportStatus.DONE);
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.getRowsDone()).isEqualTo(2_000);
        assertThat(done.getPackageSha256()).hasSize(64);
        assertThat(done.getFinishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(done.getFilters()).isEqualTo("{\"from\":\"2026-01-01\"}");
        List<Long> mine = inTransaction(em -> em.createQuery("SELECT j.id FROM ExportJob j WHERE j.requestedBy"
                + " = :login ORDER BY j.id DESC", Long.class).setParameter("login", "demo.juruaudit")
                .getResultList());
        assertThat(mine).containsExactly(second, first).doesNotContain(other);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aStaleCopyOfAJobIsRefused(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        long id = inTransaction(em -> persist(em, "demo.juruaudit", ExportKind.INCIDENTS));
        ExportJob stale = inTransaction(em -> em.find(ExportJob.class, id));
        inTransaction(em -> {
            em.find(ExportJob.class, id).started(10);
            return null;
        });

        assertThatThrownBy(() -> inTransaction(em -> {
            stale.failed("late writer", NOW);
            return em.merge(stale);
        })).isInstanceOfAny(OptimisticLockException.class, RollbackException.class);
        assertThat(inTransaction(em -> em.find(ExportJob.class, id)).getStatus()).isEqualTo(ExportStatus.RUNNING);
    }

    private static long persist(EntityManager em, String login, ExportKind kind) {
        ExportJob job = new ExportJob(kind, ExportFormat.CSV, "{\"from\":\"2026-01-01\"}", false, login, "AUDITOR",
                NOW);
        em.persist(job);
        em.flush();
        return job.getId();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return unit.inTransaction(work);
    }
}

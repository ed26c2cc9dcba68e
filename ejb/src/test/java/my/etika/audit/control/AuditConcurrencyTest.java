package my.etika.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.ChainReport;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Appenders on several threads, each transaction with its own entity manager, wait for each other on the head. */
class AuditConcurrencyTest {

    private static final int THREADS = 4;
    private static final int APPENDS = 50;

    private JpaTestUnit unit;

    @AfterEach
    void stop() {
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void concurrentAppendersLeaveAGaplessIntactChain(JpaProvider provider) throws Exception {
        unit = JpaTestUnit.start(provider);
        TickingClock clock = new TickingClock(Instant.parse("2026-11-23T02:00:00Z"));
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> work = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                String actor = "pegawai." + t;
                work.add(threads.submit(() -> {
                    start.await();
                    List<Long> positions = new ArrayList<>();
                    for (int i = 0; i < APPENDS; i++) {
                        int n = i;
                        positions.add(unit.inTransaction(em -> new AuditAppender(em, clock).append(
                                AuditEntry.event("Kes", n, AuditAction.READ, null), new Actor(actor, "OFFICER", null))
                                .getPosition()));
                    }
                    return positions;
                }));
            }
            start.countDown();
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> thread : work) {
                List<Long> positions = thread.get();
                assertThat(positions).as("one thread's events come in order").isSorted();
                all.addAll(positions);
            }

            assertThat(all).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, THREADS * APPENDS)
                    .boxed().toList());
        } finally {
            threads.shutdownNow();
        }
        EntityManager em = unit.emf().createEntityManager();
        try {
            ChainReport report = new ChainVerifier(em, clock).verify(() -> unit.inTransaction(locked ->
                    new ChainVerifier(locked, clock).tailUnderLock()));
            assertThat(report.intact()).isTrue();
            assertThat(report.eventsChecked()).isEqualTo(THREADS * APPENDS);
        } finally {
            em.close();
        }
    }
}

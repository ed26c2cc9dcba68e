package my.etika.audit.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import my.etika.audit.control.Actor;
import my.etika.audit.control.AuditAppender;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The audit log's filters, pages and one record's history, under Hibernate ORM and EclipseLink. */
class AuditLogTest {

    private static final Instant DAY = Instant.parse("2026-11-23T00:00:00Z");

    private JpaTestUnit unit;
    private EntityManager em;
    private AuditLog log;

    private void start(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        // nine events an hour apart: 00:00 … 08:00
        append(0, "demo.hr", "Officer", "7", AuditAction.UPDATE);
        append(1, "demo.integriti", "Finding", "1", AuditAction.CREATE);
        append(2, "demo.integriti", "Finding", "1", AuditAction.UPDATE);
        append(3, "demo.juruaudit", "Export", null, AuditAction.EXPORT);
        append(4, "demo.integriti", "Finding", "2", AuditAction.CREATE);
        append(5, "demo.integriti", "Finding", "1", AuditAction.UPDATE);
        append(6, "demo.pegawai", "Login", "demo.pegawai", AuditAction.LOGIN);
        append(7, "tiada.siapa", "Login", "tiada.siapa", AuditAction.LOGIN_FAILED);
        append(8, "demo.integriti", "Finding", "10", AuditAction.UPDATE);
        em = unit.emf().createEntityManager();
        log = new AuditLog();
        log.em = em;
    }

    @AfterEach
    void stop() {
        if (em != null) {
            em.close();
        }
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void eventsComeNewestFirstPageByPage(JpaProvider provider) {
        start(provider);
        AuditCriteria all = AuditCriteria.all();

        assertThat(log.count(all)).isEqualTo(9);
        assertThat(positions(log.find(all, 0, 4))).containsExactly(9L, 8L, 7L, 6L);
        assertThat(positions(log.find(all, 8, 4))).containsExactly(1L);
        AuditEventView first = log.find(all, 8, 4).get(0);
        assertThat(first.occurredAt()).isEqualTo(DAY);
        assertThat(first.actorRoles()).isEqualTo("OFFICER,HR");
        assertThat(first.sourceIp()).isEqualTo("10.0.0.1");
        assertThat(first.before()).isEqualTo("{\"v\":0}");
        assertThat(first.hash()).hasSize(64);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void filtersCombine(JpaProvider provider) {
        start(provider);

        AuditCriteria integrity = new AuditCriteria(" demo.integriti ", "Finding", null, AuditAction.UPDATE, null,
                null);
        assertThat(log.count(integrity)).isEqualTo(3);
        assertThat(positions(log.find(integrity, 0, 10))).containsExactly(9L, 6L, 3L);
        assertThat(positions(log.find(new AuditCriteria(null, "Finding", "1", null, null, null), 0, 10)))
                .containsExactly(6L, 3L, 2L);
        assertThat(log.count(new AuditCriteria("", "", "", AuditAction.LOGIN_FAILED, null, null))).isEqualTo(1);
        assertThat(log.count(new AuditCriteria("nobody", null, null, null, null, null))).isZero();
    }

    /** From is inclusive, to exclusive: consecutive periods never count an event twice. */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void periodsIncludeTheirStartAndExcludeTheirEnd(JpaProvider provider) {
        start(provider);
        Instant two = DAY.plusSeconds(2 * 3600);
        Instant five = DAY.plusSeconds(5 * 3600);

        assertThat(positions(log.find(new AuditCriteria(null, null, null, null, two, five), 0, 10)))
                .containsExactly(5L, 4L, 3L);
        assertThat(log.count(new AuditCriteria(null, null, null, null, null, two))).isEqualTo(2);
        assertThat(log.count(new AuditCriteria(null, null, null, null, five, null))).isEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void aRecordsHistoryIsOldestFirstAndOnlyItsOwn(JpaProvider provider) {
        start(provider);

        List<AuditEventView> history = log.history("Finding", "1");

        assertThat(positions(history)).containsExactly(2L, 3L, 6L);
        assertThat(history).extracting(AuditEventView::action).containsExactly(AuditAction.CREATE,
                AuditAction.UPDATE, AuditAction.UPDATE);
        assertThat(history.get(1).after()).isEqualTo("{\"v\":3}");
        assertThat(log.history("Finding", "nothing")).isEmpty();
    }

    private void append(int hour, String actor, String type, String id, String action) {
        Clock clock = Clock.fixed(DAY.plusSeconds(hour * 3600L), ZoneOffset.UTC);
        unit.inTransaction(e -> new AuditAppender(e, clock).append(new AuditEntry(type, id, action, null,
                "{\"v\":" + hour + "}", "{\"v\":" + (hour + 1) + "}", null), new Actor(actor,
                        actor.equals("demo.hr") ? "OFFICER,HR" : "OFFICER", "10.0.0." + (hour + 1))));
    }

    private static List<Long> positions(List<AuditEventView> events) {
        return events.stream().map(AuditEventView::position).toList();
    }
}

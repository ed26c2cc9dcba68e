package my.etika.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.ChainBreak;
import my.etika.audit.boundary.ChainReport;
import my.etika.audit.entity.AuditChainHead;
import my.etika.audit.entity.AuditEvent;
import my.etika.testsupport.JpaProvider;
import my.etika.testsupport.JpaTestUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chain on the Flyway schema, under Hibernate ORM and EclipseLink (H2, and PostgreSQL when the test database
 * is one): appended events verify, and each kind of tampering done behind the application's back with plain JDBC
 * is found at the right position. The verifier reads pages of three, so breaks fall inside and across pages.
 */
class AuditChainTest {

    private static final int EVENTS = 10;

    private JpaTestUnit unit;
    private final TickingClock clock = new TickingClock(Instant.parse("2026-11-23T02:00:00.123456789Z"));

    @AfterEach
    void stop() {
        if (unit != null) {
            unit.close();
        }
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void appendedEventsFormAGaplessChainThatVerifies(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        ChainReport empty = verify();
        assertThat(empty.intact()).isTrue();
        assertThat(empty.eventsChecked()).isZero();
        appendSample();

        List<AuditEvent> events = unit.inTransaction(em -> em.createQuery(
                "select e from AuditEvent e order by e.position", AuditEvent.class).getResultList());
        AuditChainHead head = unit.inTransaction(em -> em.find(AuditChainHead.class, AuditChainHead.ID));
        ChainReport report = verify();

        assertThat(events).extracting(AuditEvent::getPosition).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(events.get(0).getPreviousHash()).isEqualTo(AuditChainHead.GENESIS);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).getPreviousHash()).isEqualTo(events.get(i - 1).getHash());
        }
        assertThat(head.getPosition()).isEqualTo(EVENTS);
        assertThat(head.getHash()).isEqualTo(events.get(EVENTS - 1).getHash());
        assertThat(report.intact()).isTrue();
        assertThat(report.eventsChecked()).isEqualTo(EVENTS);
        assertThat(report.firstBrokenPosition()).isNull();
        assertThat(report.kind()).isNull();
    }

    /** What is hashed is what both providers and databases give back: text, nulls, microseconds. */
    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void awkwardContentReadsBackAsItWasHashed(JpaProvider provider) throws SQLException {
        unit = JpaTestUnit.start(provider);
        String big = "{\"text\":\"" + "Ŝ😀 ".repeat(60_000) + "\"}";
        AuditEntry awkward = new AuditEntry("Kes", "ID-1", AuditAction.UPDATE, "  spaces around  ",
                "line one\r\nline two\ttab 'quote' \"double\" \\ é ü 漢字 😀 ", big, "a\u0000b \uD83D end");
        AuditEvent appended = unit.inTransaction(em -> new AuditAppender(em, clock)
                .append(awkward, new Actor("pegawai.ü", "OFFICER,AUDITOR", "2001:db8::1")));

        try (Connection connection = unit.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT occurred_at, reason, before_state, after_state,"
                        + " details, entity_id, actor FROM audit_event WHERE position = 1")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC))
                    .isEqualTo(Instant.parse("2026-11-23T02:00:00.123457Z")); // .123457578 cut, not rounded
            assertThat(row.getString(2)).isEqualTo("  spaces around  ");
            assertThat(row.getString(3)).isEqualTo(awkward.before());
            assertThat(row.getString(4)).isEqualTo(big);
            assertThat(row.getString(5)).isEqualTo("a\uFFFDb \uFFFD end");
            assertThat(row.getString(6)).isEqualTo("ID-1");
            assertThat(row.getString(7)).isEqualTo("pegawai.ü");
        }
        AuditEvent read = unit.inTransaction(em -> em.find(AuditEvent.class, appended.getId()));
        assertThat(EventContent.of(read).hash()).isEqualTo(appended.getHash());
        assertThat(verify().intact()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void eventsOfOneTransactionFollowEachOtherAndARollbackLeavesNoGap(JpaProvider provider) {
        unit = JpaTestUnit.start(provider);
        List<Long> positions = unit.inTransaction(em -> {
            AuditAppender appender = new AuditAppender(em, clock);
            return List.of(appender.append(entry(1), Actor.system()).getPosition(),
                    appender.append(entry(2), Actor.system()).getPosition(),
                    appender.append(entry(3), Actor.system()).getPosition());
        });
        assertThatThrownBy(() -> unit.inTransaction(em -> {
            new AuditAppender(em, clock).append(entry(4), Actor.system());
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        long next = unit.inTransaction(em -> new AuditAppender(em, clock).append(entry(5), Actor.system())
                .getPosition());

        assertThat(positions).containsExactly(1L, 2L, 3L);
        assertThat(next).isEqualTo(4);
        assertThat(verify()).extracting(ChainReport::intact, ChainReport::eventsChecked).containsExactly(true, 4L);
    }

    static Stream<Arguments> tampering() {
        return Arrays.stream(JpaProvider.values()).flatMap(provider -> Arrays.stream(Tampering.values())
                .map(tampering -> Arguments.of(provider, tampering)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("tampering")
    void tamperingIsFoundAtItsFirstPositionWithItsKind(JpaProvider provider, Tampering tampering)
            throws SQLException {
        unit = JpaTestUnit.start(provider);
        appendSample();
        assertThat(verify().intact()).isTrue();

        try (Connection connection = unit.dataSource().getConnection()) {
            tampering.apply(connection, clock);
        }
        ChainReport report = verify();

        assertThat(report.intact()).isFalse();
        assertThat(report.kind()).isEqualTo(tampering.kind.name());
        assertThat(report.firstBrokenPosition()).isEqualTo(tampering.position);
        assertThat(report.eventsChecked()).isEqualTo(tampering.soundBefore);
    }

    @ParameterizedTest
    @EnumSource(JpaProvider.class)
    void withoutItsHeadTheChainNeitherVerifiesNorGrows(JpaProvider provider) throws SQLException {
        unit = JpaTestUnit.start(provider);
        appendSample();
        try (Connection connection = unit.dataSource().getConnection()) {
            execute(connection, "DELETE FROM audit_chain_head");
        }

        assertThat(verify()).extracting(ChainReport::intact, ChainReport::kind, ChainReport::firstBrokenPosition)
                .containsExactly(false, ChainBreak.HEAD_MISSING.name(), null);
        assertThatThrownBy(() -> unit.inTransaction(em -> new AuditAppender(em, clock).append(entry(11),
                Actor.system()))).isInstanceOf(IllegalStateException.class).hasMessageContaining("head is missing");
    }

    /** Ways to tamper with ten events, and what verification must say. */
    enum Tampering {
        ALTER_AN_ACTION(ChainBreak.ALTERED, 4L, 3) {
            @Override
            void apply(Connection connection, TickingClock clock) throws SQLException {
                execute(connection, "UPDATE audit_event SET action = 'READ' WHERE position = 4");
            }
        },
        ALTER_A_TIME_BY_A_MICROSECOND(ChainBreak.ALTERED, 7L, 6) {
            @Override
            void apply(Connection connection, TickingClock clock) throws SQLException {
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE audit_event SET occurred_at = ? WHERE position = 7")) {
                    update.setObject(1, LocalDateTime.of(2026, 11, 23, 2, 0, 0, 7_000));
                    update.executeUpdate();
                }
            }
        },
        DELETE_A_MIDDLE_EVENT(ChainBreak.MISSING, 5L, 4) {
            @Override
            void apply(Connection connection, TickingClock clock) throws SQLException {
                execute(connection, "DELETE FROM audit_event WHERE position = 5");
            }
        },
        REHASH_AN_ALTERED_EVENT(ChainBreak.BROKEN_LINK, 7L, 6) {
            @Override
            void apply(Connection connection, TickingClock clock) throws SQLException {
                // the forger recomputes the altered event's own hash; the next event still names the old one
                EventContent altered = withAction(read(connection, 6), "DELETE");
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE audit_event SET action = ?, hash = ? WHERE position = 6")) {
                    update.setString(1, altered.action());
                    update.setString(2, altered.hash());
                    update.executeUpdate();
                }
            }
        },
        INSERT_A_WELL_FORGED_EVENT_BEYOND_THE_HEAD(ChainBreak.INSERTED, 11L, 10) {
            @Override
            void apply(Connection connection, TickingClock clock) throws SQLException {
                EventContent last = read(connection, 10);
                insert(connection, new EventContent(11, clock.instant(), "penyamar", null, null, "Kes", "1",
                        AuditAction.DELETE, null, null, null, null, last.hash()));
            }
        },
        INSERT_AN_EVENT_BEFORE_THE_FIRST(ChainBreak.INSERTED, 0L, 0) {
            @Override
            void apply(Connection connection, TickingClock clock) throws SQLException {
                insert(connection, new EventContent(0, clock.instant(), "penyamar", null, null, "Kes", "1",
                        AuditAction.DELETE, null, null, null, null, AuditChainHead.GENESIS));
            }
        },
        DELETE_THE_LAST_EVENT(ChainBreak.TRUNCATED, 10L, 9) {
            @Override
            void apply(Connection connection, TickingClock clock) throws SQLException {
                execute(connection, "DELETE FROM audit_event WHERE position = 10");
            }
        },
        REPLACE_THE_LAST_EVENT(ChainBreak.BROKEN_LINK, 10L, 9) {
            @Override
            void apply(Connection connection, TickingClock clock) throws SQLException {
                // deleted and forged again, soundly hashed and linked: only the head still knows the real one
                EventContent replacement = withAction(read(connection, 10), AuditAction.READ);
                execute(connection, "DELETE FROM audit_event WHERE position = 10");
                insert(connection, replacement);
            }
        };

        final ChainBreak kind;
        final Long position;
        final long soundBefore;

        Tampering(ChainBreak kind, Long position, long soundBefore) {
            this.kind = kind;
            this.position = position;
            this.soundBefore = soundBefore;
        }

        abstract void apply(Connection connection, TickingClock clock) throws SQLException;
    }

    private ChainReport verify() {
        EntityManager em = unit.emf().createEntityManager();
        try {
            return new ChainVerifier(em, clock, 3).verify(() -> unit.inTransaction(locked -> new ChainVerifier(
                    locked, clock).tailUnderLock()));
        } finally {
            em.close();
        }
    }

    private void appendSample() {
        for (int i = 1; i <= EVENTS; i++) {
            int n = i;
            unit.inTransaction(em -> new AuditAppender(em, clock).append(entry(n),
                    new Actor("demo.pentadbir", "OFFICER,ADMIN", "10.0.0." + n)));
        }
    }

    private static AuditEntry entry(int n) {
        return AuditEntry.change("Finding", n % 3, AuditAction.UPDATE, n % 2 == 0 ? "sebab " + n : null,
                "{\"status\":\"OPEN\"}", "{\"n\":" + n + "}");
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static EventContent read(Connection connection, long position) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT position, occurred_at, actor,"
                + " actor_roles, source_ip, entity_type, entity_id, action, reason, before_state, after_state,"
                + " details, previous_hash FROM audit_event WHERE position = ?")) {
            select.setLong(1, position);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                List<String> text = new ArrayList<>();
                for (int column = 3; column <= 13; column++) {
                    text.add(row.getString(column));
                }
                return new EventContent(row.getLong(1), row.getObject(2, LocalDateTime.class)
                        .toInstant(ZoneOffset.UTC), text.get(0), text.get(1), text.get(2), text.get(3), text.get(4),
                        text.get(5), text.get(6), text.get(7), text.get(8), text.get(9), text.get(10));
            }
        }
    }

    private static EventContent withAction(EventContent c, String action) {
        return new EventContent(c.position(), c.occurredAt(), c.actor(), c.actorRoles(), c.sourceIp(),
                c.entityType(), c.entityId(), action, c.reason(), c.before(), c.after(), c.details(),
                c.previousHash());
    }

    private static void insert(Connection connection, EventContent forged) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (position,"
                + " occurred_at, actor, actor_roles, source_ip, entity_type, entity_id, action, reason, before_state,"
                + " after_state, details, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, forged.position());
            insert.setObject(2, LocalDateTime.ofInstant(forged.occurredAt(), ZoneOffset.UTC));
            String[] text = {forged.actor(), forged.actorRoles(), forged.sourceIp(), forged.entityType(),
                forged.entityId(), forged.action(), forged.reason(), forged.before(), forged.after(), forged.details(),
                forged.previousHash(), forged.hash()};
            for (int i = 0; i < text.length; i++) {
                insert.setString(i + 3, text[i]);
            }
            insert.executeUpdate();
        }
    }
}

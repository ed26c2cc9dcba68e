package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.sdk.AddRequest;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import com.unboundid.ldap.sdk.unboundidds.controls.IgnoreNoUserModificationRequestControl;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import my.etika.directory.entity.SyncMode;
import my.etika.directory.entity.SyncStatus;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import my.etika.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sync engine end to end outside a server: a real directory (UnboundID in-memory, with a changelog), a real
 * database (H2, or PostgreSQL in CI) through the same JDBC writer the server uses.
 */
class SyncEngineTest {

    private static final int OFFICERS = 200;
    private static final AttributeMapping ETIKA = AttributeMapping.of(MappingProfile.ETIKA, Map.of());
    private static final String SERVICE_PASSWORD = "service-" + System.nanoTime();

    private DemoDirectoryServer directory;
    private TestDatabase database;
    private JdbcOfficerSink officers;
    private RecordingJournal journal = new RecordingJournal();
    private long runs;

    private void start(Consumer<InMemoryDirectoryServerConfig> adjustment) throws Exception {
        directory = DemoDirectoryServer.start(DemoDirectoryOptions.defaults().withOfficers(OFFICERS)
                .withIncludeEntryUuid(true).withDemoPassword(null).withServiceAccountPassword(SERVICE_PASSWORD), 0,
                adjustment);
        database = TestDatabase.create();
        officers = new JdbcOfficerSink(database.dataSource(), Clock.systemUTC());
    }

    private void start() throws Exception {
        start(config -> config.setMaxChangeLogEntries(10_000));
    }

    @AfterEach
    void stop() {
        if (directory != null) {
            directory.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private SyncStatus run(SyncMode mode) throws SQLException {
        return run(mode, settings(1_000), directory.port());
    }

    private SyncStatus run(SyncMode mode, SyncSettings settings, int port) throws SQLException {
        journal = journal.next();
        runs = newRun(mode);
        return new SyncEngine(() -> connect(port), ETIKA, settings, officers, journal, Clock.systemUTC(),
                Executors.defaultThreadFactory())
                .run(runs, mode);
    }

    /** The run's row, which officers' history and errors refer to (the server's SyncRuns writes it there). */
    private long newRun(SyncMode mode) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO sync_run (mode, status, requested_by, started_at, lease_until) VALUES (?, 'RUNNING',"
                        + " 'test', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", new String[] {"id"})) {
            insert.setString(1, mode.name());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private SyncSettings settings(int pageSize) {
        return new SyncSettings(directory.generator().peopleBaseDn(), "test-directory", pageSize, 100, 500, 2.0,
                Duration.ofMinutes(1));
    }

    /** As Etika connects for a sync: synchronous mode, bound as the service account. */
    private LDAPConnection connect(int port) throws LDAPException {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setUseSynchronousMode(true);
        options.setResponseTimeoutMillis(5_000);
        return new LDAPConnection(options, "127.0.0.1", port, directory.generator().serviceAccountDn(),
                SERVICE_PASSWORD);
    }

    private InMemoryDirectoryServer ldap() {
        return directory.server();
    }

    private List<SearchResultEntry> people() throws Exception {
        return ldap().search(directory.generator().peopleBaseDn(), SearchScope.SUB,
                Filter.createEqualityFilter("objectClass", "inetOrgPerson"), "*", "+").getSearchEntries();
    }

    /** An officer entry in a unit with other officers, not a unit head (nobody's supervisor). */
    private SearchResultEntry ordinaryOfficer(int index) throws Exception {
        List<SearchResultEntry> candidates = new ArrayList<>();
        for (SearchResultEntry e : people()) {
            if (!e.getAttributeValue("uid").startsWith("demo.") && ldap().search(directory.generator().peopleBaseDn(),
                    SearchScope.SUB, Filter.createEqualityFilter("manager", e.getDN())).getEntryCount() == 0) {
                candidates.add(e);
            }
        }
        return candidates.get(index);
    }

    private long count(String sql, Object... parameters) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void aFirstFullReconcileCreatesEveryOfficerAndLinksSupervisors() throws Exception {
        start();
        int people = people().size();

        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.counts.created()).isEqualTo(people);
        assertThat(count("SELECT COUNT(*) FROM officer")).isEqualTo(people);
        // every supervisor the directory names is an active officer found by the normalized DN (the link as read)
        assertThat(count("SELECT COUNT(*) FROM officer o WHERE o.supervisor_dn IS NOT NULL AND NOT EXISTS (SELECT 1"
                + " FROM officer s WHERE s.dn_normalized = o.supervisor_dn_normalized AND s.deactivated_at IS NULL)"))
                .isZero();
        assertThat(journal.errors).isEmpty();
    }

    @Test
    void anUnchangedDirectoryWritesNothing() throws Exception {
        start();
        run(SyncMode.FULL);
        long versions = count("SELECT SUM(version) FROM officer");
        long history = count("SELECT COUNT(*) FROM officer_change");

        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.counts.unchanged()).isEqualTo(people().size());
        assertThat(journal.counts.created() + journal.counts.updated() + journal.counts.moved()).isZero();
        assertThat(count("SELECT SUM(version) FROM officer")).isEqualTo(versions);
        assertThat(count("SELECT COUNT(*) FROM officer_change")).isEqualTo(history);
    }

    @Test
    void changesRenamesAndMovesUpdateTheSameOfficerWithHistory() throws Exception {
        start();
        run(SyncMode.FULL);
        SearchResultEntry promoted = ordinaryOfficer(0);
        SearchResultEntry renamed = ordinaryOfficer(1);
        SearchResultEntry moved = ordinaryOfficer(2);
        String otherUnit = String.valueOf(new DN(ordinaryOfficer(40).getDN()).getParent());
        long renamedId = count("SELECT id FROM officer WHERE directory_id = ?", renamed.getAttributeValue("entryUUID"));
        long movedId = count("SELECT id FROM officer WHERE directory_id = ?", moved.getAttributeValue("entryUUID"));

        ldap().modify(promoted.getDN(), new Modification(ModificationType.REPLACE, "title", "Ketua Penolong"));
        ldap().modifyDN(renamed.getDN(), "uid=dinamakan.semula", true);
        ldap().modifyDN(moved.getDN(), new DN(moved.getDN()).getRDNString(), true, otherUnit);

        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.counts.updated()).isEqualTo(1);
        assertThat(journal.counts.moved()).isEqualTo(2);
        assertThat(journal.counts.created()).isZero();
        assertThat(count("SELECT id FROM officer WHERE distinguished_name LIKE 'uid=dinamakan.semula,%'"))
                .isEqualTo(renamedId);
        assertThat(text("SELECT distinguished_name FROM officer WHERE id = ?", movedId)).endsWith(otherUnit);
        assertThat(text("SELECT changes FROM officer_change WHERE officer_id = ? AND kind = 'MOVED'", movedId))
                .contains("distinguished_name:");
        assertThat(text("SELECT changes FROM officer_change o JOIN officer f ON f.id = o.officer_id"
                + " WHERE f.directory_id = ?", promoted.getAttributeValue("entryUUID")))
                .contains("position_title:").contains("Ketua Penolong");
    }

    @Test
    void aDeletedEntryDeactivatesItsOfficerAndItsReturnReactivatesIt() throws Exception {
        start();
        run(SyncMode.FULL);
        SearchResultEntry leaver = ordinaryOfficer(3);
        String uuid = leaver.getAttributeValue("entryUUID");
        ldap().delete(leaver.getDN());

        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.COMPLETED);
        assertThat(journal.counts.deactivated()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM officer WHERE directory_id = ? AND deactivated_at IS NOT NULL", uuid))
                .isOne();

        // back, with its own entryUUID (an entry restored from a backup)
        AddRequest restore = new AddRequest(leaver);
        restore.addControl(new IgnoreNoUserModificationRequestControl());
        ldap().add(restore);
        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.COMPLETED);
        assertThat(journal.counts.reactivated()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM officer WHERE directory_id = ? AND deactivated_at IS NULL", uuid))
                .isOne();
    }

    @Test
    void aReCreatedEntryWithTheSameLoginButANewStableIdIsANewOfficer() throws Exception {
        start();
        run(SyncMode.FULL);
        SearchResultEntry leaver = ordinaryOfficer(4);
        ldap().delete(leaver.getDN());
        Entry recreated = new Entry(leaver.getDN(), leaver.getAttributes());
        recreated.removeAttribute("entryUUID");
        for (String operational : new String[] {"createTimestamp", "modifyTimestamp", "creatorsName", "modifiersName",
            "entryDN", "subschemaSubentry"}) {
            recreated.removeAttribute(operational);
        }
        ldap().add(recreated);

        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.counts.created()).isOne();
        assertThat(journal.counts.deactivated()).isOne();
        assertThat(count("SELECT COUNT(*) FROM officer WHERE login = ?", leaver.getAttributeValue("uid"))).isEqualTo(2);
        assertThat(journal.errors).isEmpty(); // the employee number passed to the new entry without complaint
    }

    @Test
    void incrementalRunsFollowTheChangelogIncludingDeletionsAndMoves() throws Exception {
        start();
        run(SyncMode.FULL);
        SearchResultEntry promoted = ordinaryOfficer(5);
        SearchResultEntry moved = ordinaryOfficer(6);
        SearchResultEntry leaver = ordinaryOfficer(7);
        String otherUnit = String.valueOf(new DN(ordinaryOfficer(41).getDN()).getParent());
        ldap().modify(promoted.getDN(), new Modification(ModificationType.REPLACE, "etikaGrade", "N6"));
        ldap().modifyDN(moved.getDN(), new DN(moved.getDN()).getRDNString(), true, otherUnit);
        ldap().delete(leaver.getDN());
        Entry newcomer = new Entry("uid=pegawai.baharu," + otherUnit, new Attribute("objectClass", "inetOrgPerson",
                "etikaOfficer"), new Attribute("uid", "pegawai.baharu"), new Attribute("cn", "Pegawai Baharu"),
                new Attribute("sn", "Baharu"), new Attribute("etikaOfficerStatus", "ACTIVE"));
        ldap().add(newcomer);

        assertThat(run(SyncMode.INCREMENTAL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.mechanism).isEqualTo(ChangelogReader.MECHANISM);
        assertThat(journal.counts.entriesSeen()).isEqualTo(3);
        assertThat(journal.counts.created()).isOne();
        assertThat(journal.counts.updated()).isOne();
        assertThat(journal.counts.moved()).isOne();
        assertThat(journal.counts.deactivated()).isOne();
        assertThat(text("SELECT grade FROM officer WHERE directory_id = ?", promoted.getAttributeValue("entryUUID")))
                .isEqualTo("N6");

        assertThat(run(SyncMode.INCREMENTAL)).isEqualTo(SyncStatus.COMPLETED);
        assertThat(journal.counts.entriesSeen()).isZero();
    }

    @Test
    void anIncrementalRunWithoutAPositionIsAFullReconcile() throws Exception {
        start();

        assertThat(run(SyncMode.INCREMENTAL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.mechanism).startsWith("FULL");
        assertThat(journal.outcomeKey).isEqualTo("sync.fallback.noPosition");
        assertThat(journal.counts.created()).isEqualTo(people().size());
    }

    @Test
    void aChangelogPositionNoLongerHeldFallsBackToAFullReconcile() throws Exception {
        start(config -> config.setMaxChangeLogEntries(3));
        run(SyncMode.FULL);
        SearchResultEntry promoted = ordinaryOfficer(8);
        for (int grade = 1; grade <= 6; grade++) {
            ldap().modify(promoted.getDN(), new Modification(ModificationType.REPLACE, "etikaGrade", "N" + grade));
        }

        assertThat(run(SyncMode.INCREMENTAL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.outcomeKey).isEqualTo("sync.fallback.changelogTrimmed");
        assertThat(journal.mechanism).startsWith("FULL");
        assertThat(text("SELECT grade FROM officer WHERE directory_id = ?", promoted.getAttributeValue("entryUUID")))
                .isEqualTo("N6");
    }

    @Test
    void aConnectionDroppedMidSweepIsIncompleteAndDeactivatesNobody() throws Exception {
        start();
        run(SyncMode.FULL);
        long active = count("SELECT COUNT(*) FROM officer WHERE deactivated_at IS NULL");

        try (CuttingProxy proxy = new CuttingProxy(directory.port(), 40_000)) {
            assertThat(run(SyncMode.FULL, settings(50), proxy.port())).isEqualTo(SyncStatus.INCOMPLETE);
        }

        assertThat(journal.counts.entriesSeen()).isPositive().isLessThan(people().size());
        assertThat(journal.counts.deactivated()).isZero();
        assertThat(count("SELECT COUNT(*) FROM officer WHERE deactivated_at IS NULL")).isEqualTo(active);
    }

    @Test
    void aSizeLimitedDirectoryIsIncompleteAndDeactivatesNobody() throws Exception {
        start(config -> config.setMaxSizeLimit(60));
        long before = ldap().countEntriesBelow(directory.generator().peopleBaseDn());

        assertThat(run(SyncMode.FULL, settings(0), directory.port())).isEqualTo(SyncStatus.INCOMPLETE);

        assertThat(journal.outcomeKey).isEqualTo("sync.incomplete.result");
        assertThat(journal.detail).contains("size limit");
        assertThat(journal.counts.entriesSeen()).isLessThan(before);
        assertThat(journal.counts.deactivated()).isZero();
    }

    @Test
    void tenPercentDeletedAtOnceIsHeldWithTheExactListAndNothingDeactivated() throws Exception {
        start();
        run(SyncMode.FULL);
        List<String> deleted = new ArrayList<>();
        int tenPercent = people().size() / 10;
        for (int i = 0; i < tenPercent; i++) {
            SearchResultEntry leaver = ordinaryOfficer(i);
            deleted.add(leaver.getAttributeValue("entryUUID"));
            ldap().delete(leaver.getDN());
        }

        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.HELD);

        assertThat(journal.held).hasSize(tenPercent);
        assertThat(count("SELECT COUNT(*) FROM officer WHERE deactivated_at IS NOT NULL")).isZero();
        List<String> heldIds = new ArrayList<>(officers.directoryIds(journal.held).values());
        assertThat(heldIds).containsExactlyInAnyOrderElementsOf(deleted);

        try (LDAPConnection connection = connect(directory.port())) {
            int done = new DeactivationGate(settings(1_000), ETIKA, officers, journal)
                    .deactivateConfirmed(runs, journal.held, connection);
            assertThat(done).isEqualTo(tenPercent);
        }
        assertThat(count("SELECT COUNT(*) FROM officer WHERE deactivated_at IS NOT NULL")).isEqualTo(tenPercent);
    }

    @Test
    void badEntriesAreReportedOneByOneAndTheirOfficersAreNotDeactivated() throws Exception {
        start();
        run(SyncMode.FULL);
        SearchResultEntry badGrade = ordinaryOfficer(9);
        SearchResultEntry badMail = ordinaryOfficer(10);
        SearchResultEntry duplicate = ordinaryOfficer(11);
        ldap().modify(badGrade.getDN(), new Modification(ModificationType.REPLACE, "etikaGrade", "bukan-gred"));
        ldap().modify(badMail.getDN(), new Modification(ModificationType.REPLACE, "mail", "bukan-emel"));
        ldap().modify(duplicate.getDN(), new Modification(ModificationType.REPLACE, "employeeNumber",
                badGrade.getAttributeValue("employeeNumber")));

        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.errors).extracting(SyncError::reasonKey).containsExactlyInAnyOrder(
                "sync.error.unknownGrade", "sync.error.malformedMail", "sync.error.duplicateEmployeeNumber",
                "sync.error.duplicateEmployeeNumber");
        // both holders of the shared employee number are named
        assertThat(journal.errors).extracting(SyncError::dn)
                .containsExactlyInAnyOrder(badGrade.getDN(), badMail.getDN(), duplicate.getDN(), badGrade.getDN());
        assertThat(journal.counts.errors()).isEqualTo(4);
        assertThat(journal.counts.deactivated()).isZero();
        assertThat(count("SELECT COUNT(*) FROM officer WHERE deactivated_at IS NOT NULL")).isZero();
    }
}

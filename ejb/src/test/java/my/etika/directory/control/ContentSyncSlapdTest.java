package my.etika.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.LDAPURL;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import my.etika.directory.entity.SyncMode;
import my.etika.directory.entity.SyncStatus;
import my.etika.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * RFC 4533 content sync against a real OpenLDAP with the syncprov overlay (CI's slapd, see .ci/slapd.sh): a full
 * reconcile through a refresh from nothing, then incremental refreshes from the cookie that see additions,
 * modifications, renames and deletions. The test works in a subtree of its own and removes it afterwards.
 */
@EnabledIfEnvironmentVariable(named = "ETIKA_SLAPD_URL", matches = ".+",
        disabledReason = "needs the slapd of .ci/slapd.sh (ETIKA_SLAPD_URL, _ADMIN_DN, _ADMIN_PASSWORD, _BASE_DN)")
class ContentSyncSlapdTest {

    private static final AttributeMapping ETIKA = AttributeMapping.of(MappingProfile.ETIKA, Map.of());

    private final String people = "ou=people," + System.getenv("ETIKA_SLAPD_BASE_DN");
    private final String unit = "ou=Unit Ujian " + System.nanoTime() + "," + people;
    private TestDatabase database;
    private JdbcOfficerSink officers;
    private RecordingJournal journal = new RecordingJournal();

    @BeforeEach
    void setUp() throws Exception {
        database = TestDatabase.create();
        officers = new JdbcOfficerSink(database.dataSource(), Clock.systemUTC());
        try (LDAPConnection admin = connect()) {
            admin.add(new Entry(unit, new Attribute("objectClass", "organizationalUnit"),
                    new Attribute("ou", unit.substring(3, unit.indexOf(',')))));
            for (String uid : new String[] {"ujian.kekal", "ujian.naik.pangkat", "ujian.tukar.nama", "ujian.bersara"}) {
                admin.add(officer(uid));
            }
        }
    }

    @AfterEach
    void tearDown() throws Exception {
        try (LDAPConnection admin = connect()) {
            for (SearchResultEntry child : admin.search(unit, SearchScope.ONE, "(objectClass=*)", "1.1")
                    .getSearchEntries()) {
                admin.delete(child.getDN());
            }
            admin.delete(unit);
        } finally {
            database.close();
        }
    }

    private Entry officer(String uid) {
        return new Entry("uid=" + uid + "," + unit, new Attribute("objectClass", "inetOrgPerson", "etikaOfficer"),
                new Attribute("uid", uid), new Attribute("cn", "Pegawai " + uid), new Attribute("sn", uid),
                new Attribute("etikaGrade", "N5"), new Attribute("etikaGradeSystem", "SSPA"),
                new Attribute("etikaOfficerStatus", "ACTIVE"));
    }

    private static LDAPConnection connect() throws LDAPException {
        LDAPURL url = new LDAPURL(System.getenv("ETIKA_SLAPD_URL"));
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setUseSynchronousMode(true);
        return new LDAPConnection(options, url.getHost(), url.getPort(), System.getenv("ETIKA_SLAPD_ADMIN_DN"),
                System.getenv("ETIKA_SLAPD_ADMIN_PASSWORD"));
    }

    private SyncStatus run(SyncMode mode) throws SQLException {
        journal = journal.next();
        long runId;
        try (Connection c = database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO sync_run (mode, status, requested_by, started_at, lease_until) VALUES (?, 'RUNNING',"
                        + " 'test', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)", new String[] {"id"})) {
            insert.setString(1, mode.name());
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                runId = key.getLong(1);
            }
        }
        SyncSettings settings = new SyncSettings(people, "slapd", 500, 200, 500, 2.0, Duration.ofMinutes(1));
        return new SyncEngine(ContentSyncSlapdTest::connect, ETIKA, settings, officers, journal, Clock.systemUTC(),
                null)
                .run(runId, mode);
    }

    private String text(String sql, String parameter) throws SQLException {
        try (Connection c = database.dataSource().getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setString(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    @Test
    void aFullRefreshThenIncrementalRefreshesFollowOpenLdap() throws Exception {
        assertThat(run(SyncMode.FULL)).isEqualTo(SyncStatus.COMPLETED);
        assertThat(journal.mechanism).isEqualTo(SyncEngine.FULL_CONTENT_SYNC);
        assertThat(journal.positions).containsKey(ContentSyncReader.MECHANISM + "|slapd");
        long all = journal.counts.created();
        assertThat(all).isGreaterThanOrEqualTo(4);

        try (LDAPConnection admin = connect()) {
            admin.modify("uid=ujian.naik.pangkat," + unit, new Modification(ModificationType.REPLACE,
                    "etikaGrade", "N6"));
            admin.modifyDN("uid=ujian.tukar.nama," + unit, "uid=ujian.nama.baharu", true);
            admin.delete("uid=ujian.bersara," + unit);
            admin.add(officer("ujian.baharu"));
        }
        String renamedId = text("SELECT directory_id FROM officer WHERE login = ?", "ujian.tukar.nama");

        assertThat(run(SyncMode.INCREMENTAL)).isEqualTo(SyncStatus.COMPLETED);

        assertThat(journal.mechanism).isEqualTo(ContentSyncReader.MECHANISM);
        assertThat(journal.counts.created()).isOne();
        assertThat(journal.counts.updated() + journal.counts.moved()).isEqualTo(2);
        assertThat(journal.counts.deactivated()).isOne();
        assertThat(text("SELECT grade FROM officer WHERE login = ?", "ujian.naik.pangkat")).isEqualTo("N6");
        assertThat(text("SELECT login FROM officer WHERE directory_id = ?", renamedId))
                .isEqualTo("ujian.nama.baharu");
        assertThat(text("SELECT deactivated_at FROM officer WHERE login = ?", "ujian.bersara")).isNotNull();

        assertThat(run(SyncMode.INCREMENTAL)).isEqualTo(SyncStatus.COMPLETED);
        assertThat(journal.counts.created() + journal.counts.updated() + journal.counts.moved()
                + journal.counts.deactivated()).isZero();
        assertThat(all).isLessThanOrEqualTo(journal.counts.entriesSeen() + 5_000);
    }
}

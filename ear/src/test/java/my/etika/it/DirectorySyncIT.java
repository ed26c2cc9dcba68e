package my.etika.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import my.etika.directory.control.EmbeddedDirectory;
import my.etika.directory.control.SyncAlreadyRunningException;
import my.etika.directory.control.SyncExecutor;
import my.etika.directory.control.SyncRuns;
import my.etika.directory.entity.SyncMode;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Directory sync inside the server, against the embedded directory, which this test changes: full and
 * incremental runs, the lock, a mass deletion held until HR approves it through the API. Only JDK classes, JUnit
 * and the application's own here, since it runs in the server.
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfEnvironmentVariable(named = "ETIKA_DIRECTORY_URL", matches = ".+",
        disabledReason = "The test changes the directory: it runs with the embedded one")
class DirectorySyncIT {

    @Inject
    EmbeddedDirectory embedded;

    @Inject
    SyncRuns runs;

    @Inject
    SyncExecutor executor;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return EtikaServer.earWithClassesInWar(DirectorySyncIT.class);
    }

    private long run(SyncMode mode) {
        long runId = runs.begin(mode, "DirectorySyncIT");
        executor.execute(runId, mode);
        return runId;
    }

    @Test
    void fullThenIncrementalRunsFollowTheDirectory() throws Exception {
        long full = run(SyncMode.FULL);
        assertEquals("COMPLETED", text("SELECT status FROM sync_run WHERE id = ?", full));
        List<SearchResultEntry> officers = ordinaryOfficers(3);
        SearchResultEntry promoted = officers.get(0);
        SearchResultEntry renamed = officers.get(1);
        SearchResultEntry leaver = officers.get(2);
        ldap().modify(promoted.getDN(), new Modification(ModificationType.REPLACE, "title", "Ketua Penolong Pengarah"));
        ldap().modifyDN(renamed.getDN(), "uid=nama.baharu." + System.nanoTime(), true);
        ldap().delete(leaver.getDN());

        long incremental = run(SyncMode.INCREMENTAL);

        assertEquals("COMPLETED", text("SELECT status FROM sync_run WHERE id = ?", incremental));
        assertEquals("CHANGELOG", text("SELECT mechanism FROM sync_run WHERE id = ?", incremental));
        assertEquals("Ketua Penolong Pengarah", text("SELECT position_title FROM officer WHERE directory_id = ?",
                promoted.getAttributeValue("entryUUID")));
        assertTrue(text("SELECT distinguished_name FROM officer WHERE directory_id = ?",
                renamed.getAttributeValue("entryUUID")).startsWith("uid=nama.baharu."));
        assertNotNull(text("SELECT deactivated_at FROM officer WHERE directory_id = ?",
                leaver.getAttributeValue("entryUUID")));
        assertEquals("1", text("SELECT deactivated_count FROM sync_run WHERE id = ?", incremental));
    }

    @Test
    void aSecondRunIsRefusedWhileOneHoldsTheLock() throws Exception {
        long holding = runs.begin(SyncMode.FULL, "DirectorySyncIT");
        try {
            assertThrows(SyncAlreadyRunningException.class, () -> runs.begin(SyncMode.INCREMENTAL, "another"));
            HttpResponse<String> refused = post("api/v1/sync/runs", "{\"mode\":\"INCREMENTAL\"}", "demo.hr", "ms");
            assertEquals(409, refused.statusCode());
            assertTrue(refused.body().contains("\"code\":\"sync.alreadyRunning\""), refused.body());
            assertTrue(refused.body().contains("Penyegerakan direktori sedang berjalan"), refused.body());
        } finally {
            executor.execute(holding, SyncMode.FULL);
        }
    }

    @Test
    void aMassDeletionIsHeldUntilHumanResourcesApprovesIt() throws Exception {
        run(SyncMode.FULL);
        long active = number("SELECT COUNT(*) FROM officer WHERE deactivated_at IS NULL");
        List<SearchResultEntry> leavers = ordinaryOfficers((int) (active / 10));
        for (SearchResultEntry leaver : leavers) {
            ldap().delete(leaver.getDN());
        }

        long held = run(SyncMode.FULL);

        assertEquals("HELD", text("SELECT status FROM sync_run WHERE id = ?", held));
        assertEquals(leavers.size(), number("SELECT COUNT(*) FROM sync_held_deactivation WHERE run_id = ?", held));
        assertEquals(active, number("SELECT COUNT(*) FROM officer WHERE deactivated_at IS NULL"));

        HttpResponse<String> officerTries = post("api/v1/sync/runs/" + held + "/approval", "", "demo.pegawai", "en");
        assertEquals(403, officerTries.statusCode());
        HttpResponse<String> approved = post("api/v1/sync/runs/" + held + "/approval", "", "demo.hr", "en");

        assertEquals(200, approved.statusCode(), approved.body());
        assertTrue(approved.body().contains("\"status\":\"APPROVED\""), approved.body());
        assertTrue(approved.body().contains("\"decidedBy\":\"demo.hr\""), approved.body());
        assertEquals(active - leavers.size(), number("SELECT COUNT(*) FROM officer WHERE deactivated_at IS NULL"));
    }

    @Test
    void theApiStartsARunAndReportsIt() throws Exception {
        HttpResponse<String> accepted = post("api/v1/sync/runs", "{\"mode\":\"FULL\"}", "demo.pentadbir", "en");

        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        assertTrue(location.matches(".*/etika/api/v1/sync/runs/\\d+"), location);
        String status = "RUNNING";
        for (int attempt = 0; attempt < 100 && status.equals("RUNNING"); attempt++) {
            Thread.sleep(200);
            String body = get(URI.create(location), "demo.pentadbir").body();
            status = body.replaceAll(".*\"status\":\"([A-Z]+)\".*", "$1");
        }
        assertEquals("COMPLETED", status);
        assertEquals(400, post("api/v1/sync/runs", "{\"mode\":\"SEKALIGUS\"}", "demo.hr", "en").statusCode());
        assertEquals(403, post("api/v1/sync/runs", "{\"mode\":\"FULL\"}", "demo.juruaudit", "en").statusCode());
        assertEquals(403, get(base().resolve("api/v1/officers"), "demo.pegawai").statusCode());
        HttpResponse<String> search = get(base().resolve("api/v1/officers?q=demo.&size=10"), "demo.hr");
        assertEquals(200, search.statusCode(), search.body());
        assertTrue(search.body().contains("\"login\":\"demo.hr\""), search.body());
    }

    private InMemoryDirectoryServer ldap() {
        return embedded.server();
    }

    /** Officers who are nobody's supervisor and not demo accounts, present in the directory now. */
    private List<SearchResultEntry> ordinaryOfficers(int count) throws Exception {
        String people = embedded.connectionConfig(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), 1)
                .peopleBaseDn();
        List<SearchResultEntry> found = new ArrayList<>();
        for (SearchResultEntry entry : ldap().search(people, SearchScope.SUB,
                Filter.createEqualityFilter("objectClass", "inetOrgPerson"), "*", "+").getSearchEntries()) {
            if (found.size() == count) {
                break;
            }
            boolean supervises = ldap().search(people, SearchScope.SUB,
                    Filter.createEqualityFilter("manager", entry.getDN())).getEntryCount() > 0;
            if (!supervises && !entry.getAttributeValue("uid").startsWith("demo.")
                    && new DN(entry.getDN()).getRDN() != null) {
                found.add(entry);
            }
        }
        return found;
    }

    private String text(String sql, Object parameter) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, parameter);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private long number(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static URI base() {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return URI.create("http://127.0.0.1:" + port + "/etika/");
    }

    private HttpResponse<String> post(String path, String json, String login, String language) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve(path))
                .header("Authorization", basic(login)).header("Accept-Language", language)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri, String login) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Authorization", basic(login))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + embedded.demoPassword())
                .getBytes(StandardCharsets.UTF_8));
    }
}

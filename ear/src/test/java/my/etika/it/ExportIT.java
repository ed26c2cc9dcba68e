package my.etika.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.sql.DataSource;
import my.etika.export.control.ExportRecovery;
import my.etika.export.control.PackageVerifier;
import my.etika.export.control.PemKeys;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Auditor exports through the server: an auditor asks for a masked CSV of the incidents, follows it to DONE,
 * downloads a package that verifies with the served public key and holds no officer's name, and finds the export in
 * the audit trail with the package's SHA-256. Officers and HR are refused incidents; nobody else sees the export.
 * HR exports declaration compliance (its download audited) and nothing else; an investigator who is not the unit
 * head exports nothing; findings take their own filters only; an export a stopped server left unfinished is
 * started again.
 */
@ExtendWith(ArquillianExtension.class)
class ExportIT {

    private static final String PASSWORD = DemoDirectoryOptions.defaults().demoPassword();
    private static final String AUDITOR = "demo.juruaudit";
    private static final String INTEGRITY_HEAD = "demo.integriti";
    private static final String OFFICER = "demo.pegawai";
    private static final String HR = "demo.hr";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    ExportRecovery recovery;

    @Deployment
    static EnterpriseArchive deployment() {
        return EtikaServer.earWithClassesInWar(ExportIT.class, ServerDatabase.class);
    }

    @Test
    void anAuditorsMaskedExportIsASignedPackageRecordedInTheAuditTrail() throws Exception {
        String request = Json.createObjectBuilder().add("kind", "INCIDENTS").add("format", "CSV")
                .add("filters", Json.createObjectBuilder().add("from", "2000-01-01")).add("masked", true).build()
                .toString();
        HttpResponse<String> accepted = call("POST", "api/v1/exports", request, AUDITOR);
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        long id = json(accepted.body()).getJsonNumber("id").longValue();
        assertTrue(location.endsWith("/api/v1/exports/" + id), location);

        JsonObject done = awaitDone(id);
        assertEquals(100, done.getInt("percent"));
        String sha256 = done.getString("packageSha256");

        Path zip = Files.createTempFile("etika-export-", ".zip");
        HttpResponse<Path> download = HttpClient.newHttpClient().send(request("GET", "api/v1/exports/" + id
                + "/package", null, AUDITOR).build(), HttpResponse.BodyHandlers.ofFile(zip));
        assertEquals(200, download.statusCode());
        HttpResponse<String> publicKey = call("GET", "api/v1/exports/public-key", null, AUDITOR);
        assertEquals(200, publicKey.statusCode());
        PackageVerifier.Result verified = PackageVerifier.verify(zip, PemKeys.publicKey(publicKey.body()));
        assertTrue(verified.verified(), verified.problems().toString());

        String csv;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry data = file.getEntry("etika-export-" + id + "/data/incidents.csv");
            csv = new String(file.getInputStream(data).readAllBytes(), StandardCharsets.UTF_8);
        }
        for (String name : strings("SELECT officer_name FROM incident")) {
            assertFalse(csv.contains(name), "a masked export names " + name);
        }
        for (String login : strings("SELECT officer_login FROM incident WHERE officer_login IS NOT NULL")) {
            assertFalse(csv.contains("," + login + ","), "a masked export shows the login " + login);
        }

        List<String> after = strings("SELECT after_state FROM audit_event WHERE entity_type = 'Export'"
                + " AND entity_id = ? AND action = 'EXPORT' AND actor = ?", Long.toString(id), AUDITOR);
        assertEquals(1, after.size(), "one audit event for the export");
        assertTrue(after.get(0).contains(sha256), after.get(0));
        assertTrue(after.get(0).contains("2000-01-01"), "the filters are in the event: " + after.get(0));

        assertEquals(404, call("GET", "api/v1/exports/" + id, null, INTEGRITY_HEAD).statusCode(),
                "another user's export does not exist for them");
    }

    @Test
    void everyFormatIsBuiltForTheHeadOfIntegrity() throws Exception {
        for (String format : List.of("XLSX", "PDF")) {
            HttpResponse<String> accepted = call("POST", "api/v1/exports", Json.createObjectBuilder()
                    .add("kind", "INCIDENTS").add("format", format).add("masked", false).build().toString(),
                    INTEGRITY_HEAD);
            assertEquals(202, accepted.statusCode(), accepted.body());
            JsonObject done = awaitDone(json(accepted.body()).getJsonNumber("id").longValue(), INTEGRITY_HEAD);
            assertEquals("DONE", done.getString("status"), done.toString());
        }
    }

    @Test
    void hrExportsDeclarationComplianceAndNothingElseAndTheDownloadIsAudited() throws Exception {
        HttpResponse<String> accepted = call("POST", "api/v1/exports", Json.createObjectBuilder()
                .add("kind", "DECLARATIONS").add("format", "CSV").build().toString(), HR);
        assertEquals(202, accepted.statusCode(), accepted.body());
        long id = json(accepted.body()).getJsonNumber("id").longValue();
        JsonObject done = awaitDone(id, HR);
        long declarations = Long.parseLong(strings("SELECT COUNT(*) FROM declaration").get(0));
        assertEquals(declarations, done.getJsonNumber("rowsDone").longValue());

        Path zip = Files.createTempFile("etika-export-", ".zip");
        HttpResponse<Path> download = HttpClient.newHttpClient().send(request("GET", "api/v1/exports/" + id
                + "/package", null, HR).build(), HttpResponse.BodyHandlers.ofFile(zip));
        assertEquals(200, download.statusCode());
        PackageVerifier.Result verified = PackageVerifier.verify(zip, PemKeys.publicKey(call("GET",
                "api/v1/exports/public-key", null, HR).body()));
        assertTrue(verified.verified(), verified.problems().toString());
        try (ZipFile file = new ZipFile(zip.toFile())) {
            String csv = new String(file.getInputStream(file.getEntry("etika-export-" + id
                    + "/data/declarations.csv")).readAllBytes(), StandardCharsets.UTF_8);
            List<String> lines = csv.lines().toList();
            assertTrue(lines.get(0).contains("Compliance"), lines.get(0));
            assertEquals(declarations + 1, lines.size(), "a header and one line per declaration");
        }
        List<String> downloads = strings("SELECT details FROM audit_event WHERE entity_type = 'Export'"
                + " AND entity_id = ? AND action = 'DOWNLOAD' AND actor = ?", Long.toString(id), HR);
        assertEquals(1, downloads.size(), "the download is an audit event");
        assertTrue(downloads.get(0).contains(done.getString("packageSha256")), downloads.get(0));

        for (String kind : List.of("INCIDENTS", "FINDINGS")) {
            assertEquals(403, call("POST", "api/v1/exports", Json.createObjectBuilder().add("kind", kind)
                    .add("format", "CSV").build().toString(), HR).statusCode(), "HR may not export " + kind);
        }
    }

    @Test
    void anInvestigatorWhoIsNotTheUnitHeadExportsNothing() throws Exception {
        syncTheDirectory();
        String investigator = strings("SELECT o.login FROM officer o WHERE o.org_unit = (SELECT org_unit"
                + " FROM officer WHERE login = ?) AND o.login NOT LIKE 'demo.%' AND o.status = 'ACTIVE'"
                + " ORDER BY o.login", INTEGRITY_HEAD).get(0);
        HttpResponse<String> me = call("GET", "api/v1/me", null, investigator);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("INTEGRITY") && !me.body().contains("INTEGRITY_HEAD"), me.body());
        for (String kind : List.of("INCIDENTS", "DECLARATIONS", "FINDINGS")) {
            assertEquals(403, call("POST", "api/v1/exports", Json.createObjectBuilder().add("kind", kind)
                    .add("format", "CSV").build().toString(), investigator).statusCode(), kind);
            assertEquals(403, call("POST", "api/v1/exports", Json.createObjectBuilder().add("kind", kind)
                    .add("format", "CSV").build().toString(), OFFICER).statusCode(), kind);
        }
    }

    @Test
    void findingsAreExportedWithTheirOwnFiltersOnly() throws Exception {
        HttpResponse<String> accepted = call("POST", "api/v1/exports", Json.createObjectBuilder()
                .add("kind", "FINDINGS").add("format", "XLSX").add("masked", true).add("filters", Json
                        .createObjectBuilder().add("ruleCode", "official_email_on_personal_account")).build()
                .toString(), AUDITOR);
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonObject done = awaitDone(json(accepted.body()).getJsonNumber("id").longValue());
        assertEquals(Long.parseLong(strings("SELECT COUNT(*) FROM finding WHERE rule_code = ?",
                "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT").get(0)), done.getJsonNumber("rowsDone").longValue());
        assertTrue(done.getString("filters").contains("OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT"), done.toString());

        HttpResponse<String> refused = call("POST", "api/v1/exports", Json.createObjectBuilder()
                .add("kind", "FINDINGS").add("format", "CSV").add("filters", Json.createObjectBuilder()
                        .add("provisionId", 1)).build().toString(), AUDITOR);
        assertEquals(400, refused.statusCode(), "a filter findings do not take is refused, not ignored");
        assertTrue(refused.body().contains("jenis eksport itu"), refused.body());
    }

    @Test
    void anExportLeftUnfinishedByAStoppedServerIsStartedAgain() throws Exception {
        long id;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO export_job (kind, format,"
                        + " filters, masked, status, requested_by, requested_roles, requested_at, rows_total,"
                        + " rows_done, version) VALUES ('DECLARATIONS', 'CSV', '{\"status\":\"SIGNED\"}', FALSE,"
                        + " 'RUNNING', ?, 'AUDITOR', TIMESTAMP '2026-01-01 00:00:00', 10, 5, 0)",
                        new String[] {"id"})) {
            insert.setString(1, AUDITOR);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }

        assertTrue(recovery.resumeUnfinished().contains(id));

        JsonObject done = awaitDone(id);
        assertEquals(Long.parseLong(strings("SELECT COUNT(*) FROM declaration WHERE status = 'SIGNED'").get(0)),
                done.getJsonNumber("rowsDone").longValue());
    }

    @Test
    void officersAndHrAreRefusedIncidentsAndBadRequestsAreProblems() throws Exception {
        String incidents = Json.createObjectBuilder().add("kind", "INCIDENTS").add("format", "CSV").build()
                .toString();
        assertEquals(403, call("POST", "api/v1/exports", incidents, OFFICER).statusCode());
        assertEquals(403, call("POST", "api/v1/exports", incidents, HR).statusCode());
        assertEquals(403, call("GET", "api/v1/exports/1", null, OFFICER).statusCode());
        assertEquals(400, call("POST", "api/v1/exports", Json.createObjectBuilder().add("kind", "INCIDENTS")
                .add("format", "DOCX").build().toString(), AUDITOR).statusCode());
        assertEquals(400, call("POST", "api/v1/exports", Json.createObjectBuilder().add("kind", "INCIDENTS")
                .add("format", "CSV").add("filters", Json.createObjectBuilder().add("from", "2026-02-01")
                        .add("to", "2026-01-01")).build().toString(), AUDITOR).statusCode());
    }

    /** A full sync as HR, so that the registry holds the directory's officers (another run may be going: 409). */
    private static void syncTheDirectory() throws Exception {
        for (int attempt = 0; attempt < 1200; attempt++) {
            HttpResponse<String> started = call("POST", "api/v1/sync/runs", "{\"mode\":\"FULL\"}", HR);
            if (started.statusCode() == 202) {
                long id = json(started.body()).getJsonNumber("id").longValue();
                while (json(call("GET", "api/v1/sync/runs/" + id, null, HR).body()).getString("status")
                        .equals("RUNNING")) {
                    Thread.sleep(100);
                }
                return;
            }
            assertEquals(409, started.statusCode(), started.body());
            Thread.sleep(100);
        }
        throw new AssertionError("No sync run could be started");
    }

    private JsonObject awaitDone(long id) throws Exception {
        return awaitDone(id, AUDITOR);
    }

    private JsonObject awaitDone(long id, String login) throws Exception {
        JsonObject export = null;
        for (int attempt = 0; attempt < 600; attempt++) {
            HttpResponse<String> status = call("GET", "api/v1/exports/" + id, null, login);
            assertEquals(200, status.statusCode(), status.body());
            export = json(status.body());
            if (!List.of("QUEUED", "RUNNING").contains(export.getString("status"))) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("DONE", export.getString("status"), export.toString());
        return export;
    }

    private List<String> strings(String sql, Object... parameters) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
        }
        return values;
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static HttpResponse<String> call(String method, String path, String json, String login)
            throws Exception {
        return HttpClient.newHttpClient().send(request(method, path, json, login).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(String method, String path, String json, String login) {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/etika/")
                .resolve(path)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "ms").header("Content-Type", "application/json");
        return request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
    }
}

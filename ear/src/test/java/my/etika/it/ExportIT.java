package my.etika.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
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

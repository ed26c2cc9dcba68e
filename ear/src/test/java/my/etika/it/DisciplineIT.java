package my.etika.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import my.etika.directory.control.SyncExecutor;
import my.etika.directory.control.SyncRuns;
import my.etika.directory.entity.SyncMode;
import my.etika.discipline.control.EvidenceSettings;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Disciplinary cases inside the server: a case from intake to its close with the procedure's guards and clocks and
 * the punishment's limits; confidentiality (only the unit head and the assigned investigators see a case; HR learns
 * only a clearance; auditors and officers get nothing); concurrent edits refused; evidence kept with its hash, the
 * agency's limit and a content-detected type, and a file altered on disk flagged; a hygiene finding escalated.
 */
@ExtendWith(ArquillianExtension.class)
class DisciplineIT {

    private static final String PASSWORD = DemoDirectoryOptions.defaults().demoPassword();
    private static final String HEAD = "demo.integriti";
    private static final String HR = "demo.hr";
    private static final String AUDITOR = "demo.juruaudit";
    private static final String OFFICER = "demo.pegawai";
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    @Inject
    SyncRuns runs;

    @Inject
    SyncExecutor executor;

    @Inject
    EvidenceSettings evidenceSettings;

    @Inject
    my.etika.discipline.boundary.CaseAlerts alerts;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return EtikaServer.earWithClassesInWar(DisciplineIT.class, ServerDatabase.class);
    }

    @BeforeEach
    void registry() throws Exception {
        if (number("SELECT COUNT(*) FROM officer WHERE login = ?", OFFICER) == 0) {
            long runId = runs.begin(SyncMode.FULL, "DisciplineIT");
            executor.execute(runId, SyncMode.FULL);
        }
    }

    @Test
    void aCaseGoesFromIntakeThroughDecisionAndAppealToItsClose() throws Exception {
        LocalDate today = LocalDate.now(MALAYSIA);
        JsonObject opened = open(HEAD, provisionId("19(1)(d)"));
        long id = opened.getJsonNumber("id").longValue();
        assertEquals("RECEIVED", opened.getString("status"));
        assertTrue(opened.getString("reference").matches("TT-\\d{4}-\\d{6}"), opened.getString("reference"));
        assertEquals(text("SELECT grade FROM officer WHERE login = ?", OFFICER),
                opened.getJsonObject("officer").getString("grade"), "the officer's grade at intake");

        JsonObject c = opened;
        assertEquals(409, step(id, c, "CHARGED", b -> b.add("note", "Pertuduhan")).statusCode(),
                "no charge before the preliminary investigation, the HoD report and the track");
        c = ok(step(id, c, "PRELIMINARY_INVESTIGATION", b -> { }));
        assertEquals(400, step(id, c, "HOD_REPORTED", b -> { }).statusCode(), "the HoD report needs its summary");
        c = ok(step(id, c, "HOD_REPORTED", b -> b.add("note", "Laporan KJ: hantaran pada 1 Disember")));
        c = ok(step(id, c, "TRACK_DETERMINED", b -> b.add("track", "REG36_LESSER")));
        c = ok(step(id, c, "CHARGED", b -> b.add("note", "Bahawa tuan telah mengedarkan kenyataan …")));
        c = ok(step(id, c, "AWAITING_REPRESENTATION", b -> b.add("on", today.toString())));
        JsonObject deadline = c.getJsonArray("deadlines").getJsonObject(0);
        assertEquals("REPRESENTATION", deadline.getString("kind"));
        assertEquals(today.plusDays(21).toString(), deadline.getString("dueOn"), "21 calendar days from receipt");
        assertEquals(409, step(id, c, "DELIBERATION", b -> { }).statusCode(),
                "no deliberation while the representation period runs and none has come");
        c = ok(step(id, c, "DELIBERATION", b -> b.add("representationReceivedOn", today.toString())));

        HttpResponse<String> severe = step(id, c, "DECIDED", b -> b.add("decision", decision(
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "DISMISSAL")))));
        assertEquals(400, severe.statusCode(), "dismissal is not open on the reg 36 track: " + severe.body());
        HttpResponse<String> deferment = step(id, c, "DECIDED", b -> b.add("decision", decision(
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "DEFERMENT_OF_SALARY_MOVEMENT")
                        .add("months", 5)))));
        assertEquals(400, deferment.statusCode(), "deferment is 3, 6, 9 or 12 months: " + deferment.body());
        HttpResponse<String> heavyFine = step(id, c, "DECIDED", b -> b.add("decision", decision(
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "FINE").add("amount", 800)))));
        assertEquals(400, heavyFine.statusCode(), "a fine is at most 7 days' emoluments (700.00)");
        c = ok(step(id, c, "DECIDED", b -> b.add("decision", decision(Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("kind", "WARNING"))
                .add(Json.createObjectBuilder().add("kind", "FINE").add("amount", 300))))));
        assertEquals(2, c.getJsonArray("standingPunishments").size());
        assertEquals(409, step(id, c, "CLOSED", b -> { }).statusCode(), "a punishment is notified first");
        c = ok(step(id, c, "NOTIFIED", b -> { }));
        c = ok(step(id, c, "APPEAL_WINDOW", b -> b.add("on", today.toString())));
        assertEquals(today.plusDays(14).toString(), c.getJsonArray("deadlines").getJsonObject(0).getString("dueOn"));
        assertEquals(409, step(id, c, "CLOSED", b -> { }).statusCode(), "the appeal period still runs");
        c = ok(step(id, c, "APPEALED", b -> b.add("on", today.toString())));
        assertEquals(today.plusDays(30).toString(), c.getJsonObject("procedure").getString("appealForwardDueOn"));
        c = ok(step(id, c, "APPEAL_DECIDED", b -> b.add("appealOutcome", "LIGHTEN").add("decision", decision(
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "WARNING"))))));
        assertEquals(1, c.getJsonArray("standingPunishments").size(), "the lighter punishment stands");
        c = ok(step(id, c, "CLOSED", b -> { }));
        assertEquals("[]", c.getJsonArray("nextStatuses").toString(), "a closed case goes nowhere");
        assertEquals(13, c.getJsonArray("timeline").size(), "every step on the timeline");
        assertTrue(number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Incident' AND entity_id = ?"
                + " AND action = 'TRANSITION'", String.valueOf(id)) >= 12, "every step audited");

        long officerId = opened.getJsonObject("officer").getJsonNumber("id").longValue();
        HttpResponse<String> clearance = call("GET", "api/v1/officers/" + officerId + "/clearance?from="
                + today.minusYears(3) + "&to=" + today, null, HR);
        assertEquals(200, clearance.statusCode(), clearance.body());
        assertEquals("PUNISHED", json(clearance.body()).getString("result"));
        assertFalse(clearance.body().contains("19(1)") || clearance.body().contains(opened.getString("reference")),
                "HR learns the answer, not the case: " + clearance.body());
        HttpResponse<byte[]> certificate = bytes("GET", "api/v1/officers/" + officerId
                + "/clearance/certificate?from=" + today.minusYears(3) + "&to=" + today, null, HR, null);
        assertEquals(200, certificate.statusCode());
        assertEquals("%PDF", new String(certificate.body(), 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void onlyTheUnitHeadAndTheAssignedInvestigatorsSeeACase() throws Exception {
        JsonObject opened = open(HEAD, provisionId("4(2)(d)"));
        long id = opened.getJsonNumber("id").longValue();
        String investigator = text("SELECT o.login FROM officer o WHERE o.org_unit = (SELECT org_unit FROM officer"
                + " WHERE login = ?) AND o.login NOT LIKE 'demo.%' AND o.status = 'ACTIVE' ORDER BY o.login", HEAD);

        for (String stranger : new String[] {HR, AUDITOR, OFFICER}) {
            assertEquals(403, call("GET", "api/v1/incidents/" + id, null, stranger).statusCode(), stranger);
            assertEquals(403, call("GET", "api/v1/incidents", null, stranger).statusCode(), stranger);
            assertEquals(403, call("POST", "api/v1/incidents", "{}", stranger).statusCode(), stranger);
        }
        assertEquals(404, call("GET", "api/v1/incidents/" + id, null, investigator).statusCode(),
                "an investigator not assigned does not learn that the case exists");
        assertFalse(call("GET", "api/v1/incidents?status=ALL&size=500", null, investigator).body()
                .contains(opened.getString("reference")));
        assertEquals(403, call("POST", "api/v1/incidents/" + id + "/assignments", Json.createObjectBuilder()
                .add("version", opened.getJsonNumber("version").longValue()).add("login", investigator).build()
                .toString(), investigator).statusCode(), "only the unit head assigns");

        HttpResponse<String> assigned = call("POST", "api/v1/incidents/" + id + "/assignments",
                Json.createObjectBuilder().add("version", opened.getJsonNumber("version").longValue())
                        .add("login", investigator).build().toString(), HEAD);
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals(200, call("GET", "api/v1/incidents/" + id, null, investigator).statusCode());
        assertTrue(call("GET", "api/v1/incidents?size=500", null, investigator).body()
                .contains(opened.getString("reference")));
        assertTrue(number("SELECT COUNT(*) FROM audit_event WHERE entity_type = 'Incident' AND entity_id = ?"
                + " AND action = 'READ' AND actor = ?", String.valueOf(id), investigator) >= 1,
                "the investigator's read is audited");
    }

    @Test
    void investigatorsAreAlertedOfTheirOverdueCasesOncePerDay() throws Exception {
        JsonObject opened = open(HEAD, provisionId("19(1)(c)"));
        LocalDate later = LocalDate.now(MALAYSIA).plusDays(10);
        assertTrue(alerts.sendAt(later) >= 1, "three working days to acknowledge a case have passed by then");
        String body = text("SELECT body FROM mail_outbox WHERE reference = ?", "discipline-alerts:" + HEAD + ":"
                + later);
        assertTrue(body.contains(opened.getString("reference")), body);
        assertFalse(body.contains("memburukkan"), "no facts of the case in the mail");
        assertEquals(0, alerts.sendAt(later), "once per investigator and day");
    }

    @Test
    void aStaleEditIsRefusedAndChangesNothing() throws Exception {
        JsonObject opened = open(HEAD, provisionId("19(1)(a)"));
        long id = opened.getJsonNumber("id").longValue();
        JsonObject moved = ok(step(id, opened, "PRELIMINARY_INVESTIGATION", b -> { }));
        HttpResponse<String> stale = step(id, opened, "NO_CASE", b -> b.add("note", "Tiada kes"));
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(json(stale.body()).getString("detail").contains("pengguna lain"), stale.body());
        assertEquals("PRELIMINARY_INVESTIGATION", text("SELECT status FROM incident WHERE id = ?", id));
        assertEquals(moved.getJsonNumber("version").longValue(),
                number("SELECT version FROM incident WHERE id = ?", id));
    }

    @Test
    void evidenceIsKeptWithItsHashWithinTheLimitAndAnAlteredFileIsFlagged() throws Exception {
        long id = open(HEAD, provisionId("19(1)(b)")).getJsonNumber("id").longValue();
        byte[] png = png();
        HttpResponse<String> added = upload(id, "tangkapan skrin.png", png, "image/png");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject evidence = json(added.body());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)),
                evidence.getString("sha256"));
        assertEquals(png.length, evidence.getJsonNumber("size").longValue());
        assertEquals("image/png", evidence.getString("detectedType"));
        long evidenceId = evidence.getJsonNumber("id").longValue();

        HttpResponse<byte[]> download = bytes("GET", "api/v1/incidents/" + id + "/evidence/" + evidenceId
                + "/content", null, HEAD, null);
        assertEquals(200, download.statusCode());
        assertArrayEquals(png, download.body());
        assertEquals("INTACT", download.headers().firstValue("X-Etika-Integrity").orElseThrow());
        assertEquals(403, bytes("GET", "api/v1/incidents/" + id + "/evidence/" + evidenceId + "/content", null, HR,
                null).statusCode());
        assertEquals(2, number("SELECT COUNT(*) FROM evidence_custody WHERE evidence_id = ?", evidenceId),
                "upload and download on the chain of custody");

        HttpResponse<String> disguised = upload(id, "gambar.png", zip(), "image/png");
        assertEquals(415, disguised.statusCode(), "a ZIP named .png: " + disguised.body());
        long limit = evidenceSettings.maxBytes();
        byte[] oversize = new byte[(int) limit + 1];
        System.arraycopy(png, 0, oversize, 0, png.length);
        HttpResponse<String> tooLarge = upload(id, "besar.png", oversize, "image/png");
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
        assertEquals(1, number("SELECT COUNT(*) FROM evidence WHERE incident_id = ?", id), "nothing else kept");

        Path stored = Files.walk(evidenceSettings.directory())
                .filter(p -> p.getFileName().toString().equals(evidence.getString("sha256"))).findFirst()
                .orElseThrow();
        byte[] altered = Files.readAllBytes(stored);
        altered[altered.length - 1] ^= 1;
        Files.write(stored, altered);
        try {
            HttpResponse<String> checked = call("POST", "api/v1/incidents/" + id + "/evidence/" + evidenceId
                    + "/verification", null, HEAD);
            assertEquals(200, checked.statusCode(), checked.body());
            assertEquals("ALTERED", json(checked.body()).getString("integrity"));
            assertEquals("ALTERED", text("SELECT integrity FROM evidence WHERE id = ?", evidenceId));
        } finally {
            Files.write(stored, png);
        }
    }

    @Test
    void aHygieneFindingIsEscalatedIntoACase() throws Exception {
        String service = "Khidmat" + System.nanoTime();
        HttpResponse<String> imported = call("POST", "api/v1/hygiene/breach-imports?domain=jde.example",
                "Email,Breaches\r\n" + OFFICER + "@jde.example," + service + "\r\n", HEAD, "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject finding = json(call("GET", "api/v1/findings?rule=OFFICIAL_ADDRESS_IN_BREACH&size=500", null, HEAD)
                .body()).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("evidence").contains(service)).findFirst().orElseThrow();
        long findingId = finding.getJsonNumber("id").longValue();
        HttpResponse<String> escalated = call("POST", "api/v1/findings/" + findingId + "/transitions",
                Json.createObjectBuilder().add("to", "ESCALATED").add("version",
                        finding.getJsonNumber("version").longValue()).add("reason", "Pendaftaran berulang")
                        .build().toString(), HEAD);
        assertEquals(200, escalated.statusCode(), escalated.body());
        JsonObject settled = json(escalated.body());
        assertEquals("ESCALATED", settled.getString("status"));
        long incident = settled.getJsonNumber("incidentId").longValue();
        JsonObject c = json(call("GET", "api/v1/incidents/" + incident, null, HEAD).body());
        assertEquals("HYGIENE_FINDING", c.getString("source"));
        assertEquals(findingId, c.getJsonNumber("findingId").longValue());
        assertEquals("OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", c.getJsonObject("category").getString("code"));
    }

    private JsonObject open(String login, long provision) throws Exception {
        long officer = number("SELECT id FROM officer WHERE login = ?", OFFICER);
        HttpResponse<String> created = call("POST", "api/v1/incidents", Json.createObjectBuilder()
                .add("officerId", officer).add("source", "MONITORING").add("platform", "facebook")
                .add("url", "https://www.facebook.com/contoh/posts/1").add("actType", "SHARE")
                .add("occurredAt", "2026-11-30T02:15:00Z")
                .add("summary", "Berkongsi kenyataan yang memburukkan nama Kerajaan.")
                .add("provisionIds", Json.createArrayBuilder().add(provision)).add("categoryCode", "JKDM_7_2")
                .build().toString(), login);
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    private long provisionId(String number) throws Exception {
        JsonArray provisions = Json.createReader(new StringReader(call("GET",
                "api/v1/discipline/reference/provisions?instrument=PUA395-1993", null, HEAD).body())).readArray();
        return provisions.stream().map(JsonValue::asJsonObject).filter(p -> number.equals(p.getString("numberLabel")))
                .findFirst().orElseThrow(() -> new AssertionError("no provision " + number + " in " + provisions))
                .getJsonNumber("id").longValue();
    }

    private static JsonObject decision(jakarta.json.JsonArrayBuilder punishments) {
        return Json.createObjectBuilder().add("punishments", punishments).add("summary", "Keputusan Lembaga")
                .add("monthlyEmoluments", 3000).add("finesAlreadyThisMonth", 0).add("atMinimumSalaryPoint", false)
                .build();
    }

    private static HttpResponse<String> step(long id, JsonObject seen, String to,
            java.util.function.Consumer<JsonObjectBuilder> more) throws Exception {
        JsonObjectBuilder body = Json.createObjectBuilder().add("to", to)
                .add("version", seen.getJsonNumber("version").longValue());
        more.accept(body);
        return call("POST", "api/v1/incidents/" + id + "/transitions", body.build().toString(), HEAD);
    }

    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response.body());
    }

    private static byte[] png() {
        return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    }

    private static byte[] zip() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("bukan-gambar.txt"));
            zip.write("ini bukan gambar".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static HttpResponse<String> upload(long id, String name, byte[] content, String type) throws Exception {
        HttpResponse<byte[]> response = bytes("POST", "api/v1/incidents/" + id + "/evidence?name="
                + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8), content, HEAD, type);
        return new StringResponse(response);
    }

    private String text(String sql, Object... parameters) throws Exception {
        return new ServerDatabase(dataSource).text(sql, parameters);
    }

    private long number(String sql, Object... parameters) throws Exception {
        return new ServerDatabase(dataSource).number(sql, parameters);
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static HttpResponse<String> call(String method, String path, String body, String login)
            throws Exception {
        return call(method, path, body, login, "application/json");
    }

    private static HttpResponse<String> call(String method, String path, String body, String login, String type)
            throws Exception {
        return new StringResponse(bytes(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                login, type));
    }

    private static HttpResponse<byte[]> bytes(String method, String path, byte[] body, String login, String type)
            throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/etika/")
                .resolve(path)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "ms");
        if (type != null) {
            request.header("Content-Type", type);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A byte response read as UTF-8 text. */
    private record StringResponse(HttpResponse<byte[]> raw) implements HttpResponse<String> {
        @Override
        public int statusCode() {
            return raw.statusCode();
        }

        @Override
        public HttpRequest request() {
            return raw.request();
        }

        @Override
        public java.util.Optional<HttpResponse<String>> previousResponse() {
            return java.util.Optional.empty();
        }

        @Override
        public java.net.http.HttpHeaders headers() {
            return raw.headers();
        }

        @Override
        public String body() {
            return new String(raw.body(), StandardCharsets.UTF_8);
        }

        @Override
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
            return raw.sslSession();
        }

        @Override
        public URI uri() {
            return raw.uri();
        }

        @Override
        public HttpClient.Version version() {
            return raw.version();
        }
    }
}

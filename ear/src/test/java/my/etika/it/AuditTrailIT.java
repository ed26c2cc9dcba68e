package my.etika.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import javax.sql.DataSource;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail inside the server: actions taken through the API leave their events (who, what, from where),
 * a failed login is recorded although it fails, an API login only when the directory was asked, a sync run once
 * it ends, and the chain still verifies for an auditor.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    private static final String PASSWORD = DemoDirectoryOptions.defaults().demoPassword();
    private static final String INTEGRITY = "demo.integriti";
    private static final String ADMIN = "demo.pentadbir";
    private static final String AUDITOR = "demo.juruaudit";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return EtikaServer.earWithClassesInWar(AuditTrailIT.class, ServerDatabase.class);
    }

    @Test
    void aFailedLoginIsRecordedWithTheLoginTriedAndTheAddress() throws Exception {
        String stranger = "tiada.pegawai." + System.nanoTime();

        assertEquals(401, call("GET", "api/v1/me", null, stranger, "salah").statusCode());

        assertEquals(1, events("Login", stranger, "LOGIN_FAILED", stranger));
        assertTrue(text("SELECT details FROM audit_event WHERE entity_type = 'Login' AND entity_id = ?", stranger)
                .contains("UNKNOWN_USER"));
        assertEquals(0, number("SELECT COUNT(*) FROM audit_event WHERE details LIKE '%salah%' AND entity_id = ?",
                stranger), "never the password");
    }

    @Test
    void anApiLoginIsRecordedWhenTheDirectoryIsAskedNotOnEveryCall() throws Exception {
        // a refusal empties the credential cache: the next call asks the directory again
        assertEquals(401, call("GET", "api/v1/me", null, AUDITOR, "salah-kata-laluan").statusCode());
        long failed = count("Login", AUDITOR, "LOGIN_FAILED", AUDITOR);
        long before = count("Login", AUDITOR, "LOGIN", AUDITOR);

        assertEquals(200, call("GET", "api/v1/me", null, AUDITOR, PASSWORD).statusCode());
        assertEquals(200, call("GET", "api/v1/me", null, AUDITOR, PASSWORD).statusCode());

        assertTrue(failed >= 1, "the wrong password is recorded");
        // the second call is answered from the credential cache (60 s by default)
        assertEquals(before + 1, count("Login", AUDITOR, "LOGIN", AUDITOR));
    }

    @Test
    void anOfficialAccountAndItsFindingsStepsAreRecordedWithWhoAndWhence() throws Exception {
        String handle = "audit.ujian." + System.nanoTime();
        HttpResponse<String> registered = call("POST", "api/v1/official-accounts", Json.createObjectBuilder()
                .add("platform", "facebook").add("handle", handle).add("profileEmail", "media@jde.example")
                .add("sharedLogin", false).add("twoStepVerification", true)
                .add("passwordChangedOn", LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur")).toString())
                .add("active", true).build().toString(), INTEGRITY, PASSWORD);
        assertEquals(201, registered.statusCode(), registered.body());
        long account = json(registered.body()).getJsonNumber("id").longValue();
        assertEquals(1, events("OfficialAccount", String.valueOf(account), "CREATE", INTEGRITY));

        JsonObject finding = json(call("GET", "api/v1/findings?size=500", null, INTEGRITY, PASSWORD).body())
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(f -> !f.isNull("officialAccountId")
                        && f.getJsonNumber("officialAccountId").longValue() == account)
                .findFirst().orElseThrow(() -> new AssertionError("no finding for an account without custodian"));
        String findingId = String.valueOf(finding.getJsonNumber("id").longValue());
        assertEquals(1, events("Finding", findingId, "CREATE", INTEGRITY), "raised by the registration's evaluation");

        String reason = "Akaun ujian jejak audit.";
        HttpResponse<String> dismissed = call("POST", "api/v1/findings/" + findingId + "/transitions",
                Json.createObjectBuilder().add("to", "DISMISSED").add("reason", reason)
                        .add("version", finding.getJsonNumber("version").longValue()).build().toString(),
                INTEGRITY, PASSWORD);
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        assertEquals(1, events("Finding", findingId, "TRANSITION", INTEGRITY));
        assertEquals(reason, text("SELECT reason FROM audit_event WHERE entity_type = 'Finding' AND entity_id = ?"
                + " AND action = 'TRANSITION'", findingId));
        assertEquals("{\"status\":\"DISMISSED\"}", text("SELECT after_state FROM audit_event"
                + " WHERE entity_type = 'Finding' AND entity_id = ? AND action = 'TRANSITION'", findingId));
    }

    @Test
    void aHolidayAddedByTheAdministratorIsRecorded() throws Exception {
        LocalDate day = LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(System.nanoTime(), 3650L));
        HttpResponse<String> added = call("POST", "api/v1/calendar/holidays", Json.createObjectBuilder()
                .add("date", day.toString()).add("states", Json.createArrayBuilder().add("MY-02"))
                .add("nameMs", "Cuti Ujian Audit").add("nameEn", "Audit Test Holiday").add("kind", "AD_HOC")
                .add("source", "AuditTrailIT").build().toString(), ADMIN, PASSWORD);
        assertEquals(201, added.statusCode(), added.body());
        long id = Json.createReader(new StringReader(added.body())).readArray().getJsonObject(0).getJsonNumber("id")
                .longValue();

        assertEquals(1, events("PublicHoliday", String.valueOf(id), "CREATE", ADMIN));
    }

    @Test
    void aSyncRunIsRecordedOnceWhenItEndsAsWhoStartedIt() throws Exception {
        HttpResponse<String> started = call("POST", "api/v1/sync/runs", "{\"mode\":\"FULL\"}", ADMIN, PASSWORD);
        assertEquals(202, started.statusCode(), started.body());
        long run = json(started.body()).getJsonNumber("id").longValue();
        String status = "RUNNING";
        for (int attempt = 0; attempt < 1200 && "RUNNING".equals(status); attempt++) {
            Thread.sleep(100);
            status = text("SELECT status FROM sync_run WHERE id = ?", run);
        }
        assertTrue(!"RUNNING".equals(status), "the run did not end");

        assertEquals(1, count("SyncRun", String.valueOf(run), "SYNC_RUN", ADMIN));
        String details = text("SELECT details FROM audit_event WHERE entity_type = 'SyncRun' AND entity_id = ?"
                + " AND action = 'SYNC_RUN'", String.valueOf(run));
        assertTrue(details.contains("\"mode\":\"FULL\"") && details.contains("\"status\":\"" + status + "\""),
                details);
    }

    @Test
    void theChainStillVerifiesForAnAuditor() throws Exception {
        assertEquals(401, call("GET", "api/v1/me", null, "tiada." + System.nanoTime(), "x").statusCode());

        HttpResponse<String> verified = call("GET", "api/v1/audit/verify", null, AUDITOR, PASSWORD);

        assertEquals(200, verified.statusCode(), verified.body());
        assertTrue(json(verified.body()).getBoolean("intact"), verified.body());
    }

    /** Events of that record, action and actor that came through HTTP (with the client's address). */
    private long events(String entityType, String entityId, String action, String actor) throws Exception {
        long all = count(entityType, entityId, action, actor);
        long withAddress = number("SELECT COUNT(*) FROM audit_event WHERE entity_type = ? AND entity_id = ?"
                + " AND action = ? AND actor = ? AND source_ip IS NOT NULL", entityType, entityId, action, actor);
        assertEquals(all, withAddress, entityType + " " + entityId + " " + action + " without an address");
        return all;
    }

    private long count(String entityType, String entityId, String action, String actor) throws Exception {
        return number("SELECT COUNT(*) FROM audit_event WHERE entity_type = ? AND entity_id = ? AND action = ?"
                + " AND actor = ?", entityType, entityId, action, actor);
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

    private static HttpResponse<String> call(String method, String path, String json, String login, String password)
            throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/etika/")
                .resolve(path)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "ms").header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

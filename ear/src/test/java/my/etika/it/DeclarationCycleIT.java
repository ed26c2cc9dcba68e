package my.etika.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import javax.sql.DataSource;
import my.etika.declaration.boundary.DeclarationReminders;
import my.etika.directory.control.EmbeddedDirectory;
import my.etika.directory.control.SyncExecutor;
import my.etika.directory.control.SyncRuns;
import my.etika.directory.entity.SyncMode;
import my.etika.ldapschema.demo.DemoDirectoryOptions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A declaration campaign's whole cycle inside the server, against the embedded directory (which it changes):
 * HR launches a campaign for one division; an officer moved into the division joins it and one who left the
 * directory is excluded; reminders and escalations go out on the days they are due (the reminder job is run at
 * chosen instants: the controllable clock); the officer signs (an official e-mail on a personal account refused,
 * the password checked again), the receipt verifies and an altered code does not; another officer can neither
 * see nor sign the declaration.
 */
@ExtendWith(ArquillianExtension.class)
class DeclarationCycleIT {

    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final String OFFICER = "demo.pegawai";
    /** Every demo officer's password, in the embedded directory and in CI's slapd alike. */
    private static final String PASSWORD = DemoDirectoryOptions.defaults().demoPassword();

    @Inject
    EmbeddedDirectory embedded;

    @Inject
    SyncRuns runs;

    @Inject
    SyncExecutor executor;

    @Inject
    DeclarationReminders reminders;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return EtikaServer.earWithClassesInWar(DeclarationCycleIT.class, ServerDatabase.class);
    }

    @Test
    void aCampaignFromLaunchThroughSigningToEscalation() throws Exception {
        sync(SyncMode.FULL);
        String unit = text("SELECT org_unit FROM officer WHERE login = ?", OFFICER);
        long inUnit = number("SELECT COUNT(*) FROM officer WHERE org_unit = ? AND status = 'ACTIVE'"
                + " AND deactivated_at IS NULL", unit);
        LocalDate today = LocalDate.now(MALAYSIA);
        LocalDate due = today.plusDays(10);

        // HR creates and launches the campaign for the officer's division
        JsonObject campaign = campaign("Akuan Tahunan IT " + System.nanoTime(), unit, today.minusDays(1), due);
        long campaignId = campaign.getJsonNumber("id").longValue();
        HttpResponse<String> launched = post("api/v1/campaigns/" + campaignId + "/launch",
                "{\"version\":" + campaign.getJsonNumber("version").longValue() + "}", "demo.hr", "en");
        assertEquals(200, launched.statusCode(), launched.body());
        JsonObject total = json(get("api/v1/campaigns/" + campaignId + "/progress", "demo.hr").body())
                .getJsonObject("total");
        assertEquals(inUnit, total.getJsonNumber("audience").longValue());
        assertEquals(inUnit, total.getJsonNumber("pending").longValue());
        assertEquals(409, post("api/v1/campaigns/" + campaignId + "/launch", "{\"version\":0}", "demo.hr", "en")
                .statusCode());
        assertEquals(403, get("api/v1/campaigns/" + campaignId + "/progress", OFFICER).statusCode());

        reminders.runAt(Instant.now());
        long declaration = number("SELECT d.id FROM declaration d JOIN officer o ON o.id = d.officer_id"
                + " WHERE d.campaign_id = ? AND o.login = ?", campaignId, OFFICER);

        // seven days before the due date: one reminder, however often the job runs that day
        reminders.runAt(at(due.minusDays(7), 9));
        reminders.runAt(at(due.minusDays(7), 15));
        assertEquals(1, mails(declaration, "REMINDER"));
        assertEquals(OFFICER + "@jde.example", text("SELECT recipient FROM mail_outbox WHERE reference LIKE ?",
                "declaration:" + declaration + ":%:reminder:7"));
        assertEquals(0, number("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'ESCALATION'"
                + " AND reference LIKE ?", "declaration:" + declaration + ":%"));

        // the officer's supervisor sees it among their people's; another officer does not
        String supervisor = text("SELECT s.login FROM officer o JOIN officer s ON s.dn_normalized ="
                + " o.supervisor_dn_normalized AND s.deactivated_at IS NULL WHERE o.login = ?", OFFICER);
        String team = get("api/v1/me/declarations/team", supervisor).body();
        assertTrue(team.contains("\"officerName\":\"Nur Aisyah binti Rahman\""), team);
        assertTrue(team.contains("\"status\":\"PENDING\""), team);
        assertFalse(get("api/v1/me/declarations/team", OFFICER).body().contains("Nur Aisyah"));

        // another officer can neither see nor sign it
        assertEquals(404, get("api/v1/me/declarations/" + declaration, "demo.hr").statusCode());
        assertEquals(404, post("api/v1/me/declarations/" + declaration + "/signature", "{}", "demo.hr", "en")
                .statusCode());
        assertFalse(get("api/v1/me/declarations", "demo.hr").body().contains("\"id\":" + declaration + ","));

        // the officer reads it in Malay and signs
        JsonObject toSign = json(get("api/v1/me/declarations/" + declaration + "?lang=ms", OFFICER).body());
        assertTrue(toSign.getString("text").contains("Akuan Pematuhan Penggunaan Media Sosial"));
        HttpResponse<String> officialEmail = sign(declaration, toSign, PASSWORD,
                OFFICER + "@jde.example");
        assertEquals(400, officialEmail.statusCode(), officialEmail.body());
        assertTrue(json(officialEmail.body()).getString("detail").startsWith("E-mel rasmi"), officialEmail.body());
        assertEquals(1, number("SELECT COUNT(*) FROM declaration_refusal WHERE declaration_id = ?"
                + " AND reason = 'OFFICIAL_EMAIL'", declaration));
        HttpResponse<String> wrongPassword = sign(declaration, toSign, "bukan-kata-laluan", "aisyah.r@gmail.com");
        assertEquals(400, wrongPassword.statusCode());
        assertTrue(json(wrongPassword.body()).getString("detail").startsWith("Kata laluan tidak sah"));
        assertEquals(0, number("SELECT COUNT(*) FROM declaration_signature WHERE declaration_id = ?", declaration));

        HttpResponse<String> signed = sign(declaration, toSign, PASSWORD, "aisyah.r@gmail.com");
        assertEquals(201, signed.statusCode(), signed.body());
        String code = json(signed.body()).getString("verificationCode");
        assertEquals(toSign.getString("textSha256"), text("SELECT text_sha256 FROM declaration_signature"
                + " WHERE verification_code = ?", code));
        assertEquals(409, sign(declaration, toSign, PASSWORD, null).statusCode());

        // the receipt and its code
        HttpResponse<byte[]> receipt = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base().resolve("api/v1/me/declarations/" + declaration + "/receipt")).header("Authorization",
                basic(OFFICER)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, receipt.statusCode());
        assertEquals("%PDF", new String(receipt.body(), 0, 4, StandardCharsets.US_ASCII));
        HttpResponse<String> verified = anonymous("api/v1/declarations/verify/" + code);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("Nur Aisyah binti Rahman", json(verified.body()).getString("officerName"));
        assertEquals(toSign.getString("textSha256"), json(verified.body()).getString("textSha256"));
        String altered = code.substring(0, code.length() - 1) + (code.endsWith("Z") ? "Y" : "Z");
        assertEquals(404, anonymous("api/v1/declarations/verify/" + altered).statusCode());

        // the day before the due date: reminders for those still pending, none for the officer who signed
        reminders.runAt(at(due.minusDays(1), 9));
        assertEquals(1, mails(declaration, "REMINDER"));
        assertTrue(number("SELECT COUNT(*) FROM mail_outbox WHERE reference LIKE '%:reminder:1' AND reference IN"
                + " (SELECT 'declaration:' || d.id || ':v' || c.policy_version_id || ':reminder:1' FROM declaration d"
                + " JOIN declaration_campaign c ON c.id = d.campaign_id WHERE c.id = ?)", campaignId) > 0);

        // a week after it (past two working days in any state's week): supervisors of those still pending are told,
        // HR gets a digest, the signer is left alone
        reminders.runAt(at(due.plusDays(7), 9));
        assertEquals(0, mails(declaration, "ESCALATION"));
        long escalated = number("SELECT COUNT(*) FROM declaration WHERE campaign_id = ? AND escalated_at IS NOT NULL",
                campaignId);
        assertTrue(escalated > 0);
        assertEquals(escalated, number("SELECT COUNT(*) FROM mail_outbox m WHERE m.kind = 'ESCALATION' AND EXISTS"
                + " (SELECT 1 FROM declaration d WHERE d.campaign_id = ? AND m.reference LIKE 'declaration:' || d.id"
                + " || ':%')", campaignId));
        assertEquals(1, number("SELECT COUNT(*) FROM mail_outbox WHERE reference = ?", "campaign:" + campaignId
                + ":digest:" + due.plusDays(7)));
        JsonArray outbox = Json.createReader(new StringReader(get("api/v1/mail/outbox?recipient="
                + "bahagian.sumber.manusia@jde.example", "demo.pentadbir").body())).readArray();
        assertTrue(outbox.stream().map(JsonValue::asJsonObject).anyMatch(m -> m.getString("subject")
                .contains(campaign.getString("name"))));
        assertNotEquals(200, get("api/v1/mail/outbox", "demo.hr").statusCode());

        // HR publishes a material new version: the officer is asked to sign again; the first receipt still holds
        long policy = number("SELECT id FROM policy WHERE code = 'AKUAN-MEDIA-SOSIAL'");
        // the texts in force with an amendment (other tests read the policy's latest version)
        long current = campaignVersion(campaignId);
        String draft = Json.createObjectBuilder()
                .add("textMs", text("SELECT text_ms FROM policy_version WHERE id = ?", current) + "\n\nPindaan baharu.")
                .add("textEn", text("SELECT text_en FROM policy_version WHERE id = ?", current) + "\n\nNew text.")
                .add("sources", Json.createArrayBuilder().add("SOP"))
                .add("effectiveOn", today.toString()).add("material", true)
                .add("rules", rulesOf(current).add(Json.createObjectBuilder().add("key", "NEW_RULE")
                        .add("textMs", "Saya mematuhi peraturan baharu.").add("textEn", "I follow the new rule.")))
                .build().toString();
        HttpResponse<String> drafted = post("api/v1/policies/" + policy + "/versions", draft, "demo.hr", "en");
        assertEquals(201, drafted.statusCode(), drafted.body());
        long newer = json(drafted.body()).getJsonNumber("id").longValue();
        assertEquals(403, post("api/v1/policies/versions/" + newer + "/publication", "", OFFICER, "en")
                .statusCode());
        assertEquals(200, post("api/v1/policies/versions/" + newer + "/publication", "", "demo.hr", "en")
                .statusCode());
        assertEquals(409, post("api/v1/policies/versions/" + newer + "/publication", "", "demo.hr", "en")
                .statusCode());
        assertEquals("PENDING", text("SELECT status FROM declaration WHERE id = ?", declaration));
        JsonObject again = json(get("api/v1/me/declarations/" + declaration + "?lang=en", OFFICER).body());
        assertTrue(again.getString("text").contains("New text."), again.toString());
        assertEquals(200, anonymous("api/v1/declarations/verify/" + code).statusCode());
        assertEquals(201, sign(declaration, again, PASSWORD, null).statusCode());
        assertEquals(2, number("SELECT COUNT(*) FROM declaration_signature WHERE declaration_id = ?", declaration));
    }

    @Test
    @DisabledIfEnvironmentVariable(named = "ETIKA_DIRECTORY_URL", matches = ".+",
            disabledReason = "The test changes the directory: it runs with the embedded one")
    void officersWhoJoinOrLeaveTheAudienceWhileItIsOpenAreAddedOrExcluded() throws Exception {
        sync(SyncMode.FULL);
        String unit = text("SELECT org_unit FROM officer WHERE login = ?", "demo.hr");
        LocalDate today = LocalDate.now(MALAYSIA);
        JsonObject campaign = campaign("Akuan Tahunan IT " + System.nanoTime(), unit, today, today.plusDays(30));
        long campaignId = campaign.getJsonNumber("id").longValue();
        assertEquals(200, post("api/v1/campaigns/" + campaignId + "/launch", "{\"version\":"
                + campaign.getJsonNumber("version").longValue() + "}", "demo.hr", "en").statusCode());

        // one officer moves into the division, one leaves the directory; the next pass follows them
        SearchResultEntry joiner = ordinaryOfficer("(!(ou=" + Filter.encodeValue(unit) + "))");
        SearchResultEntry leaver = ordinaryOfficer("(ou=" + Filter.encodeValue(unit) + ")");
        ldap().modify(joiner.getDN(), new Modification(ModificationType.REPLACE, "ou", unit));
        ldap().delete(leaver.getDN());
        sync(SyncMode.INCREMENTAL);
        reminders.runAt(Instant.now());
        assertEquals("PENDING JOINED", text("SELECT d.status || ' ' || d.added_because FROM declaration d JOIN officer o"
                + " ON o.id = d.officer_id WHERE d.campaign_id = " + campaignId + " AND o.login = ?",
                joiner.getAttributeValue("uid")));
        assertEquals("EXCLUDED LEFT_DIRECTORY", text("SELECT d.status || ' ' || d.excluded_because FROM declaration d"
                + " JOIN officer o ON o.id = d.officer_id WHERE d.campaign_id = " + campaignId + " AND o.login = ?",
                leaver.getAttributeValue("uid")));
    }

    private JsonObject campaign(String name, String unit, LocalDate opens, LocalDate due) throws Exception {
        long version = number("SELECT MAX(v.id) FROM policy_version v JOIN policy p ON p.id = v.policy_id"
                + " WHERE p.code = 'AKUAN-MEDIA-SOSIAL' AND v.status = 'PUBLISHED'");
        String body = Json.createObjectBuilder().add("name", name).add("policyVersionId", version)
                .add("orgUnit", unit).add("opensOn", opens.toString()).add("dueOn", due.toString())
                .add("reminderDays", Json.createArrayBuilder().add(7).add(1)).add("escalationDays", 2).build()
                .toString();
        HttpResponse<String> created = post("api/v1/campaigns", body, "demo.hr", "en");
        assertEquals(201, created.statusCode(), created.body());
        return json(created.body());
    }

    private JsonArrayBuilder rulesOf(long version) throws Exception {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT rule_key, text_ms, text_en FROM policy_rule WHERE policy_version_id = ? ORDER BY position")) {
            q.setLong(1, version);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rules.add(Json.createObjectBuilder().add("key", r.getString(1)).add("textMs", r.getString(2))
                            .add("textEn", r.getString(3)));
                }
            }
        }
        return rules;
    }

    private long campaignVersion(long campaignId) throws Exception {
        return number("SELECT policy_version_id FROM declaration_campaign WHERE id = ?", campaignId);
    }

    private HttpResponse<String> sign(long declaration, JsonObject toSign, String password, String email)
            throws Exception {
        JsonArrayBuilder rules = Json.createArrayBuilder();
        toSign.getJsonArray("rules").forEach(r -> rules.add(r.asJsonObject().getString("key")));
        var account = Json.createObjectBuilder().add("platform", "facebook").add("handle", "aisyah.rahman");
        if (email != null) {
            account.add("registeredEmail", email);
        }
        String body = Json.createObjectBuilder().add("password", password).add("language", toSign.getString("language"))
                .add("textSha256", toSign.getString("textSha256")).add("attestedRules", rules)
                .add("accounts", Json.createArrayBuilder().add(account)).build().toString();
        return post("api/v1/me/declarations/" + declaration + "/signature", body, OFFICER, "ms");
    }

    private long mails(long declaration, String kind) throws Exception {
        return number("SELECT COUNT(*) FROM mail_outbox WHERE kind = ? AND reference LIKE ?", kind,
                "declaration:" + declaration + ":%");
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(MALAYSIA).toInstant();
    }

    private void sync(SyncMode mode) throws Exception {
        long runId = runs.begin(mode, "DeclarationCycleIT");
        executor.execute(runId, mode);
        assertEquals("COMPLETED", text("SELECT status FROM sync_run WHERE id = ?", runId));
    }

    private InMemoryDirectoryServer ldap() {
        return embedded.server();
    }

    /** An officer who supervises nobody and is not a demo account, matching the filter. */
    private SearchResultEntry ordinaryOfficer(String filter) throws Exception {
        String people = embedded.connectionConfig(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), 1)
                .peopleBaseDn();
        List<SearchResultEntry> candidates = ldap().search(people, SearchScope.SUB,
                Filter.create("(&(objectClass=inetOrgPerson)(etikaOfficerStatus=ACTIVE)" + filter + ")"), "*", "+")
                .getSearchEntries();
        for (SearchResultEntry entry : candidates) {
            boolean supervises = ldap().search(people, SearchScope.SUB,
                    Filter.createEqualityFilter("manager", entry.getDN())).getEntryCount() > 0;
            if (!supervises && !entry.getAttributeValue("uid").startsWith("demo.")) {
                return entry;
            }
        }
        throw new AssertionError("No ordinary officer matches " + filter);
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

    private HttpResponse<String> get(String path, String login) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve(path))
                .header("Authorization", basic(login)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}

package my.etika.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchScope;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
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
 * Credential hygiene inside the server: the official accounts register raises its findings (no custodian, a
 * custodian who left the agency through a directory sync, a personal e-mail on the profile), and an officer who
 * tried to declare a personal account registered with an official address written another way gets a finding,
 * acknowledges it and attests the fix, which the integrity unit verifies. Nobody else can move it.
 */
@ExtendWith(ArquillianExtension.class)
class HygieneIT {

    private static final String PASSWORD = DemoDirectoryOptions.defaults().demoPassword();
    private static final String INTEGRITY = "demo.integriti";
    private static final String OFFICER = "demo.pegawai";

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
        return EtikaServer.earWithClassesInWar(HygieneIT.class, ServerDatabase.class);
    }

    @Test
    @DisabledIfEnvironmentVariable(named = "ETIKA_DIRECTORY_URL", matches = ".+",
            disabledReason = "The test changes the directory: it runs with the embedded one")
    void theRegisterRaisesItsFindingsAndFollowsACustodianWhoLeaves() throws Exception {
        sync(SyncMode.FULL);
        String handle = "jabatan.ujian." + System.nanoTime();
        HttpResponse<String> registered = call("POST", "api/v1/official-accounts", Json.createObjectBuilder()
                .add("platform", "facebook").add("handle", handle).add("profileEmail", "media@jde.example")
                .add("sharedLogin", false).add("twoStepVerification", true)
                .add("passwordChangedOn", LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur")).toString())
                .add("active", true).build().toString(), INTEGRITY);
        assertEquals(201, registered.statusCode(), registered.body());
        JsonObject account = json(registered.body());
        long id = account.getJsonNumber("id").longValue();
        assertEquals(List.of("OFFICIAL_ACCOUNT_WITHOUT_CUSTODIAN"), rulesOfAccount(id, true));
        assertEquals(403, call("POST", "api/v1/official-accounts", "{}", OFFICER).statusCode());

        SearchResultEntry custodian = ordinaryOfficer();
        HttpResponse<String> appointed = call("POST", "api/v1/official-accounts/" + id + "/custodians",
                Json.createObjectBuilder().add("version", account.getJsonNumber("version").longValue())
                        .add("login", custodian.getAttributeValue("uid")).add("platformRole", "Editor").build()
                        .toString(), INTEGRITY);
        assertEquals(200, appointed.statusCode(), appointed.body());
        assertEquals(List.of(), rulesOfAccount(id, true), "no custodian: no longer seen");
        assertEquals(409, call("POST", "api/v1/official-accounts/" + id + "/custodians",
                Json.createObjectBuilder().add("version", account.getJsonNumber("version").longValue())
                        .add("login", OFFICER).add("platformRole", "Editor").build().toString(), INTEGRITY)
                .statusCode(), "a stale version is refused");

        embedded.server().delete(custodian.getDN());
        sync(SyncMode.INCREMENTAL);

        assertEquals(List.of("CUSTODIAN_LEFT_ROTATE_CREDENTIALS"), rulesOfAccount(id, true));
        JsonObject current = json(appointed.body());
        HttpResponse<String> personalProfile = call("PUT", "api/v1/official-accounts/" + id, Json.createObjectBuilder()
                .add("version", current.getJsonNumber("version").longValue()).add("account", Json.createObjectBuilder()
                        .add("platform", "facebook").add("handle", handle).add("profileEmail", "jabatan@gmail.com")
                        .add("sharedLogin", false).add("twoStepVerification", true)
                        .add("passwordChangedOn", LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur")).toString())
                        .add("active", true)).build().toString(), INTEGRITY);
        assertEquals(200, personalProfile.statusCode(), personalProfile.body());
        assertEquals(List.of("CUSTODIAN_LEFT_ROTATE_CREDENTIALS", "PERSONAL_EMAIL_ON_OFFICIAL_PROFILE"),
                rulesOfAccount(id, true));
    }

    @Test
    @DisabledIfEnvironmentVariable(named = "ETIKA_DIRECTORY_URL", matches = ".+",
            disabledReason = "The test changes the directory: it runs with the embedded one")
    void aSyncThatGivesAnOfficerTheAddressOfTheirPersonalAccountRaisesAFinding() throws Exception {
        sync(SyncMode.FULL);
        SearchResultEntry entry = ordinaryOfficer();
        String login = entry.getAttributeValue("uid");
        String address = login + "@jabatan-baharu.example";
        long declaration = openDeclarationOf(login);
        JsonObject toSign = json(call("GET", "api/v1/me/declarations/" + declaration + "?lang=ms", null, login)
                .body());
        var rules = Json.createArrayBuilder();
        toSign.getJsonArray("rules").forEach(r -> rules.add(r.asJsonObject().getString("key")));
        HttpResponse<String> signed = call("POST", "api/v1/me/declarations/" + declaration + "/signature",
                Json.createObjectBuilder().add("password", PASSWORD).add("language", "ms")
                        .add("textSha256", toSign.getString("textSha256")).add("attestedRules", rules)
                        .add("accounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("platform", "tiktok").add("handle", login + ".peribadi")
                                .add("registeredEmail", address)))
                        .build().toString(), login);
        assertEquals(201, signed.statusCode(), "not yet an official address: " + signed.body());
        assertTrue(awaitMyFinding(login, "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", 5).isEmpty());

        embedded.server().modify(entry.getDN(), new com.unboundid.ldap.sdk.Modification(
                com.unboundid.ldap.sdk.ModificationType.REPLACE, "mail", address));
        sync(SyncMode.INCREMENTAL);

        JsonObject finding = awaitMyFinding(login, "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", 50).orElseThrow(
                () -> new AssertionError("no finding after the directory gave the officer that address"));
        assertTrue(finding.getString("evidence").contains("tiktok"), finding.toString());
    }

    @Test
    void anOfficialAddressWrittenAnotherWayOnAPersonalAccountIsAFindingTheOfficerFixes() throws Exception {
        sync(SyncMode.FULL);
        long declaration = openDeclarationOf(OFFICER);
        JsonObject toSign = json(call("GET", "api/v1/me/declarations/" + declaration + "?lang=ms", null, OFFICER)
                .body());
        var rules = Json.createArrayBuilder();
        toSign.getJsonArray("rules").forEach(r -> rules.add(r.asJsonObject().getString("key")));
        String disguised = " Demo.Pegawai+fb@JDE.Example ";
        HttpResponse<String> refused = call("POST", "api/v1/me/declarations/" + declaration + "/signature",
                Json.createObjectBuilder().add("password", PASSWORD).add("language", "ms")
                        .add("textSha256", toSign.getString("textSha256")).add("attestedRules", rules)
                        .add("accounts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("platform", "instagram").add("handle", "aisyah.r")
                                .add("registeredEmail", disguised)))
                        .build().toString(), OFFICER);
        assertEquals(400, refused.statusCode(), refused.body());

        JsonObject finding = awaitMyFinding(OFFICER, "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT").orElseThrow(
                () -> new AssertionError("no finding for the official address on the personal account"));
        long id = finding.getJsonNumber("id").longValue();
        assertEquals("HIGH", finding.getString("severity"));
        assertTrue(finding.getString("evidence").contains("instagram"), finding.toString());
        assertEquals(404, transition(id, "ACKNOWLEDGED", finding, null, "demo.hr").statusCode(),
                "another officer's finding is not found");
        assertEquals(403, transition(id, "VERIFIED", finding, null, OFFICER).statusCode());
        HttpResponse<String> acknowledged = transition(id, "ACKNOWLEDGED", finding, null, OFFICER);
        assertEquals(200, acknowledged.statusCode(), acknowledged.body());
        assertEquals(400, transition(id, "REMEDIATED", json(acknowledged.body()), " ", OFFICER).statusCode(),
                "the fix must be attested");
        HttpResponse<String> remediated = transition(id, "REMEDIATED", json(acknowledged.body()),
                "Saya telah menukar e-mel akaun Instagram kepada e-mel peribadi.", OFFICER);
        assertEquals(200, remediated.statusCode(), remediated.body());
        assertEquals(409, transition(id, "VERIFIED", json(acknowledged.body()), null, INTEGRITY).statusCode(),
                "a stale version is refused");
        HttpResponse<String> verified = transition(id, "VERIFIED", json(remediated.body()), null, INTEGRITY);
        assertEquals(200, verified.statusCode(), verified.body());
        assertEquals("VERIFIED", json(verified.body()).getString("status"));
        assertEquals(4, number("SELECT COUNT(*) FROM finding_transition WHERE finding_id = ?", id));
    }

    @Test
    void anOfficialPasswordIsCheckedForStrengthAndReuseAndNeverKept() throws Exception {
        long first = register("kata.laluan.satu." + System.nanoTime());
        long second = register("kata.laluan.dua." + System.nanoTime());
        String strong = "Gelombang-Rambutan-Kenari-" + System.nanoTime() % 100_000 + "-Sepat";

        JsonObject weak = json(passwordCheck(first, "Password1234", true, INTEGRITY).body());
        assertFalse(weak.getBoolean("passed"));
        assertTrue(weak.getJsonArray("reasons").toString().contains("TOO_WEAK"), weak.toString());
        assertFalse(weak.getBoolean("recorded"));
        JsonObject kept = json(passwordCheck(first, strong, true, INTEGRITY).body());
        assertTrue(kept.getBoolean("passed"), kept.toString());
        assertTrue(kept.getBoolean("recorded"));
        JsonObject reused = json(passwordCheck(second, strong, false, INTEGRITY).body());
        assertFalse(reused.getBoolean("passed"));
        assertEquals("[\"REUSED_ON_ANOTHER_ACCOUNT\"]", reused.getJsonArray("reasons").toString());
        JsonObject again = json(passwordCheck(first, strong, false, INTEGRITY).body());
        assertEquals("[\"PREVIOUSLY_USED\"]", again.getJsonArray("reasons").toString());
        assertEquals(404, passwordCheck(first, strong, false, OFFICER).statusCode(), "not a custodian");

        assertEquals(1, number("SELECT COUNT(*) FROM official_password_fingerprint WHERE official_account_id = ?",
                first));
        assertEquals(0, number("SELECT COUNT(*) FROM official_password_fingerprint WHERE fingerprint LIKE ?",
                "%" + strong + "%"));
        assertEquals(0, number("SELECT COUNT(*) FROM finding WHERE evidence LIKE ?", "%" + strong + "%"));
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        assertFalse(java.nio.file.Files.readString(log).contains(strong), "the password is in the server log");
    }

    @Test
    void aBreachExportRaisesAFindingPerOfficerAndServiceOnceAndABadOneImportsNothing() throws Exception {
        sync(SyncMode.FULL);
        String csv = "Email,Breaches\r\ndemo.hr@jde.example,\"LinkedIn;Canva\"\r\norang.lain@jde.example,Adobe\r\n";
        HttpResponse<String> imported = upload(csv, "text/csv");
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject summary = json(imported.body());
        assertEquals(2, summary.getInt("addresses"));
        assertEquals(1, summary.getInt("matchedOfficers"));
        assertEquals(1, summary.getInt("unmatchedAddresses"));
        long raised = summary.getInt("findingsRaised");
        assertEquals(0, json(upload("{\"demo.hr\":[\"LinkedIn\",\"Canva\"]}", "application/json").body())
                .getInt("findingsRaised"), "the same breaches again raise nothing");
        assertTrue(raised <= 2 && number("SELECT COUNT(*) FROM finding f JOIN officer o ON o.id = f.officer_id"
                + " WHERE f.rule_code = 'OFFICIAL_ADDRESS_IN_BREACH' AND o.login = 'demo.hr'"
                + " AND f.status = 'OPEN'") == 2);

        long imports = number("SELECT COUNT(*) FROM breach_import");
        long findings = number("SELECT COUNT(*) FROM finding");
        HttpResponse<String> bad = upload("Email,Breaches\r\ndemo.pegawai@jde.example,Dropbox\r\nbukan-alamat,Adobe\r\n",
                "text/csv");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(json(bad.body()).getString("detail").startsWith("Baris 3"), bad.body());
        assertEquals(imports, number("SELECT COUNT(*) FROM breach_import"), "nothing imported");
        assertEquals(findings, number("SELECT COUNT(*) FROM finding"), "no finding raised");
        assertEquals(403, call("POST", "api/v1/hygiene/breach-imports?domain=jde.example", csv, OFFICER)
                .statusCode());
    }

    @Test
    void theIntegrityUnitDismissesManyFindingsAtOnceOrNoneWhenOneIsStale() throws Exception {
        sync(SyncMode.FULL);
        String a = "Satu" + System.nanoTime();
        String b = "Dua" + System.nanoTime();
        assertEquals(200, upload("Email,Breaches\r\ndemo.juruaudit@jde.example,\"" + a + ";" + b + "\"\r\n",
                "text/csv").statusCode());
        List<JsonObject> two = json(call("GET", "api/v1/findings?rule=OFFICIAL_ADDRESS_IN_BREACH&size=500", null,
                INTEGRITY).body()).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("evidence").contains(a) || f.getString("evidence").contains(b)).toList();
        assertEquals(2, two.size());
        assertFalse(call("GET", "api/v1/findings?rule=OFFICIAL_ADDRESS_IN_BREACH&olderThanDays=1&size=500", null,
                INTEGRITY).body().contains(a), "findings raised today are not older than a day");
        var staleVersions = Json.createObjectBuilder();
        var freshVersions = Json.createObjectBuilder();
        for (JsonObject f : two) {
            staleVersions.add(String.valueOf(f.getJsonNumber("id")), f.getJsonNumber("version").longValue() + 1);
            freshVersions.add(String.valueOf(f.getJsonNumber("id")), f.getJsonNumber("version").longValue());
        }
        // built once: a JSON builder is emptied by building it
        JsonObject stale = staleVersions.build();
        JsonObject fresh = freshVersions.build();
        String reason = "Perkhidmatan ujian, bukan kebocoran sebenar.";
        assertEquals(409, call("POST", "api/v1/findings/transitions", Json.createObjectBuilder().add("to", "DISMISSED")
                .add("reason", reason).add("findings", stale).build().toString(), INTEGRITY).statusCode());
        assertEquals(2, number("SELECT COUNT(*) FROM finding WHERE status = 'OPEN' AND (evidence LIKE ? OR evidence"
                + " LIKE ?)", "%" + a + "%", "%" + b + "%"), "nothing moved");
        assertEquals(403, call("POST", "api/v1/findings/transitions", Json.createObjectBuilder().add("to", "DISMISSED")
                .add("reason", reason).add("findings", fresh).build().toString(), "demo.hr").statusCode());
        HttpResponse<String> dismissed = call("POST", "api/v1/findings/transitions", Json.createObjectBuilder()
                .add("to", "DISMISSED").add("reason", reason).add("findings", fresh).build().toString(), INTEGRITY);
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        assertEquals(2, json(dismissed.body()).getInt("moved"));
        assertEquals(2, number("SELECT COUNT(*) FROM finding WHERE status = 'DISMISSED' AND status_reason = ?",
                reason));
    }

    @Test
    void aHundredThousandLineExportGoesThroughTheServerInBoundedMemoryOrNotAtAll() throws Exception {
        sync(SyncMode.FULL);
        String service = "Besar" + System.nanoTime();
        int lines = 100_000;
        String csv = export(lines, service, null);
        // what the heap holds after each collection during the import: the import's live data, not its garbage
        List<java.lang.management.MemoryPoolMXBean> heap = java.lang.management.ManagementFactory
                .getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP
                        && p.getCollectionUsage() != null).toList();
        System.gc();
        long baseline = afterCollection(heap);
        java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong(baseline);
        java.util.concurrent.atomic.AtomicBoolean importing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (importing.get()) {
                peak.accumulateAndGet(afterCollection(heap), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        HttpResponse<String> imported;
        long started = System.nanoTime();
        try {
            imported = upload(csv, "text/csv");
        } finally {
            importing.set(false);
            sampler.join();
        }
        long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
        assertEquals(200, imported.statusCode(), imported.body());
        JsonObject summary = json(imported.body());
        assertEquals(lines, summary.getInt("addresses"));
        assertEquals(1, summary.getInt("matchedOfficers"), "demo.juruaudit, the first line");
        assertEquals(lines - 1, summary.getInt("unmatchedAddresses"));
        long grewMb = (peak.get() - baseline) / (1024 * 1024);
        System.gc();
        long keptMb = (afterCollection(heap) - baseline) / (1024 * 1024);
        java.util.logging.Logger.getLogger(HygieneIT.class.getName()).info(String.format(
                "Breach import of %,d lines: %d s, live heap grew by at most %d MB, %d MB kept after", lines, seconds,
                grewMb, keptMb));
        assertTrue(grewMb < 96, "the live heap grew by " + grewMb + " MB during the import");
        assertTrue(keptMb < 32, keptMb + " MB kept after the import");

        long imports = number("SELECT COUNT(*) FROM breach_import");
        long findings = number("SELECT COUNT(*) FROM finding");
        HttpResponse<String> bad = upload(export(lines, service + "X", "bukan-alamat-e-mel,Adobe"), "text/csv");
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(json(bad.body()).getString("detail").contains(String.format(java.util.Locale.ROOT, "%,d",
                lines + 2)), bad.body());
        assertEquals(imports, number("SELECT COUNT(*) FROM breach_import"), "nothing imported");
        assertEquals(findings, number("SELECT COUNT(*) FROM finding"), "no finding raised");
    }

    private static long afterCollection(List<java.lang.management.MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getCollectionUsage().getUsed()).sum();
    }

    /** A CSV export of {@code lines} addresses (the first an officer's), and a last line when given. */
    private static String export(int lines, String service, String lastLine) {
        StringBuilder csv = new StringBuilder(lines * 40).append("Email,Breaches\r\n")
                .append("demo.juruaudit@jde.example,").append(service).append("\r\n");
        for (int i = 1; i < lines; i++) {
            csv.append("bekas.pegawai.").append(i).append("@jde.example,").append(service).append("\r\n");
        }
        if (lastLine != null) {
            csv.append(lastLine).append("\r\n");
        }
        return csv.toString();
    }

    private static HttpResponse<String> upload(String body, String type) throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/etika/api/v1/hygiene/breach-imports?domain=jde.example")).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((INTEGRITY + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "ms").header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private long register(String handle) throws Exception {
        HttpResponse<String> registered = call("POST", "api/v1/official-accounts", Json.createObjectBuilder()
                .add("platform", "x").add("handle", handle).add("profileEmail", "media@jde.example")
                .add("sharedLogin", false).add("twoStepVerification", true).add("active", true).build().toString(),
                INTEGRITY);
        assertEquals(201, registered.statusCode(), registered.body());
        return json(registered.body()).getJsonNumber("id").longValue();
    }

    private static HttpResponse<String> passwordCheck(long account, String password, boolean record, String login)
            throws Exception {
        return call("POST", "api/v1/official-accounts/" + account + "/password-check", Json.createObjectBuilder()
                .add("password", password).add("record", record).build().toString(), login);
    }

    /** The officer's open declaration in a campaign for their division, created and launched as HR. */
    private long openDeclarationOf(String login) throws Exception {
        String unit = text("SELECT org_unit FROM officer WHERE login = ?", login);
        long version = number("SELECT MAX(v.id) FROM policy_version v JOIN policy p ON p.id = v.policy_id"
                + " WHERE p.code = 'AKUAN-MEDIA-SOSIAL' AND v.status = 'PUBLISHED'");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur"));
        JsonObject campaign = json(call("POST", "api/v1/campaigns", Json.createObjectBuilder()
                .add("name", "Akuan Kebersihan " + System.nanoTime()).add("policyVersionId", version)
                .add("orgUnit", unit).add("opensOn", today.toString()).add("dueOn", today.plusDays(14).toString())
                .add("escalationDays", 3).build().toString(), "demo.hr").body());
        long campaignId = campaign.getJsonNumber("id").longValue();
        assertEquals(200, call("POST", "api/v1/campaigns/" + campaignId + "/launch", "{\"version\":"
                + campaign.getJsonNumber("version") + "}", "demo.hr").statusCode());
        return number("SELECT d.id FROM declaration d JOIN officer o ON o.id = d.officer_id"
                + " WHERE d.campaign_id = ? AND o.login = ?", campaignId, login);
    }

    /** The evaluation runs once the refusal has committed: it may take a moment. */
    private Optional<JsonObject> awaitMyFinding(String login, String rule) throws Exception {
        return awaitMyFinding(login, rule, 50);
    }

    private Optional<JsonObject> awaitMyFinding(String login, String rule, int attempts) throws Exception {
        for (int attempt = 0; attempt < attempts; attempt++) {
            JsonArray mine = Json.createReader(new StringReader(call("GET", "api/v1/me/findings", null, login)
                    .body())).readArray();
            Optional<JsonObject> found = mine.stream().map(JsonValue::asJsonObject)
                    .filter(f -> f.getString("rule").equals(rule) && f.getString("status").equals("OPEN"))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(100);
        }
        return Optional.empty();
    }

    private HttpResponse<String> transition(long id, String to, JsonObject seen, String reason, String login)
            throws Exception {
        var body = Json.createObjectBuilder().add("to", to).add("version", seen.getJsonNumber("version").longValue());
        if (reason != null) {
            body.add("reason", reason);
        }
        return call("POST", "api/v1/findings/" + id + "/transitions", body.build().toString(), login);
    }

    /** The rules of the account's unsettled findings that the last evaluation still saw (or all, sorted). */
    private List<String> rulesOfAccount(long accountId, boolean stillSeen) throws Exception {
        JsonObject page = json(call("GET", "api/v1/findings?size=500", null, INTEGRITY).body());
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.containsKey("officialAccountId") && !f.isNull("officialAccountId")
                        && f.getJsonNumber("officialAccountId").longValue()
                        == accountId)
                .filter(f -> !stillSeen || f.getBoolean("stillSeen"))
                .map(f -> f.getString("rule")).sorted().toList();
    }

    private SearchResultEntry ordinaryOfficer() throws Exception {
        String people = embedded.connectionConfig(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1), 1)
                .peopleBaseDn();
        for (SearchResultEntry entry : embedded.server().search(people, SearchScope.SUB,
                Filter.create("(&(objectClass=inetOrgPerson)(etikaOfficerStatus=ACTIVE))"), "*", "+")
                .getSearchEntries()) {
            boolean supervises = embedded.server().search(people, SearchScope.SUB,
                    Filter.createEqualityFilter("manager", entry.getDN())).getEntryCount() > 0;
            if (!supervises && !entry.getAttributeValue("uid").startsWith("demo.")) {
                return entry;
            }
        }
        throw new AssertionError("No ordinary officer");
    }

    private void sync(SyncMode mode) throws Exception {
        long runId = runs.begin(mode, "HygieneIT");
        executor.execute(runId, mode);
        assertFalse("RUNNING".equals(text("SELECT status FROM sync_run WHERE id = ?", runId)));
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

    private static HttpResponse<String> call(String method, String path, String json, String login)
            throws Exception {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/etika/")
                .resolve(path)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "ms").header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

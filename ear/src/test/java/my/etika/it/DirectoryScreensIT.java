package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import my.etika.it.WebSession.Page;
import my.etika.ldapschema.demo.DemoLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The HR and administrator screens, directory sync and officers, over HTTP against the real EAR: who may open
 * them, what they show in Malay, and that they show what the API reports (a run started through the API, the
 * officers it brought in, one officer and their history).
 */
@ExtendWith(ArquillianExtension.class)
class DirectoryScreensIT {

    private static final String SYNC = "sync/index.xhtml";
    private static final String OFFICERS = "officers/index.xhtml";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EtikaServer.ear();
    }

    @Test
    void onlyHumanResourcesAndAdministratorsOpenTheDirectoryScreens() {
        for (String role : List.of("OFFICER", "INTEGRITY", "AUDITOR")) {
            WebSession session = new WebSession();
            Page home = session.logIn(EtikaServer.demo(role).login(), EtikaServer.demoPassword());
            assertThat(home.uri().getPath()).as(role).isEqualTo("/etika/index.xhtml");
            assertThat(menuLinks(home)).as(role).containsKey("/etika/officer/my-record.xhtml")
                    .doesNotContainKeys("/etika/officers/index.xhtml", "/etika/sync/index.xhtml");
            for (String path : List.of(SYNC, OFFICERS, "sync/run.xhtml?id=1", "officers/officer.xhtml?id=1")) {
                Page refused = session.get(path);
                assertThat(refused.status()).as("%s on %s", role, path).isEqualTo(403);
                assertThat(refused.document().selectFirst("h1").text()).as(path).isEqualTo("Akses Ditolak");
                assertThat(refused.text()).as(path).doesNotContain("Penyegerakan Direktori", "Senarai Pegawai",
                        "Exception");
            }
        }
        for (String role : List.of("HR", "ADMIN")) {
            WebSession session = new WebSession();
            Page home = session.logIn(EtikaServer.demo(role).login(), EtikaServer.demoPassword());
            assertThat(menuLinks(home)).as(role)
                    .containsEntry("/etika/officers/index.xhtml", "Pegawai")
                    .containsEntry("/etika/sync/index.xhtml", "Penyegerakan Direktori");
            assertThat(session.get(SYNC).status()).as(role).isEqualTo(200);
            assertThat(session.get(OFFICERS).status()).as(role).isEqualTo(200);
        }
    }

    @Test
    void humanResourcesReadTheDirectoryScreensInMalay() {
        WebSession hr = loggedIn("HR");
        Page sync = hr.get(SYNC);
        Page officers = hr.get(OFFICERS);

        assertThat(sync.status()).isEqualTo(200);
        assertThat(sync.document().selectFirst("html").attr("lang")).isEqualTo("ms");
        assertThat(sync.document().title()).isEqualTo("Penyegerakan Direktori · Etika");
        assertThat(sync.document().selectFirst("h1").text()).isEqualTo("Penyegerakan Direktori");
        assertThat(sync.document().select("h2").eachText()).contains("Mulakan Penyegerakan",
                "Penyegerakan Semasa atau Terakhir", "Sejarah Penyegerakan");
        assertThat(sync.document().getElementById("sync:startFull").text()).isEqualTo("Mulakan Penyegerakan Penuh");
        assertThat(sync.document().getElementById("sync:startIncremental").text())
                .isEqualTo("Mulakan Penyegerakan Tokokan");
        assertThat(sync.document().select("#sync\\:history thead th").eachText()).contains("Penyegerakan", "Mod",
                "Status", "Ditambah", "Dikemas kini", "Dinyahaktifkan", "Ralat");

        assertThat(officers.status()).isEqualTo(200);
        assertThat(officers.document().title()).isEqualTo("Pegawai · Etika");
        assertThat(officers.document().selectFirst("h1").text()).isEqualTo("Pegawai");
        assertThat(officers.document().select("h2").eachText()).contains("Tapis Senarai", "Senarai Pegawai");
        assertThat(officers.document().select("label[for=officers:text]").text())
                .isEqualTo("Cari nama, nama pengguna, nombor pekerja atau e-mel");
        assertThat(officers.document().select("#officers\\:table thead th").eachText()).contains("Nama",
                "Nama Pengguna", "Gred", "Status");
    }

    @Test
    void aRunStartedThroughTheApiIsOnTheSyncPageAndItsOwnPage() {
        JsonObject run = DirectorySyncs.finishedRun("FULL");
        long id = run.getJsonNumber("id").longValue();
        WebSession hr = loggedIn("HR");

        Page sync = hr.get(SYNC);
        Element row = sync.document().select("#sync\\:history_data tr").stream()
                .filter(tr -> tr.selectFirst("a[href*=run.xhtml?id=" + id + "]") != null
                        && tr.selectFirst("a").text().equals("Penyegerakan " + id))
                .findFirst().orElseThrow(() -> new AssertionError("Run " + id + " not in the history: "
                        + sync.document().select("#sync\\:history_data").text()));
        List<String> cells = row.select("td").stream().map(Element::ownText).toList();
        assertThat(cells.get(1)).isEqualTo("Penuh");
        assertThat(cells.get(2)).isEqualTo(statusText(run.getString("status")));
        assertThat(digits(row.select("td").get(6).text())).isEqualTo(run.getJsonNumber("created").longValue());
        assertThat(digits(row.select("td").get(7).text())).isEqualTo(run.getJsonNumber("updated").longValue());
        assertThat(digits(row.select("td").get(9).text())).isEqualTo(run.getJsonNumber("unchanged").longValue());
        assertThat(row.select("td").get(13).text()).isEqualTo(EtikaServer.demo("HR").login());

        Page page = hr.get("sync/run.xhtml?id=" + id);
        Document detail = page.document();
        assertThat(page.status()).isEqualTo(200);
        assertThat(detail.selectFirst("h1").text()).isEqualTo("Butiran Penyegerakan");
        assertThat(detail.getElementById("detailsHeading").text()).isEqualTo("Penyegerakan " + id);
        assertThat(detail.getElementById("status").text()).isEqualTo(statusText(run.getString("status")));
        assertThat(detail.getElementById("mode").text()).isEqualTo("Penuh");
        assertThat(detail.getElementById("requestedBy").text()).isEqualTo(EtikaServer.demo("HR").login());
        assertThat(digits(detail.getElementById("entriesSeen").text()))
                .isEqualTo(run.getJsonNumber("entriesSeen").longValue()).isPositive();
        assertThat(digits(detail.getElementById("created").text()))
                .isEqualTo(run.getJsonNumber("created").longValue());
        assertThat(digits(detail.getElementById("unchanged").text()))
                .isEqualTo(run.getJsonNumber("unchanged").longValue());
        assertThat(digits(detail.getElementById("errorCount").text()))
                .isEqualTo(run.getJsonNumber("errors").longValue());
        assertThat(detail.select("a#backToList").attr("href")).endsWith("/etika/sync/index.xhtml");

        Page unknown = hr.get("sync/run.xhtml?id=" + (id + 100_000));
        assertThat(unknown.status()).isEqualTo(200);
        String notFound = unknown.document().select("#messages .ui-messages-error").text();
        assertThat(notFound).matches("Penyegerakan \\d+ tidak dijumpai\\.");
        assertThat(digits(notFound)).isEqualTo(id + 100_000);
        assertThat(unknown.document().select("#messages li")).hasSize(1);
        assertThat(unknown.document().select("#messages li[role]")).as("a role takes the item out of its list")
                .isEmpty();
        assertThat(unknown.document().getElementById("messages").attr("aria-live")).isEqualTo("polite");
        assertThat(unknown.document().getElementById("detailsHeading")).isNull();
    }

    @Test
    void theOfficersPageListsThePageTheApiFindsAndNarrowsAsHumanResourcesType() {
        DirectorySyncs.fullRun();
        JsonObject firstPage = DirectorySyncs.api("api/v1/officers?sort=fullName&size=25");
        JsonObject demoOnly = DirectorySyncs.api("api/v1/officers?q=demo.&size=100");
        WebSession hr = loggedIn("HR");

        Page officers = hr.get(OFFICERS);

        assertThat(firstPage.getJsonNumber("total").longValue()).isGreaterThan(25);
        assertThat(digits(officers.document().getElementById("officers:total").text()))
                .isEqualTo(firstPage.getJsonNumber("total").longValue());
        assertThat(names(officers.document().select("#officers\\:table_data").first()))
                .hasSize(25).isEqualTo(fullNames(firstPage.getJsonArray("items")));

        Document narrowed = filter(hr, officers, "demo.");

        assertThat(digits(narrowed.getElementById("officers:total").text()))
                .isEqualTo(demoOnly.getJsonNumber("total").longValue()).isLessThan(25);
        assertThat(names(narrowed.getElementById("officers:table_data")))
                .containsExactlyInAnyOrderElementsOf(fullNames(demoOnly.getJsonArray("items")))
                .contains(EtikaServer.demo("HR").fullName(), EtikaServer.demo("OFFICER").fullName());
        assertThat(narrowed.select("#officers\\:table_data tr td:eq(1)").eachText())
                .allSatisfy(login -> assertThat(login).startsWith("demo."));

        Document nobody = filter(hr, officers, "tiada-pegawai-begini");
        assertThat(nobody.getElementById("officers:table_data").text())
                .isEqualTo("Tiada pegawai sepadan dengan carian ini.");
    }

    @Test
    void anOfficersPageShowsTheirRecordAndHistoryAsTheApiHasThem() {
        DirectorySyncs.fullRun();
        DemoLogin demo = EtikaServer.demo("OFFICER");
        JsonObject found = DirectorySyncs.api("api/v1/officers?q=" + demo.login());
        JsonObject summary = found.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("login").equals(demo.login())).findFirst().orElseThrow();
        long id = summary.getJsonNumber("id").longValue();
        JsonObject api = DirectorySyncs.api("api/v1/officers/" + id);
        WebSession hr = loggedIn("HR");

        Page officers = hr.get(OFFICERS);
        Page page = hr.get("officers/officer.xhtml?id=" + id);
        Document detail = page.document();

        assertThat(filter(hr, officers, demo.login()).select("#officers\\:table_data a[href]").eachAttr("href"))
                .anySatisfy(href -> assertThat(href).endsWith("/etika/officers/officer.xhtml?id=" + id));
        assertThat(page.status()).isEqualTo(200);
        assertThat(detail.selectFirst("h1").text()).isEqualTo("Butiran Pegawai");
        assertThat(detail.getElementById("fullName").text()).isEqualTo(demo.fullName());
        assertThat(detail.getElementById("login").text()).isEqualTo(demo.login());
        assertThat(detail.getElementById("orgUnit").text()).isEqualTo(demo.orgUnit());
        assertThat(detail.getElementById("status").text()).isEqualTo("Aktif");
        assertThat(detail.getElementById("directoryId").text())
                .isEqualTo(api.getJsonObject("officer").getString("directoryId"));
        JsonValue supervisor = api.getJsonObject("officer").get("supervisorId");
        if (supervisor != null && supervisor.getValueType() == JsonValue.ValueType.NUMBER) {
            assertThat(detail.select("#supervisor a").attr("href")).endsWith("officer.xhtml?id=" + supervisor);
        }

        assertThat(detail.getElementById("changesHeading").text()).isEqualTo("Sejarah Perubahan");
        Element history = detail.getElementById("changes:history");
        assertThat(history).isNotNull();
        assertThat(history.select("thead th").eachText()).containsExactly("Tarikh dan masa", "Jenis perubahan",
                "Perubahan", "Penyegerakan");
        JsonArray changes = api.getJsonArray("history");
        if (changes.isEmpty()) {
            assertThat(history.select("tbody").text()).isEqualTo("Tiada perubahan direkodkan.");
        } else {
            assertThat(history.select("tbody tr")).hasSize(Math.min(25, changes.size()));
        }

        Page unknown = hr.get("officers/officer.xhtml?id=" + (id + 1_000_000));
        assertThat(unknown.document().select("#messages").text()).contains("tidak dijumpai");
        assertThat(unknown.document().getElementById("fullName")).isNull();
    }

    private static WebSession loggedIn(String role) {
        WebSession session = new WebSession();
        Page home = session.logIn(EtikaServer.demo(role).login(), EtikaServer.demoPassword());
        assertThat(home.uri().getPath()).isEqualTo("/etika/index.xhtml");
        return session;
    }

    /** The menu's links: path to label. */
    private static Map<String, String> menuLinks(Page page) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Element link : page.document().select("nav a[href]")) {
            links.put(URI.create(link.absUrl("href")).getPath(), link.text());
        }
        return links;
    }

    private static String statusText(String status) {
        return switch (status) {
            case "COMPLETED" -> "Selesai";
            case "INCOMPLETE" -> "Tidak lengkap";
            case "HELD" -> "Menunggu kelulusan";
            default -> status;
        };
    }

    private static long digits(String text) {
        String digits = text.replaceAll("\\D", "");
        assertThat(digits).as("a number in \"%s\"", text).isNotEmpty();
        return Long.parseLong(digits);
    }

    private static List<String> names(Element tableBody) {
        return tableBody.select("tr td:eq(0) a").eachText();
    }

    private static List<String> fullNames(JsonArray items) {
        return items.getValuesAs(JsonObject.class).stream().map(o -> o.getString("fullName")).toList();
    }

    /**
     * Types {@code text} into the officers page's search box as the browser does: the Faces Ajax request its
     * keyup sends, which re-renders the table and the total. Returns them as one document.
     */
    private static Document filter(WebSession session, Page page, String text) {
        Element form = page.document().getElementById("officers");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("officers", "officers");
        fields.put("jakarta.faces.ViewState", form.selectFirst("input[name=jakarta.faces.ViewState]").val());
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", "officers:text");
        fields.put("jakarta.faces.partial.execute", "officers:text");
        fields.put("jakarta.faces.partial.render", "officers:table officers:total");
        fields.put("jakarta.faces.behavior.event", "keyup");
        fields.put("jakarta.faces.partial.event", "keyup");
        fields.put("officers:text", text);
        String body = fields.entrySet().stream().map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = session.raw(HttpRequest.newBuilder(page.uri().resolve(form.attr("action")))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).isEqualTo(200);
        Document partial = Jsoup.parse(response.body(), "", Parser.xmlParser());
        assertThat(partial.select("partial-response error")).as(response.body()).isEmpty();
        StringBuilder html = new StringBuilder();
        for (Element update : partial.select("partial-response changes update")) {
            if (update.id().equals("officers:table") || update.id().equals("officers:total")) {
                html.append(update.wholeText());
            }
        }
        Document rendered = Jsoup.parse(html.toString(), page.uri().toString());
        assertThat(rendered.getElementById("officers:table_data")).as(response.body()).isNotNull();
        assertThat(rendered.getElementById("officers:total")).as(response.body()).isNotNull();
        return rendered;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Directory sync runs through the API, as HR starts them. Shared by the screens' tests. */
    static final class DirectorySyncs {

        private static JsonObject fullRun;

        private DirectorySyncs() {
        }

        /**
         * A FULL run started as HR through the API and finished, so that the registry holds the directory's
         * officers; started once per test JVM (the server and its database outlive each deployment).
         */
        static synchronized JsonObject fullRun() {
            if (fullRun == null) {
                fullRun = finishedRun("FULL");
            }
            return fullRun;
        }

        /**
         * Starts a run as HR and waits until it has finished. Another test's run may be going (409): it waits for
         * that one and tries again.
         */
        static JsonObject finishedRun(String mode) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            while (System.nanoTime() < deadline) {
                HttpResponse<String> started = call(HttpRequest.newBuilder(EtikaServer.baseUri()
                        .resolve("api/v1/sync/runs")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"" + mode + "\"}")));
                if (started.statusCode() == 409) {
                    waitWhileRunning();
                    continue;
                }
                assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
                URI location = URI.create(started.headers().firstValue("Location").orElseThrow());
                JsonObject run = json(started);
                while (run.getString("status").equals("RUNNING") && System.nanoTime() < deadline) {
                    pause();
                    run = json(call(HttpRequest.newBuilder(location).GET()));
                }
                assertThat(run.getString("status")).as(run.toString()).isNotEqualTo("RUNNING");
                return run;
            }
            throw new AssertionError("No " + mode + " sync run could be started within two minutes");
        }

        /** Waits until the newest run is no longer RUNNING. */
        static void waitWhileRunning() {
            for (int attempt = 0; attempt < 600; attempt++) {
                JsonArray newest = Json.createReader(new StringReader(call(HttpRequest.newBuilder(
                        EtikaServer.baseUri().resolve("api/v1/sync/runs?size=1")).GET()).body())).readArray();
                if (newest.isEmpty() || !newest.getJsonObject(0).getString("status").equals("RUNNING")) {
                    return;
                }
                pause();
            }
        }

        /** GET of an API resource as HR, expecting 200. */
        static JsonObject api(String path) {
            HttpResponse<String> response = call(HttpRequest.newBuilder(EtikaServer.baseUri().resolve(path)).GET());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            return json(response);
        }

        private static HttpResponse<String> call(HttpRequest.Builder request) {
            String credentials = EtikaServer.demo("HR").login() + ":" + EtikaServer.demoPassword();
            return new WebSession().raw(request.header("Accept", "application/json")
                    .header("Accept-Language", "ms")
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .build());
        }

        private static JsonObject json(HttpResponse<String> response) {
            return Json.createReader(new StringReader(response.body())).readObject();
        }

        private static void pause() {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}

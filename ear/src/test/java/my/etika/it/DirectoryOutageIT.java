package my.etika.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import my.etika.directory.control.EmbeddedDirectory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A directory that goes down: runs inside the server, where it can interrupt the embedded directory, and checks
 * over HTTP that the login page and the API say so in Malay and English, then recover. Only JDK classes and JUnit
 * here, since this class is deployed into the server. Skipped when the tests run against an external
 * directory (the slapd tier), which the server cannot stop.
 */
@ExtendWith(ArquillianExtension.class)
@DisabledIfEnvironmentVariable(named = "ETIKA_DIRECTORY_URL", matches = ".+",
        disabledReason = "Etika runs against an external directory here; the outage is tested with the embedded one")
class DirectoryOutageIT {

    @Inject
    EmbeddedDirectory embedded;

    @Deployment
    static EnterpriseArchive deployment() {
        return EtikaServer.earWithClassesInWar(DirectoryOutageIT.class);
    }

    private static URI base() {
        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return URI.create("http://127.0.0.1:" + port + "/etika/");
    }

    @Test
    void theLoginPageAndTheApiSayTheDirectoryCannotBeReachedThenRecover() throws Exception {
        assertTrue(embedded.isRunning(), "the embedded directory runs when no etika.directory.url is set");
        String login = embedded.demoLogins().get(0).login();
        String password = embedded.demoPassword();
        embedded.stopListening();
        try {
            HttpResponse<String> malay = api(login, password, "ms");
            HttpResponse<String> english = api(login, password, "en");
            String page = loginPage(login, password);

            assertEquals(503, malay.statusCode());
            assertTrue(malay.body().contains("Direktori agensi tidak dapat dihubungi"), malay.body());
            assertTrue(english.body().contains("The agency directory cannot be reached"), english.body());
            assertTrue(malay.headers().firstValue("Retry-After").isPresent());
            assertTrue(page.contains("Direktori agensi tidak dapat dihubungi. Sila cuba sebentar lagi"), page);
            assertFalse(page.contains("Exception:") || page.contains("Caused by"), page); // no stack trace
        } finally {
            embedded.startListening();
        }
        assertEquals(200, api(login, password, "ms").statusCode());
    }

    private static HttpResponse<String> api(String login, String password, String language)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base().resolve("api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", language)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts the login form the way a browser does and returns the page that comes back. */
    private static String loginPage(String login, String password) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI loginUri = base().resolve("login.xhtml");
        String form = browser.send(HttpRequest.newBuilder(loginUri).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertTrue(viewState.find(), form);
        String body = "login=login&login%3Ausername=" + encode(login) + "&login%3Apassword=" + encode(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + encode(viewState.group(1));
        return browser.send(HttpRequest.newBuilder(loginUri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import my.etika.it.DirectoryScreensIT.DirectorySyncs;
import my.etika.ldapschema.demo.DemoLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Credential hygiene in a real browser, in Malay: an officer sees a finding on "My findings", with why it matters
 * and what to do, and attests the fix; the integrity unit verifies it on the findings page. Both pages pass axe.
 */
@RequiresChromium
@ExtendWith(ArquillianExtension.class)
class HygieneBrowserIT {

    private HeadlessChromium chromium;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EtikaServer.ear();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerAttestsTheFixAndTheIntegrityUnitVerifiesIt() throws Exception {
        DemoLogin officer = EtikaServer.demo("OFFICER");
        DirectorySyncs.fullRun();
        String service = "Perkhidmatan" + System.nanoTime();
        HttpResponse<String> imported = integrity("api/v1/hygiene/breach-imports?domain=jde.example",
                "Email,Breaches\r\n" + officer.login() + "@jde.example," + service + "\r\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        HttpResponse<String> account = integrityJson("api/v1/official-accounts", "{\"platform\":\"instagram\","
                + "\"handle\":\"jde.ujian." + System.nanoTime() + "\",\"profileEmail\":\"media@jde.example\","
                + "\"twoStepVerification\":true,\"active\":true}");
        assertThat(account.statusCode()).as(account.body()).isEqualTo(201);

        WebDriver browser = open();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        chromium.logInAt("officer/my-findings.xhtml", officer);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Penemuan Saya"));
        WebElement finding = section(browser, service);
        assertThat(finding.getText()).contains("E-mel rasmi didaftarkan di perkhidmatan peribadi", "Terbuka",
                "Mengapa penting", "Apa yang perlu dilakukan");
        chromium.assertAccessible("my findings");
        finding.findElement(By.tagName("textarea")).sendKeys("Saya telah memadam akaun di perkhidmatan tersebut.");
        finding.findElement(By.cssSelector("button[id$=':attest']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Terima kasih"));
        assertThat(section(browser, service).getText()).contains("Telah dibetulkan");
        chromium.assertAccessible("my findings after the attestation");
        chromium.close();

        browser = open();
        WebDriverWait integrityWait = new WebDriverWait(browser, Duration.ofSeconds(20));
        integrityWait.ignoring(StaleElementReferenceException.class);
        chromium.logInAt("hygiene/findings.xhtml", EtikaServer.demo("INTEGRITY"));
        integrityWait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Penemuan Kebersihan Kelayakan"));
        assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#unitChart canvas"))).isNotEmpty();
        chromium.assertAccessible("findings page");
        WebElement row = browser.findElements(By.cssSelector("#findings\\:table_data tr")).stream()
                .filter(r -> r.getText().contains(officer.fullName()) && r.getText().contains("Telah dibetulkan"))
                .findFirst().orElseThrow();
        row.findElement(By.cssSelector("button[id$=':verify']")).click();
        integrityWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Disahkan"));

        browser.get(EtikaServer.baseUri().resolve("hygiene/official-accounts.xhtml").toString());
        integrityWait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Daftar Akaun Media Sosial Rasmi"));
        chromium.assertAccessible("official accounts register");
        browser.findElement(By.id("password:newPassword")).sendKeys("Password1234");
        browser.findElement(By.id("password:check")).click();
        integrityWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("password:result"),
                "tidak lulus"));
        assertThat(browser.findElement(By.id("password:result")).getText()).contains("Terlalu mudah diteka");
        chromium.assertAccessible("official accounts register with a password check");
        browser.findElement(By.id("breaches:domain")).sendKeys("jde.example", org.openqa.selenium.Keys.TAB);
        java.nio.file.Path export = java.nio.file.Files.createTempFile("hibp-", ".csv");
        java.nio.file.Files.writeString(export, "Email,Breaches\r\n" + officer.login() + "@jde.example,Canva\r\n");
        browser.findElement(By.cssSelector("#breaches input[type=file]")).sendKeys(export.toString());
        integrityWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("breaches:summary"),
                "Diimport: 1 alamat, 1 pegawai dipadankan"));
        java.nio.file.Files.delete(export);

        JsonObject verified = Json.createReader(new StringReader(integrity("api/v1/findings?status=VERIFIED&size=500",
                null).body())).readObject();
        assertThat(verified.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("evidence").contains(service)).toList()).hasSize(1);
        chromium.assertAccessible("findings page after verifying");
    }

    private WebDriver open() throws IOException {
        chromium = HeadlessChromium.start();
        return chromium.driver();
    }

    private static WebElement section(WebDriver browser, String text) {
        return browser.findElements(By.cssSelector("section.finding")).stream()
                .filter(s -> s.getText().contains(text)).findFirst().orElseThrow();
    }

    private static HttpResponse<String> integrityJson(String path, String json) throws Exception {
        String credentials = EtikaServer.demo("INTEGRITY").login() + ":" + EtikaServer.demoPassword();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(EtikaServer.baseUri().resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> integrity(String path, String csv) throws Exception {
        String credentials = EtikaServer.demo("INTEGRITY").login() + ":" + EtikaServer.demoPassword();
        HttpRequest.Builder request = HttpRequest.newBuilder(EtikaServer.baseUri().resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "ms");
        if (csv != null) {
            request.header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

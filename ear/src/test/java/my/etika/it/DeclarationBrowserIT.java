package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import my.etika.it.DirectoryScreensIT.DirectorySyncs;
import my.etika.ldapschema.demo.DemoLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An officer in a real browser, in Malay: opens "My declarations", reads the policy, attests every rule, declares
 * a personal account (first with the official e-mail, which is refused with the rule explained), signs with the
 * password, downloads the PDF receipt and checks its code on the public verification page. Every page passes an
 * axe-core audit against WCAG 2.1 A and AA.
 */
@RequiresChromium
@ExtendWith(ArquillianExtension.class)
class DeclarationBrowserIT {

    private WebDriver browser;
    private WebDriverWait wait;
    private HeadlessChromium chromium;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return EtikaServer.ear();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anOfficerReadsDeclaresAnAccountSignsAndDownloadsTheReceipt() throws Exception {
        DemoLogin officer = EtikaServer.demo("OFFICER");
        DirectorySyncs.fullRun();
        String campaign = launchCampaignFor(officer.orgUnit());

        chromium.logInAt("declarations/index.xhtml", officer);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Akuan Saya"));
        WebElement row = browser.findElements(By.cssSelector("#declarations_data tr")).stream()
                .filter(r -> r.getText().contains(campaign)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("Belum ditandatangani");
        chromium.assertAccessible("my declarations");
        row.findElement(By.linkText("Baca dan tandatangan")).sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Baca dan Tandatangan Akuan"));
        assertThat(browser.findElement(By.id("policyText")).getText())
                .contains("Akuan Pematuhan Penggunaan Media Sosial", "e-mel rasmi");
        assertThat(browser.findElement(By.id("policyText")).getAttribute("lang")).isEqualTo("ms");
        chromium.assertAccessible("sign page");
        List<WebElement> rules = browser.findElements(By.cssSelector("#sign .ui-chkbox-box"));
        assertThat(rules).hasSizeGreaterThanOrEqualTo(5);
        rules.forEach(WebElement::click);
        browser.findElement(By.id("sign:addAccount")).click();
        WebElement handle = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[id$=':handle']")));
        handle.sendKeys("nur.aisyah.rahman");
        browser.findElement(By.cssSelector("input[id$=':email']")).sendKeys(officer.login() + "@jde.example");
        browser.findElement(By.id("sign:password")).sendKeys(EtikaServer.demoPassword());
        browser.findElement(By.id("sign:signButton")).click();

        WebElement refused = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#messages .ui-messages-error")));
        assertThat(refused.getText()).startsWith("E-mel rasmi (" + officer.login() + "@jde.example) tidak boleh");
        assertThat(browser.findElements(By.cssSelector("#sign .ui-chkbox-box.ui-state-active"))).hasSameSizeAs(rules);
        chromium.assertAccessible("sign page with the refusal");
        WebElement email = browser.findElement(By.cssSelector("input[id$=':email']"));
        email.clear();
        email.sendKeys("nur.aisyah.peribadi@gmail.com");
        browser.findElement(By.id("sign:password")).sendKeys(EtikaServer.demoPassword());
        browser.findElement(By.id("sign:signButton")).click();

        WebElement signed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signedPanel")));
        assertThat(signed.getText()).contains("Akuan anda telah ditandatangani", "ETK-");
        String code = signed.getText().replaceAll("(?s).*(ETK(-[0-9A-Z]{5}){4}).*", "$1");
        chromium.assertAccessible("sign page, signed");
        HttpResponse<byte[]> receipt = download(signed.findElement(By.id("receipt")).getAttribute("href"));
        assertThat(receipt.statusCode()).isEqualTo(200);
        assertThat(receipt.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(receipt.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.get(EtikaServer.baseUri().resolve("verify.xhtml?code=" + code).toString());
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Pengesahan Resit Akuan"));
        assertThat(browser.findElement(By.id("result")).getText()).contains("Resit ini tulen", officer.fullName());
        chromium.assertAccessible("verification page");
    }

    @Test
    void humanResourcesSeeThePoliciesAndFollowACampaignOnItsDashboard() throws Exception {
        DemoLogin officer = EtikaServer.demo("OFFICER");
        DirectorySyncs.fullRun();
        String campaign = launchCampaignFor(officer.orgUnit());

        chromium.logInAt("policies/index.xhtml", EtikaServer.demo("HR"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Dasar dan Versi"));
        assertThat(browser.findElement(By.id("policies:versions")).getText()).contains("Diterbitkan");
        assertThat(browser.findElement(By.id("policies:textMs")).getAttribute("value"))
                .contains("{{permittedWindows}}");
        chromium.assertAccessible("policies page");
        browser.get(EtikaServer.baseUri().resolve("campaigns/index.xhtml").toString());
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kempen Akuan"));
        chromium.assertAccessible("campaigns page");
        browser.findElement(By.linkText(campaign)).sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Papan Pemuka Kempen"));
        assertThat(browser.findElement(By.id("campaignName")).getText()).isEqualTo(campaign);
        assertThat(browser.findElement(By.id("totals")).getText()).startsWith("0 daripada ");
        assertThat(browser.findElements(By.cssSelector("#chart canvas"))).isNotEmpty();
        chromium.assertAccessible("campaign dashboard");
        WebElement unitRow = browser.findElements(By.cssSelector("#units\\:unitTable_data tr")).stream()
                .filter(r -> r.getText().startsWith(officer.orgUnit())).findFirst().orElseThrow();
        unitRow.findElement(By.tagName("button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outstanding"), officer.fullName()));
        chromium.assertAccessible("campaign dashboard with the drill-down");

        HttpResponse<byte[]> csv = download(browser.findElement(By.id("exportCsv")).getAttribute("href"));
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFID log masuk,Nama pegawai");
        assertThat(text).contains(officer.login() + "," + officer.fullName(), "Belum ditandatangani");
    }

    /** A campaign for the officer's division, created and launched as HR through the API. */
    private static String launchCampaignFor(String orgUnit) throws Exception {
        long version = Json.createReader(new StringReader(hr("GET", "api/v1/policies/versions", null).body()))
                .readArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("status").equals("PUBLISHED")).mapToLong(v -> v.getJsonNumber("id")
                        .longValue()).max().orElseThrow();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Kuala_Lumpur"));
        String name = "Akuan Tahunan Pelayar " + System.nanoTime();
        HttpResponse<String> created = hr("POST", "api/v1/campaigns", Json.createObjectBuilder().add("name", name)
                .add("policyVersionId", version).add("orgUnit", orgUnit).add("opensOn", today.toString())
                .add("dueOn", today.plusDays(14).toString()).add("reminderDays", Json.createArrayBuilder().add(7))
                .add("escalationDays", 3).build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonObject campaign = Json.createReader(new StringReader(created.body())).readObject();
        HttpResponse<String> launched = hr("POST", "api/v1/campaigns/" + campaign.getJsonNumber("id") + "/launch",
                "{\"version\":" + campaign.getJsonNumber("version") + "}");
        assertThat(launched.statusCode()).as(launched.body()).isEqualTo(200);
        return name;
    }

    private static HttpResponse<String> hr(String method, String path, String json) throws Exception {
        String credentials = EtikaServer.demo("HR").login() + ":" + EtikaServer.demoPassword();
        HttpRequest.Builder request = HttpRequest.newBuilder(EtikaServer.baseUri().resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json");
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The receipt link fetched with the browser's session, as the browser would download it. */
    private HttpResponse<byte[]> download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

}

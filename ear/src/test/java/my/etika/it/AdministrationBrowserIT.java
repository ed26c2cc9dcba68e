package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The administrator's holiday and reference-data pages and the auditor's audit log and chain check, in a real
 * browser: they open in Malay with their data and pass axe.
 */
@RequiresChromium
@ExtendWith(ArquillianExtension.class)
class AdministrationBrowserIT {

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
    void theAdministratorsAndAuditorsScreensOpenInMalayAndPassAxe() throws Exception {
        chromium = HeadlessChromium.start();
        WebDriver browser = chromium.driver();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        chromium.logInAt("admin/holidays.xhtml", EtikaServer.demo("ADMIN"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Hari Kelepasan Am dan Hari Bekerja"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hari Kebangsaan");
        chromium.assertAccessible("holidays");
        browser.get(EtikaServer.baseUri().resolve("admin/discipline-reference.xhtml").toString());
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Data Rujukan Tatatertib"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("19(1)(d)");
        chromium.assertAccessible("discipline reference data");
        chromium.close();

        recordSomethingAuditable();
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        WebDriverWait auditorWait = new WebDriverWait(browser, Duration.ofSeconds(20));
        chromium.logInAt("audit/log.xhtml", EtikaServer.demo("AUDITOR"));
        auditorWait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Jejak audit"));
        chromium.assertAccessible("audit log");
        browser.findElement(By.cssSelector("a[id$=':open']")).click();
        auditorWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("historyHeading")));
        chromium.assertAccessible("audit log with a record's history");
        browser.get(EtikaServer.baseUri().resolve("audit/verify.xhtml").toString());
        auditorWait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sahkan jejak audit"));
        browser.findElement(By.id("auditVerify:verify")).click();
        auditorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nowResult"), "Rantaian utuh"));
        chromium.assertAccessible("audit chain check");
    }

    /** HR asks an officer's clearance: an audited read, so that the log has rows to show. */
    private static void recordSomethingAuditable() throws Exception {
        DirectoryScreensIT.DirectorySyncs.fullRun();
        String hr = EtikaServer.demo("HR").login() + ":" + EtikaServer.demoPassword();
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String officers = client.send(java.net.http.HttpRequest.newBuilder(EtikaServer.baseUri().resolve(
                "api/v1/officers?q=" + EtikaServer.demo("OFFICER").login())).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString(hr.getBytes(
                                java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        long id = jakarta.json.Json.createReader(new java.io.StringReader(officers)).readObject().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
        int status = client.send(java.net.http.HttpRequest.newBuilder(EtikaServer.baseUri().resolve(
                "api/v1/officers/" + id + "/clearance?from=2024-01-01&to=2026-12-31")).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString(hr.getBytes(
                                java.nio.charset.StandardCharsets.UTF_8))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).statusCode();
        assertThat(status).isEqualTo(200);
    }
}

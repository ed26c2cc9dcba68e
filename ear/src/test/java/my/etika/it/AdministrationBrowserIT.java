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

        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        WebDriverWait auditorWait = new WebDriverWait(browser, Duration.ofSeconds(20));
        chromium.logInAt("audit/log.xhtml", EtikaServer.demo("AUDITOR"));
        auditorWait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Jejak audit"));
        chromium.assertAccessible("audit log");
        browser.get(EtikaServer.baseUri().resolve("audit/verify.xhtml").toString());
        auditorWait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Sahkan jejak audit"));
        browser.findElement(By.id("auditVerify:verify")).click();
        auditorWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nowResult"), "Rantaian utuh"));
        chromium.assertAccessible("audit chain check");
    }
}

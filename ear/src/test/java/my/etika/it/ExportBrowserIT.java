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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The export screen in a real browser, in Malay: the auditor chooses findings as XLSX with personal data masked,
 * follows the export to "Siap" and downloads the package (a zip, fetched with the browser's own session); HR is
 * offered declaration compliance only. Both pages pass axe.
 */
@RequiresChromium
@ExtendWith(ArquillianExtension.class)
class ExportBrowserIT {

    private HeadlessChromium chromium;
    private WebDriver browser;
    private WebDriverWait wait;

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
    void anAuditorFollowsAnExportToItsPackageAndHrIsOfferedDeclarationsOnly() throws Exception {
        start();
        chromium.logInAt("exports/index.xhtml", EtikaServer.demo("AUDITOR"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Eksport untuk Audit"));
        assertThat(options("exports:kind")).containsExactly("Kes tatatertib", "Pematuhan akuan",
                "Penemuan kebersihan kelayakan");
        chromium.assertAccessible("export screen");

        chromium.choose("exports:kind", "Penemuan kebersihan kelayakan");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exports:rule")));
        assertThat(browser.findElements(By.id("exports:provision"))).as("findings take no provision").isEmpty();
        browser.findElement(By.cssSelector("label[for='exports:format:1']")).click();
        browser.findElement(By.cssSelector("#exports\\:masked .ui-chkbox-box")).click();
        chromium.ajaxIdle();
        browser.findElement(By.id("exports:start")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "sedang disediakan"));
        By newest = By.cssSelector("#exports\\:mine_data tr:first-child");
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElementLocated(
                newest, "Siap"));
        String row = browser.findElement(newest).getText();
        assertThat(row).contains("Penemuan kebersihan kelayakan", "XLSX", "data peribadi disembunyikan", "Siap");
        chromium.assertAccessible("export screen with a ready export");

        String href = browser.findElement(newest).findElement(By.cssSelector("a[id$=':download']"))
                .getAttribute("href");
        Object fetched = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length"
                + " - 1]; fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + ' '"
                + " + r.headers.get('content-type') + ' ' + String.fromCharCode(...new Uint8Array(b.slice(0, 2))))))"
                + ".catch(e => done(String(e)));", href);
        assertThat(fetched).isEqualTo("200 application/zip PK");
        chromium.close();

        start();
        chromium.logInAt("exports/index.xhtml", EtikaServer.demo("HR"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Eksport untuk Audit"));
        assertThat(options("exports:kind")).containsExactly("Pematuhan akuan");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("exports:campaign")));
        chromium.assertAccessible("export screen for HR");
    }

    private void start() throws IOException {
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** The labels a PrimeFaces selectOneMenu offers, read from its hidden native select. */
    private java.util.List<String> options(String id) {
        return browser.findElements(By.cssSelector("select[id='" + id + "_input'] option")).stream()
                .map(option -> option.getAttribute("textContent").strip()).toList();
    }

}

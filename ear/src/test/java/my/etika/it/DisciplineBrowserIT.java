package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import my.etika.it.DirectoryScreensIT.DirectorySyncs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A disciplinary case in a real browser, in Malay, from intake to decision: the head of the integrity unit opens the
 * case with the provision alleged, moves it through the procedure step by step (the form asks for what each step
 * needs) and records the decision's punishment. The list, the intake form and the case page pass axe.
 */
@RequiresChromium
@ExtendWith(ArquillianExtension.class)
class DisciplineBrowserIT {

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
    void theIntegrityUnitTakesACaseFromIntakeToDecision() throws Exception {
        DirectorySyncs.fullRun();
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);

        chromium.logInAt("discipline/index.xhtml", EtikaServer.demo("INTEGRITY"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kes tatatertib"));
        chromium.assertAccessible("cases");
        browser.findElement(By.id("newCase")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kes tatatertib baharu"));
        chromium.assertAccessible("intake");

        browser.findElement(By.id("intake:officer")).sendKeys(EtikaServer.demo("OFFICER").login());
        browser.findElement(By.id("intake:url")).sendKeys("https://www.facebook.com/contoh/posts/2");
        browser.findElement(By.id("intake:summary")).sendKeys("Berkongsi kenyataan yang memalukan Kerajaan.");
        browser.findElement(By.id("intake:provisions")).click();
        WebElement provision = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[@id='intake:provisions_panel']//li[contains(., '19(1)(d)')]")));
        provision.findElement(By.cssSelector(".ui-chkbox-box")).click();
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("intake:provisions_panel")));
        browser.findElement(By.id("intake:open")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Kes tatatertib"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reference"), "Diterima"));
        assertThat(browser.findElement(By.id("provisions")).getText()).contains("19(1)(d)");
        chromium.assertAccessible("case page");

        step("Siasatan awal", null);
        step("Dilaporkan oleh Ketua Jabatan", () -> browser.findElement(By.id("step:note"))
                .sendKeys("Laporan Ketua Jabatan diterima."));
        step("Prosiding ditentukan", () -> chromium.choose("step:track", "Hukuman lebih ringan (peraturan 36)"));
        step("Dituduh", () -> browser.findElement(By.id("step:note")).sendKeys("Bahawa tuan telah berkongsi …"));
        step("Menunggu representasi", null);
        assertThat(browser.findElement(By.id("deadlineTable")).getText()).contains("Representasi bertulis");
        step("Pertimbangan", () -> {
            browser.findElement(By.id("step:representation_input")).sendKeys(java.time.LocalDate.now(
                    java.time.ZoneId.of("Asia/Kuala_Lumpur")).format(java.time.format.DateTimeFormatter
                            .ofPattern("dd/MM/yyyy")));
            // typed: the calendar opens only from its button
            assertThat(browser.findElement(By.id("step:representation_panel")).isDisplayed()).isFalse();
        });
        step("Diputuskan", () -> {
            browser.findElement(By.id("step:addPunishment")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step:punishments:0:kind")));
            chromium.choose("step:punishments:0:kind", "Amaran");
        });
        assertThat(browser.findElement(By.id("standing")).getText()).contains("Amaran");
        assertThat(browser.findElement(By.id("steps")).getText()).contains("Diputuskan", "Dituduh");
        chromium.assertAccessible("case page after the decision");
        String reference = browser.findElement(By.id("reference")).getText().split(" ")[0];
        chromium.close();

        // HR learns the clearance and the outcome to carry out, never the case
        chromium = HeadlessChromium.start();
        browser = chromium.driver();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        chromium.logInAt("clearance/index.xhtml", EtikaServer.demo("HR"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Bebas tindakan tatatertib"));
        browser.findElement(By.id("clearance:officer")).sendKeys(EtikaServer.demo("OFFICER").login());
        browser.findElement(By.id("clearance:ask")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"),
                "Hukuman tatatertib telah dikenakan"));
        browser.findElement(By.id("outcomes:list")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcomes:table"), reference));
        assertThat(browser.findElement(By.id("outcomes:table")).getText()).contains("Amaran")
                .doesNotContain("memalukan Kerajaan");
        chromium.assertAccessible("clearance and outcomes");
        browser.get(EtikaServer.baseUri().resolve("discipline/index.xhtml").toString());
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Akses Ditolak"));
    }

    /** Chooses the next status, fills what the step needs, records it and waits for the case to be there. */
    private void step(String status, Runnable fill) {
        chromium.choose("step:to", status);
        if (fill != null) {
            fill.run();
        }
        chromium.ajaxIdle();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("step:record"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("reference"), status));
    }
}

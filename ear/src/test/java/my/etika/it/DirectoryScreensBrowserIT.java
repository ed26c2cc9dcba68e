package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * HR in a real browser: starts a sync and watches the page follow it, filters the officers table by typing and
 * opens an officer with the keyboard. The sync page, a run's page, the officers page and an officer's page each
 * pass an axe-core audit against WCAG 2.1 A and AA.
 */
@RequiresChromium
@ExtendWith(ArquillianExtension.class)
class DirectoryScreensBrowserIT {

    private static final Pattern STARTED = Pattern.compile("Penyegerakan (\\d+) telah dimulakan\\.");

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
    void humanResourcesStartAnIncrementalRunAndWatchTheSyncPageFollowIt() {
        chromium.logInAt("sync/index.xhtml", EtikaServer.demo("HR"));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Penyegerakan Direktori"));
        chromium.assertAccessible("sync page");

        long runId = startIncrementalRun();

        wait.until(ExpectedConditions.textToBe(By.id("currentRun"), "Penyegerakan " + runId));
        wait.withTimeout(Duration.ofSeconds(120)).until(ExpectedConditions.not(
                ExpectedConditions.textToBe(By.id("currentStatus"), "Sedang berjalan")));
        assertThat(browser.findElement(By.id("currentStatus")).getText()).isEqualTo("Selesai");
        assertThat(browser.findElement(By.id("currentMode")).getText()).isEqualTo("Tokokan");
        assertThat(browser.findElement(By.id("currentRequestedBy")).getText())
                .isEqualTo(EtikaServer.demo("HR").login());
        wait.withTimeout(Duration.ofSeconds(20));
        assertThat(browser.findElements(By.id("sync:progressBar"))).isEmpty();
        WebElement newest = browser.findElement(By.cssSelector("#sync\\:history_data tr"));
        assertThat(newest.findElement(By.tagName("a")).getText()).isEqualTo("Penyegerakan " + runId);
        assertThat(newest.getText()).contains("Tokokan", "Selesai");
        assertThat(browser.findElements(By.id("sync:chart"))).isNotEmpty();
        chromium.assertAccessible("sync page after a run");

        browser.findElement(By.id("sync:currentRunLink")).sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Butiran Penyegerakan"));
        assertThat(browser.findElement(By.id("detailsHeading")).getText()).isEqualTo("Penyegerakan " + runId);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Selesai");
        assertThat(browser.findElement(By.id("mode")).getText()).isEqualTo("Tokokan");
        chromium.assertAccessible("run page");
    }

    @Test
    void humanResourcesFilterTheOfficersAndOpenOneWithTheKeyboard() {
        DirectorySyncs.fullRun();
        DemoLogin hr = EtikaServer.demo("HR");
        JsonObject demoOnly = DirectorySyncs.api("api/v1/officers?q=demo.&size=100");
        chromium.logInAt("officers/index.xhtml", hr);
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Pegawai"));
        String everyone = browser.findElement(By.id("officers:total")).getText();
        assertThat(rows()).hasSize(25);
        chromium.assertAccessible("officers page");

        browser.findElement(By.id("officers:text")).sendKeys("demo.");

        wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("officers:total"), everyone)));
        wait.until(driver -> rows().size() < 25);
        assertThat(browser.findElement(By.id("officers:total")).getText())
                .isEqualTo("Jumlah: " + demoOnly.getJsonNumber("total") + " pegawai");
        assertThat(rows()).hasSize(demoOnly.getInt("total"))
                .allSatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(1).getText())
                        .startsWith("demo."));
        chromium.assertAccessible("officers page, filtered");

        WebElement search = browser.findElement(By.id("officers:text"));
        search.sendKeys(hr.login().substring("demo.".length()));
        wait.until(driver -> rows().size() == 1);
        assertThat(rows().get(0).getText()).contains(hr.fullName(), hr.login());

        for (int tab = 0; tab < 30 && !isLinkTo(browser.switchTo().activeElement(), hr.fullName()); tab++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement link = browser.switchTo().activeElement();
        assertThat(isLinkTo(link, hr.fullName())).as("the officer's link, reached with the Tab key, not %s",
                link.getAttribute("outerHTML")).isTrue();
        link.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Butiran Pegawai"));
        assertThat(browser.getCurrentUrl()).contains("/etika/officers/officer.xhtml?id=");
        assertThat(browser.findElement(By.id("fullName")).getText()).isEqualTo(hr.fullName());
        assertThat(browser.findElement(By.id("login")).getText()).isEqualTo(hr.login());
        assertThat(browser.findElement(By.id("changesHeading")).getText()).isEqualTo("Sejarah Perubahan");
        assertThat(browser.findElements(By.id("changes:history"))).isNotEmpty();
        chromium.assertAccessible("officer page");
    }

    /**
     * Presses "start incremental" and returns the run it started, from the page's message. Another test's run
     * may be going: the page then says so, and the button is pressed again once that run has finished.
     */
    private long startIncrementalRun() {
        for (int attempt = 0; attempt < 5; attempt++) {
            DirectorySyncs.waitWhileRunning();
            browser.findElement(By.id("sync:startIncremental")).click();
            String message = wait.until(driver -> {
                String text = driver.findElement(By.id("messages")).getText();
                return text.isBlank() ? null : text;
            });
            Matcher started = STARTED.matcher(message);
            if (started.find()) {
                assertThat(browser.findElement(By.cssSelector("#messages .ui-messages-info")).getText())
                        .isEqualTo(started.group());
                return Long.parseLong(started.group(1));
            }
            assertThat(message).contains("Penyegerakan direktori sedang berjalan");
            browser.navigate().refresh();
        }
        throw new AssertionError("No incremental run could be started");
    }

    private static boolean isLinkTo(WebElement element, String text) {
        return element.getTagName().equals("a") && element.getText().equals(text);
    }

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#officers\\:table_data tr")).stream()
                .filter(row -> !row.getAttribute("class").contains("ui-datatable-empty-message")).toList();
    }

}

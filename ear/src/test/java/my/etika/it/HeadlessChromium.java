package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import my.etika.ldapschema.demo.DemoLogin;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, in Malay, with a profile of its own that is deleted on close, and without the
 * background connections this machine's closed network would refuse.
 */
final class HeadlessChromium implements AutoCloseable {

    private final Path profile;
    private final WebDriver driver;

    private HeadlessChromium(Path profile, WebDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    static HeadlessChromium start() throws IOException {
        Path profile = Files.createTempDirectory("etika-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(RequiresChromium.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--lang=ms", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(RequiresChromium.CHROMEDRIVER.toFile()).build();
        return new HeadlessChromium(profile, new ChromeDriver(service, options));
    }

    WebDriver driver() {
        return driver;
    }

    /** The page at {@code path} (which asks for a login), logged in as the demo login through the login page. */
    void logInAt(String path, DemoLogin login) {
        driver.get(EtikaServer.baseUri().resolve(path).toString());
        new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(login.login(), Keys.TAB);
        driver.switchTo().activeElement().sendKeys(EtikaServer.demoPassword(), Keys.ENTER);
    }

    /** An axe-core audit of the page as it is now: no violation of WCAG 2.1 A and AA. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        assertThat(results.getViolations())
                .as("WCAG 2.1 AA violations on the %s", page)
                .extracting(rule -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                        .map(node -> String.valueOf(node.getTarget())).toList())
                .isEmpty();
    }

    /** A PrimeFaces selectOneMenu: open it and click the item with the label once the overlay has settled. */
    void choose(String id, String label) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        ajaxIdle();
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        By panel = By.id(id + "_panel");
        wait.until(ExpectedConditions.visibilityOfElementLocated(panel));
        // the overlay slides in: click its item once it has settled
        wait.until(driver -> {
            Rectangle before = driver.findElement(panel).getRect();
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return before.equals(driver.findElement(panel).getRect());
        });
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[@id='" + id + "_panel']//li[@data-label=\""
                + label + "\"]"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), label));
        ajaxIdle();
    }

    /** Waits until PrimeFaces has no Ajax request queued or running (a field may be re-rendered meanwhile). */
    void ajaxIdle() {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
                .executeScript("return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && !document.querySelector("
                        + "'.ui-selectonemenu-panel.ui-connected-overlay-enter'));")));
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

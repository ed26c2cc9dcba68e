package my.etika.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A demo officer logs in with the keyboard in a real browser and reads "My record" in Malay, then English; every
 * page on the way passes an axe-core audit against WCAG 2.1 A and AA.
 */
@RequiresChromium
@ExtendWith(ArquillianExtension.class)
class MyRecordBrowserIT {

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
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aDemoOfficerLogsInWithTheKeyboardAndReadsTheirRecordInBothLanguages() {
        DemoLogin officer = EtikaServer.demo("OFFICER");
        browser.get(EtikaServer.baseUri().resolve("officer/my-record.xhtml").toString());

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Log Masuk");
        chromium.assertAccessible("login page");
        browser.findElement(By.id("login:username")).sendKeys(officer.login(), Keys.TAB);
        browser.switchTo().activeElement().sendKeys(EtikaServer.demoPassword(), Keys.ENTER);

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Rekod Saya"));
        assertThat(browser.findElement(By.id("fullName")).getText()).isEqualTo(officer.fullName());
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ms");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Gred", "Skim Perkhidmatan");
        chromium.assertAccessible("My record (Malay)");

        browser.findElement(By.id("language:toEnglish")).click();

        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "My Record"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Grade", "Scheme of Service");
        assertThat(browser.findElement(By.id("fullName")).getText()).isEqualTo(officer.fullName());
        chromium.assertAccessible("My record (English)");

        browser.get(EtikaServer.baseUri().resolve("index.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("menu:menubar")));
        chromium.assertAccessible("home page");
    }

    @Test
    void theSkipLinkTakesKeyboardUsersToTheContent() {
        browser.get(EtikaServer.baseUri().resolve("login.xhtml").toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login:username")));

        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Langkau ke kandungan utama");
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

}

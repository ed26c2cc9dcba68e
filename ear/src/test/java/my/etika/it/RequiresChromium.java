package my.etika.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser tests run where Debian's chromium and chromium-driver are installed (CI installs them); elsewhere they
 * are skipped with the reason printed. Selenium never downloads a browser.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

    Path CHROMIUM = Path.of(System.getProperty("etika.chromium", "/usr/bin/chromium"));
    Path CHROMEDRIVER = Path.of(System.getProperty("etika.chromedriver", "/usr/bin/chromedriver"));

    class Condition implements ExecutionCondition {

        private static final Logger LOG = Logger.getLogger(RequiresChromium.class.getName());

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
                return ConditionEvaluationResult.enabled("Chromium and ChromeDriver found");
            }
            String reason = "Browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed "
                    + "(apt-get install chromium chromium-driver; .ci/run installs them)";
            LOG.warning(reason);
            return ConditionEvaluationResult.disabled(reason);
        }
    }
}

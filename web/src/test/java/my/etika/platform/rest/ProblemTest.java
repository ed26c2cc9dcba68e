package my.etika.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aProblemIsTranslatedAndNamesItsCode() {
        Problem malay = Problem.of(503, Locale.forLanguageTag("ms"), "directory.unavailable").at("/etika/api/v1/me");
        Problem english = Problem.of(503, Locale.ENGLISH, "directory.unavailable");

        assertThat(malay.title()).isEqualTo("Perkhidmatan Tidak Tersedia");
        assertThat(malay.detail()).startsWith("Direktori agensi tidak dapat dihubungi");
        assertThat(english.detail()).startsWith("The agency directory cannot be reached");
        assertThat(malay.toJson())
                .contains("\"type\":\"urn:etika:problem:directory.unavailable\"")
                .contains("\"status\":503")
                .contains("\"instance\":\"/etika/api/v1/me\"");
    }

    @Test
    void argumentsAreFormattedIntoTheDetail() {
        assertThat(Problem.of(500, Locale.ENGLISH, "http.500.detail", "ab12cd34").detail()).contains("ab12cd34");
    }
}

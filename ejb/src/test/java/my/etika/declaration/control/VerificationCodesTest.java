package my.etika.declaration.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void codesAreGroupedCrockfordBase32AndDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = VerificationCodes.next();
            assertThat(code).matches("ETK(-[0-9A-HJKMNP-TV-Z]{5}){4}");
            codes.add(code);
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void readingToleratesCaseSpacesAndLookAlikeLetters() {
        assertThat(VerificationCodes.read(" etk 7q2m9 xkd4h-rtwb3-n8poc ")).hasValue("ETK-7Q2M9-XKD4H-RTWB3-N8P0C");
        assertThat(VerificationCodes.read("7Q2M9XKD4HRTWB3N8PIL")).hasValue("ETK-7Q2M9-XKD4H-RTWB3-N8P11");
        assertThat(VerificationCodes.read("ETK5Q2M9XKD4HRTWB3N8P0C")).hasValue("ETK-5Q2M9-XKD4H-RTWB3-N8P0C");
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertThat(VerificationCodes.read(null)).isEmpty();
        assertThat(VerificationCodes.read("ETK-7Q2M9-XKD4H-RTWB3")).isEmpty();
        assertThat(VerificationCodes.read("ETK-7Q2M9-XKD4H-RTWB3-N8P0U")).isEmpty();
        assertThat(VerificationCodes.read("' OR 1=1 --")).isEmpty();
    }
}

package my.etika.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void malayUnlessEnglishIsPreferred() {
        assertThat(Messages.firstSupported(List.of())).isEqualTo(Messages.MALAY);
        assertThat(Messages.firstSupported(List.of(Locale.FRENCH, Locale.forLanguageTag("en-GB"))))
                .isEqualTo(Messages.ENGLISH);
        assertThat(Messages.firstSupported(List.of(Locale.forLanguageTag("ms-MY"), Locale.ENGLISH)))
                .isEqualTo(Messages.MALAY);
        assertThat(Messages.firstSupported(List.of(Locale.forLanguageTag("id")))).isEqualTo(Messages.MALAY);
    }

    @Test
    void textsDoNotFallBackToTheJvmLanguage() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try {
            assertThat(Messages.text(Messages.MALAY, "login.submit")).isEqualTo("Log Masuk");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void anUnknownKeyShowsTheKeyRatherThanFailing() {
        assertThat(Messages.text(Messages.ENGLISH, "no.such.key")).isEqualTo("no.such.key");
    }
}

package my.etika.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import my.etika.audit.boundary.ChainBreak;
import org.junit.jupiter.api.Test;

/** States shown for reading, and a text for every kind of break in both languages. */
class AuditLogViewTest {

    @Test
    void jsonStatesAreIndentedAndOtherTextIsLeftAsItIs() {
        assertThat(AuditLogView.indent("{\"b\":1,\"a\":[\"x\"]}")).contains("\n").contains("\"b\": 1")
                .contains("\"x\"");
        assertThat(AuditLogView.indent("not json {")).isEqualTo("not json {");
        assertThat(AuditLogView.indent("plain")).isEqualTo("plain");
        assertThat(AuditLogView.indent(null)).isNull();
    }

    @Test
    void everyKindOfBreakHasItsText() throws IOException {
        for (String language : new String[] {"ms", "en"}) {
            Properties texts = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/my/etika/i18n/messages_" + language
                    + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (ChainBreak kind : ChainBreak.values()) {
                assertThat(texts.getProperty("audit.break." + kind.name())).as(language + " " + kind).isNotBlank();
            }
            assertThat(texts.getProperty("audit.broken")).isNotBlank();
            assertThat(texts.getProperty("audit.intact")).isNotBlank();
        }
    }
}

package my.etika.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    private static String encode(String raw) {
        return Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void splitsAtTheFirstColonSoPasswordsMayContainColons() {
        assertThat(EtikaAuthenticationMechanism.decode(encode("demo.pegawai:a:b:c")))
                .containsExactly("demo.pegawai", "a:b:c");
    }

    @Test
    void decodesUtf8() {
        assertThat(EtikaAuthenticationMechanism.decode(encode("zulkiflī:kata-laluan"))).containsExactly("zulkiflī",
                "kata-laluan");
    }

    @Test
    void malformedCredentialsAreNull() {
        assertThat(EtikaAuthenticationMechanism.decode("%%%not-base64")).isNull();
        assertThat(EtikaAuthenticationMechanism.decode(encode("no-colon"))).isNull();
    }
}

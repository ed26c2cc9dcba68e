package my.etika.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import my.etika.directory.boundary.LoginRefusal;
import my.etika.officer.entity.OfficerStatus;
import my.etika.platform.boundary.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text exists in Malay and English, every key a view or the code uses exists, and the Malay is Malaysian. */
class MessageBundlesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");

    private static Properties bundle(String name, String language) {
        Properties properties = new Properties();
        String resource = "/my/etika/i18n/" + name + "_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void malayAndEnglishHaveTheSameKeys(String name) {
        assertThat(bundle(name, "ms").stringPropertyNames()).isEqualTo(bundle(name, "en").stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ms", "en"})
    void everyTextIsAValidMessageFormatAndNotEmpty(String language) {
        Properties texts = bundle("messages", language);
        for (String key : texts.stringPropertyNames()) {
            assertThat(texts.getProperty(key)).as(key).isNotBlank();
            new MessageFormat(texts.getProperty(key), Locale.forLanguageTag(language));
        }
    }

    @Test
    void everyKeyTheViewsUseExists() throws IOException {
        Pattern literalKey = Pattern.compile("msg\\['([A-Za-z0-9.\\-]+)'\\]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> views = Files.walk(WEBAPP)) {
            for (Path view : views.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(view));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("messages", "ms").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyKeyTheCodeComposesExists() {
        Set<String> keys = bundle("messages", "ms").stringPropertyNames();
        Arrays.stream(LoginRefusal.values()).forEach(r -> assertThat(keys).contains(r.messageKey()));
        Arrays.stream(OfficerStatus.values()).forEach(s -> assertThat(keys).contains("status." + s.name()));
        Roles.ALL.forEach(r -> assertThat(keys).contains("role." + r));
        Stream.of(400, 401, 403, 404, 405, 406, 409, 415, 500, 503).forEach(s -> assertThat(keys).contains("http." + s));
        Stream.of("api.authenticationRequired", "api.malformedAuthorization", "officer.notFound",
                "database.unavailable", "login.loggedOut").forEach(k -> assertThat(keys).contains(k));
        for (int state = 1; state <= 16; state++) {
            assertThat(keys).contains(String.format("state.MY-%02d", state));
        }
    }

    /** Words machine translation slips in from Indonesian (see the project's ui-malay guide). */
    @Test
    void theMalayIsMalaysianNotIndonesian() {
        Pattern indonesian = Pattern.compile("\\b(kata sandi|pengaturan|dasbor|hapus|perbarui|saring|unggah|unduh"
                + "|setujui|tanggal|nomor|akun|surel|kantor|berhasil|rincian|aksi|silakan|berikutnya|catatan|kirim)\\b");
        bundle("messages", "ms").forEach((key, value) -> assertThat(value.toString().toLowerCase(Locale.ROOT))
                .as(key.toString()).doesNotContainPattern(indonesian));
    }
}

package my.etika.ldapschema.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateDemoDirectoryTest {

    private final Logger cliLogger = Logger.getLogger(GenerateDemoDirectory.class.getName());
    private Level originalLevel;

    @BeforeEach
    void silenceTheCli() {
        originalLevel = cliLogger.getLevel();
        cliLogger.setLevel(Level.OFF);
    }

    @AfterEach
    void restoreTheCli() {
        cliLogger.setLevel(originalLevel);
    }

    @Test
    void writesTheSameLdifAsTheGeneratorForTheSameOptions(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("demo.ldif");

        int status = GenerateDemoDirectory.run("--officers", "150", "--seed", "7", "--out", out.toString(),
                "--no-entry-uuid", "--no-passwords", "--base-dn", "o=demo");

        assertThat(status).isZero();
        DemoDirectoryOptions expected = DemoDirectoryOptions.defaults().withOfficers(150).withSeed(7)
                .withIncludeEntryUuid(false).withDemoPassword(null).withServiceAccountPassword(null)
                .withBaseDn("o=demo");
        assertThat(Files.readAllBytes(out)).isEqualTo(GeneratedDirectory.ldif(expected));
        assertThat(Files.readString(out)).doesNotContain("userPassword").doesNotContain("entryUUID")
                .startsWith("dn: o=demo");
    }

    @Test
    void reportsUsageErrorsWithStatusTwo(@TempDir Path dir) {
        assertThat(GenerateDemoDirectory.run("--officers", "many", "--out", dir.resolve("x.ldif").toString()))
                .isEqualTo(2);
        assertThat(GenerateDemoDirectory.run("--officers", "10")).isEqualTo(2);
        assertThat(GenerateDemoDirectory.run("--colour", "blue")).isEqualTo(2);
    }
}

package my.etika.ldapschema.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Streams 200,000 officers into a stream that keeps nothing. Surefire runs this module with a small heap
 * (see the POM), which holding the entries would exhaust.
 */
class DemoDirectoryMemoryTest {

    private static final int OFFICERS = 200_000;

    private static final class CountingOutputStream extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] buffer, int offset, int length) {
            bytes += length;
        }
    }

    @Test
    void twoHundredThousandOfficersStreamWithoutRetentionAndSilently() throws Exception {
        DemoDirectoryOptions options = DemoDirectoryOptions.defaults().withOfficers(OFFICERS);
        long entriesWithoutOfficers = new DemoDirectoryGenerator(options.withOfficers(0))
                .writeLdif(new CountingOutputStream());
        CountingOutputStream out = new CountingOutputStream();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        long entries;
        try (PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            entries = new DemoDirectoryGenerator(options).writeLdif(out);
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }

        assertThat(entries).isEqualTo(entriesWithoutOfficers + OFFICERS);
        assertThat(out.bytes).isGreaterThan(OFFICERS * 500L);
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}

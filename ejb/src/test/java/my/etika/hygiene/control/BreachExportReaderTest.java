package my.etika.hygiene.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** HIBP domain-search exports, JSON or CSV, read a record at a time, and refused with a reason the user can act on. */
class BreachExportReaderTest {

    private static final String DOMAIN = "customs.gov.my";
    private static final List<BreachRecord> EXPECTED = List.of(
            new BreachRecord("ahmad.ismail@customs.gov.my", List.of("LinkedIn", "Canva")),
            new BreachRecord("siti@customs.gov.my", List.of("Adobe")));

    @Test
    void theApisJsonGivesTheAliasesAtTheDomain() {
        assertThat(read("{\"ahmad.ismail\":[\"LinkedIn\",\"Canva\"],\"siti\":[\"Adobe\"]}")).isEqualTo(EXPECTED);
        assertThat(read("""

                {
                  "ahmad.ismail": ["LinkedIn", "Canva", "LinkedIn"],
                  "siti@customs.gov.my": ["Adobe"]
                }
                """)).isEqualTo(EXPECTED);
    }

    @Test
    void theDomainSearchDownloadGivesTheSameRecords() {
        String download = """
                {
                  "BreachSearchResults": [
                    {"Alias": "ahmad.ismail", "DomainName": "customs.gov.my", "Breaches": [
                      {"Name": "LinkedIn", "Title": "LinkedIn", "BreachDate": "2012-05-05",
                       "DataClasses": ["Email addresses", "Passwords"], "IsVerified": true, "PwnCount": 164611595},
                      {"Title": "Canva", "Domain": "canva.com", "Extra": {"nested": [1, 2, {"x": null}]}}
                    ]},
                    {"DomainName": "customs.gov.my", "Breaches": ["Adobe"], "Alias": "siti"}
                  ],
                  "PasteSearchResults": [
                    {"DomainName": "customs.gov.my", "Alias": "siti",
                     "Pastes": [{"Source": "Pastebin", "Id": "8Q0BvKD8"}]}
                  ]
                }
                """;
        assertThat(read(download)).isEqualTo(EXPECTED);
        assertThat(read("{\"PasteSearchResults\": [], \"BreachSearchResults\": []}")).isEmpty();
    }

    @Test
    void theCsvFormGivesTheSameRecords() {
        assertThat(read("Email,Breaches\nahmad.ismail@customs.gov.my,\"LinkedIn;Canva\"\nsiti@customs.gov.my,Adobe\n"))
                .isEqualTo(EXPECTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Email,Breaches\r\nahmad.ismail@customs.gov.my,\"LinkedIn, Canva\"\r\nsiti@customs.gov.my,Adobe\r\n",
        "\ufeffEmail address;Breaches\nAhmad.Ismail@Customs.gov.my;LinkedIn,Canva\n;\nsiti@customs.gov.my;Adobe",
        "Alias,Breaches\nahmad.ismail,LinkedIn,Canva\n\nsiti,Adobe;\n",
        "Breach names\tName\tE-mail\nLinkedIn;Canva\tAhmad Ismail\tahmad.ismail@customs.gov.my\n"
            + "Adobe\tSiti\tsiti@customs.gov.my\n",
        "Alias,Domain,Breaches\nahmad.ismail,customs.gov.my,LinkedIn;Canva\n \"siti\" , ,\"Adobe\"\n"})
    void csvIsReadWhateverTheDelimiterColumnOrderAndQuoting(String csv) {
        assertThat(read(csv)).isEqualTo(EXPECTED);
    }

    @Test
    void aQuotedCellMayHoldDelimitersQuotesAndLineBreaks() {
        assertThat(read("Email,Note,Breaches\nsiti@customs.gov.my,\"said \"\"hi\"\",\nthen left\",Adobe\n"))
                .containsExactly(new BreachRecord("siti@customs.gov.my", List.of("Adobe")));
    }

    @Test
    void aHundredThousandLinesAreStreamedNotLoaded() {
        GeneratedCsv csv = new GeneratedCsv(100_000);
        AtomicInteger count = new AtomicInteger();
        List<Integer> producedAtFirstRecord = new ArrayList<>();
        BreachExportReader.read(csv, DOMAIN, record -> {
            if (count.getAndIncrement() == 0) {
                producedAtFirstRecord.add(csv.produced());
            }
        });
        assertThat(count).hasValue(100_000);
        // the first record was handed on when a few hundred lines of the export had been read, not all of it
        assertThat(producedAtFirstRecord.get(0)).isLessThan(1_000);
    }

    @Test
    void anExportBeyondTheLimitIsRefusedWhileStreaming() {
        AtomicInteger count = new AtomicInteger();
        BreachImportException e = refusal(() -> BreachExportReader.read(new GeneratedCsv(100_000), DOMAIN, 20_000,
                record -> count.incrementAndGet()));
        assertThat(e.messageKey()).isEqualTo("breach.tooLarge");
        assertThat(e.arguments()).containsExactly(20_000L);
        assertThat(count.get()).isLessThan(1_000);

        assertThat(refused("{\"siti\": [\"Adobe\"]}", 10).messageKey()).isEqualTo("breach.tooLarge");
        assertThat(read("{\"siti\": [\"Adobe\"]}", 19)).hasSize(1); // exactly the limit
    }

    @Test
    void malformedJsonSaysOnWhichLine() {
        assertRefused("{\"ahmad\": [\"LinkedIn\",\n\n ]", "breach.lineMalformed", 3L);
        assertRefused("{\"ahmad\": [\"LinkedIn\",", "breach.lineMalformed", 1L);
        assertRefused("{\"ahmad\": \"LinkedIn\"}", "breach.lineMalformed", 1L);
        assertRefused("{\"ahmad\": [\"LinkedIn\", 42]}", "breach.lineMalformed", 1L);
        assertRefused("{\"ahmad\": [\"LinkedIn\"]} trailing", "breach.lineMalformed", 1L);
        assertRefused("\n\n{\"BreachSearchResults\": [{\"Breaches\": []}]}", "breach.lineMalformed", 3L);
        assertRefused("{\"BreachSearchResults\": [{\"Alias\": \"a\", \"Breaches\": [{\"Id\": 1}]}]}",
                "breach.lineMalformed", 1L);
    }

    @Test
    void csvWithoutItsHeaderIsRefused() {
        assertRefused("ahmad.ismail@customs.gov.my,LinkedIn\nsiti@customs.gov.my,Adobe\n", "breach.missingHeader");
        assertRefused("Email,Name\nsiti@customs.gov.my,Siti\n", "breach.missingHeader");
        assertRefused("Breaches\nAdobe\n", "breach.missingHeader");
    }

    @Test
    void aBadAddressIsRefusedWithItsLine() {
        assertRefused("Email,Breaches\nahmad@customs.gov.my,LinkedIn\nnot-an-address,Adobe\n", "breach.addressInvalid",
                3L, "not-an-address");
        assertRefused("\n\nEmail,Breaches\nsiti@@customs.gov.my,Adobe\n", "breach.addressInvalid", 4L,
                "siti@@customs.gov.my");
        assertRefused("{\"\": [\"Adobe\"]}", "breach.addressInvalid", 1L, "@customs.gov.my");
    }

    @Test
    void anAddressOutsideTheExportsDomainIsRefused() {
        assertRefused("Email,Breaches\nsiti@gmail.com,Adobe\n", "breach.addressOutsideDomain", 2L, "siti@gmail.com",
                DOMAIN);
        assertThat(read("Email,Breaches\nsiti@klia.customs.gov.my,Adobe\n")).hasSize(1);
    }

    @Test
    void malformedCsvLinesAreRefusedWithTheirLine() {
        assertRefused("Email,Breaches\nsiti@customs.gov.my,\"Adobe\n", "breach.lineMalformed", 2L);
        assertRefused("Email,Breaches,Name\nsiti@customs.gov.my,Adobe,Siti,extra\n", "breach.lineMalformed", 2L);
        assertRefused("Email,Name,Breaches\nsiti@customs.gov.my\n", "breach.lineMalformed", 2L);
        assertRefused("Email,Breaches\nsiti@customs.gov.my,\"Adobe\"x\n", "breach.lineMalformed", 2L);
        assertRefused("Email,Breaches\nsiti@customs.gov.my," + "x".repeat(ExportEntries.MAX_BREACH_NAME + 1),
                "breach.lineMalformed", 2L);
    }

    @Test
    void moreThanAThousandBreachesForOneAddressIsNotAnExport() {
        String thousand = IntStream.rangeClosed(1, 1_000).mapToObj(i -> "\"Breach" + i + "\"")
                .collect(Collectors.joining(","));
        assertThat(read("{\"siti\": [" + thousand + "]}").get(0).breaches()).hasSize(1_000);
        assertRefused("{\"siti\": [" + thousand + ", \"OneMore\"]}", "breach.tooManyBreachesPerAddress", 1L,
                "siti@customs.gov.my", 1_000);
        assertRefused("Email,Breaches\nsiti@customs.gov.my,\"" + thousand.replace("\"", "") + ";OneMore\"",
                "breach.tooManyBreachesPerAddress", 2L, "siti@customs.gov.my", 1_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\r\n\t \n", "\ufeff", "\ufeff \n"})
    void anEmptyFileIsRefused(String text) {
        assertRefused(text, "breach.empty");
    }

    @Test
    void whatIsNeitherJsonNorCsvIsRefused() {
        assertRefused("[{\"Alias\": \"siti\"}]", "breach.notJsonOrCsv");
        assertThat(refused(new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0}).messageKey()).isEqualTo("breach.notJsonOrCsv");
        assertThat(refused("Email,Breaches\n".getBytes(StandardCharsets.UTF_16)).messageKey())
                .isEqualTo("breach.notJsonOrCsv");
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin1 = "Email,Breaches\nsiti@customs.gov.my,Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(latin1).messageKey()).isEqualTo("breach.encodingInvalid");
        byte[] json = "{\"siti\": [\"Caf\u00e9\"]}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(refused(json).messageKey()).isEqualTo("breach.encodingInvalid");
    }

    @Test
    void theExportsDomainMustBeADomain() {
        assertThat(refusal(() -> BreachExportReader.read(stream("{}"), "not a domain!", r -> { }))
                .messageKey()).isEqualTo("breach.domainInvalid");
    }

    @Test
    void theCallersStreamIsLeftOpen() {
        AtomicInteger closed = new AtomicInteger();
        InputStream in = new ByteArrayInputStream("{\"siti\": [\"Adobe\"]}".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        BreachExportReader.read(in, DOMAIN, r -> { });
        assertThat(closed).hasValue(0);
    }

    private static List<BreachRecord> read(String export) {
        return read(export, BreachExportReader.DEFAULT_MAX_BYTES);
    }

    private static List<BreachRecord> read(String export, long maxBytes) {
        List<BreachRecord> records = new ArrayList<>();
        BreachExportReader.read(stream(export), DOMAIN, maxBytes, records::add);
        return records;
    }

    private static void assertRefused(String export, String key, Object... arguments) {
        BreachImportException e = refused(export, BreachExportReader.DEFAULT_MAX_BYTES);
        assertThat(e.messageKey()).as(export).isEqualTo(key);
        assertThat(e.arguments()).as(export).containsExactly(arguments);
    }

    private static BreachImportException refused(String export, long maxBytes) {
        return refusal(() -> read(export, maxBytes));
    }

    private static BreachImportException refused(byte[] export) {
        return refusal(() -> BreachExportReader.read(new ByteArrayInputStream(export), DOMAIN, r -> { }));
    }

    private static BreachImportException refusal(Runnable reading) {
        try {
            reading.run();
        } catch (BreachImportException e) {
            return e;
        }
        return fail("not refused");
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV export made up a line at a time as it is read: never in memory as a whole. */
    private static final class GeneratedCsv extends InputStream {

        private final int lines;
        private int produced;
        private byte[] line = "Email,Breaches\n".getBytes(StandardCharsets.US_ASCII);
        private int position;

        GeneratedCsv(int lines) {
            this.lines = lines;
        }

        int produced() {
            return produced;
        }

        @Override
        public int read() {
            if (!available(1)) {
                return -1;
            }
            return line[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!available(1)) {
                return -1;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            return n;
        }

        private boolean available(int n) {
            if (position + n <= line.length) {
                return true;
            }
            if (produced == lines) {
                return false;
            }
            produced++;
            line = ("officer" + produced + "@customs.gov.my,\"LinkedIn;Canva\"\n").getBytes(StandardCharsets.US_ASCII);
            position = 0;
            return true;
        }
    }
}

package my.etika.declaration.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.TimeZone;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutstandingListWriterTest {

    private static final Locale MALAY = Locale.forLanguageTag("ms-MY");
    private static final Instant DUE = Instant.parse("2026-11-23T16:30:00Z");
    private static final Instant SIGNED = Instant.parse("2026-11-20T01:05:00Z");

    private static final String MALAY_HEADER = "ID log masuk,Nama pegawai,No. pekerja,Gred,Bahagian/Unit,Penyelia,Status,"
            + "Tarikh akhir,Ditandatangani pada,Peringatan dihantar,Dieskalasi";
    private static final String ENGLISH_HEADER = "Login,Officer name,Employee no.,Grade,Division/Unit,Supervisor,Status,"
            + "Due,Signed at,Reminders sent,Escalated";

    private static DeclarationRow pending(String login, String name) {
        return new DeclarationRow(login, name, "E1001", "N19", "Bahagian Khidmat Pengurusan", "Siti Aminah", "PENDING",
                DUE, null, 2, true);
    }

    private static DeclarationRow signed(String login, String name) {
        return new DeclarationRow(login, name, null, null, null, null, "SIGNED", DUE, SIGNED, 0, false);
    }

    private static byte[] csv(Locale language, DeclarationRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutstandingListWriter.csv(Arrays.asList(rows).iterator(), language, out);
        return out.toByteArray();
    }

    /** The CSV text after the BOM, which the tests check separately. */
    private static String csvText(Locale language, DeclarationRow... rows) throws IOException {
        byte[] bytes = csv(language, rows);
        return new String(bytes, 3, bytes.length - 3, UTF_8);
    }

    private static byte[] xlsx(Locale language, DeclarationRow... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutstandingListWriter.xlsx(Arrays.asList(rows).iterator(), language, out);
        return out.toByteArray();
    }

    private static List<Row> readFirstSheet(byte[] workbook) throws IOException {
        try (ReadableWorkbook book =
                new ReadableWorkbook(new ByteArrayInputStream(workbook), new ReadingOptions(true, false))) {
            return book.getFirstSheet().read();
        }
    }

    // CSV

    @Test
    void csvStartsWithOneUtf8ByteOrderMark() throws IOException {
        byte[] bytes = csv(MALAY, pending("ali", "Ali bin Abu"));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, UTF_8)).startsWith("ID log masuk,").doesNotContain("\uFEFF");
    }

    @Test
    void csvInMalayHasMalayHeadersAndValuesInMalaysianTime() throws IOException {
        String text = csvText(MALAY, pending("ali", "Ali bin Abu"), signed("mei", "Tan Mei Ling"));

        assertThat(text).isEqualTo(MALAY_HEADER + "\r\n"
                + "ali,Ali bin Abu,E1001,N19,Bahagian Khidmat Pengurusan,Siti Aminah,Belum ditandatangani,"
                + "2026-11-24 00:30,,2,Ya\r\n"
                + "mei,Tan Mei Ling,,,,,Telah ditandatangani,2026-11-24 00:30,2026-11-20 09:05,0,Tidak\r\n");
    }

    @Test
    void csvInEnglishHasEnglishHeadersAndLabels() throws IOException {
        DeclarationRow excluded =
                new DeclarationRow("raj", "Rajesh a/l Kumar", null, null, null, null, "EXCLUDED", null, null, 0, false);

        String text = csvText(Locale.ENGLISH, pending("ali", "Ali bin Abu"), signed("mei", "Tan Mei Ling"), excluded);

        assertThat(text.split("\r\n"))
                .containsExactly(
                        ENGLISH_HEADER,
                        "ali,Ali bin Abu,E1001,N19,Bahagian Khidmat Pengurusan,Siti Aminah,Not signed,2026-11-24 00:30,,2,Yes",
                        "mei,Tan Mei Ling,,,,,Signed,2026-11-24 00:30,2026-11-20 09:05,0,No",
                        "raj,Rajesh a/l Kumar,,,,,Excluded,,,0,No");
    }

    @Test
    void csvConvertsToMalaysianTimeWhateverTheJvmZone() throws IOException {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            assertThat(csvText(Locale.ENGLISH, pending("ali", "Ali"))).contains(",2026-11-24 00:30,");
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void csvShowsAnUnknownStatusAsItIs() throws IOException {
        DeclarationRow odd = new DeclarationRow("ali", "Ali", null, null, null, null, "WITHDRAWN", null, null, 0, false);

        assertThat(csvText(MALAY, odd)).contains(",WITHDRAWN,");
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
        DeclarationRow row = new DeclarationRow("ali", "Tan, \"Ah\" Kow", null, null, "Bahagian A\r\nUnit B",
                "Lee\nWei", "PENDING", null, null, 0, false);

        String text = csvText(Locale.ENGLISH, row);

        assertThat(text).isEqualTo(ENGLISH_HEADER + "\r\n"
                + "ali,\"Tan, \"\"Ah\"\" Kow\",,,\"Bahagian A\r\nUnit B\",\"Lee\nWei\",Not signed,,,0,No\r\n");
    }

    @Test
    void csvNeutralisesFormulaInjection() throws IOException {
        DeclarationRow row = new DeclarationRow("-2+3", "=HYPERLINK(\"http://evil.example\",\"Klik\")", "+60123456789",
                "\tN19", "\rUnit", "@SUM(A1:A9)", "PENDING", null, null, 0, false);

        String text = csvText(Locale.ENGLISH, row);

        assertThat(text.substring(text.indexOf("\r\n") + 2))
                .isEqualTo("'-2+3,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Klik\"\")\",'+60123456789,'\tN19,"
                        + "\"'\rUnit\",'@SUM(A1:A9),Not signed,,,0,No\r\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "=1+1|'=1+1",
                "+60123456789|'+60123456789",
                "-5|'-5",
                "@SUM(A1:A2)|'@SUM(A1:A2)",
                "Ali=Abu|Ali=Abu",
                "'quoted|'quoted",
                "a,b|`\"a,b\"`"
            })
    void csvFieldNeutralisesOnlyALeadingFormulaCharacter(String value, String expected) {
        assertThat(CsvOutstandingList.field(value)).isEqualTo(expected);
    }

    @Test
    void csvFieldOfNothingIsEmpty() {
        assertThat(CsvOutstandingList.field(null)).isEmpty();
        assertThat(CsvOutstandingList.field("")).isEmpty();
    }

    // XLSX

    @Test
    void xlsxInMalayHasABoldFilteredHeaderSheetAndTypedCells() throws IOException {
        byte[] workbook = xlsx(MALAY, pending("ali", "Ali bin Abu"), signed("mei", "Tan Mei Ling"));

        try (ReadableWorkbook book =
                new ReadableWorkbook(new ByteArrayInputStream(workbook), new ReadingOptions(true, false))) {
            Sheet sheet = book.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Senarai pegawai");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(3);
            assertThat(texts(rows.get(0))).containsExactly(MALAY_HEADER.split(","));

            Row ali = rows.get(1);
            assertThat(texts(ali).subList(0, 7))
                    .containsExactly("ali", "Ali bin Abu", "E1001", "N19", "Bahagian Khidmat Pengurusan", "Siti Aminah",
                            "Belum ditandatangani");
            assertThat(ali.getCell(7).getType()).isEqualTo(CellType.NUMBER);
            assertThat(ali.getCell(7).asDate()).isEqualTo(LocalDateTime.of(2026, 11, 24, 0, 30));
            assertThat(ali.getCell(7).getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(ali.getCellText(8)).isEmpty();
            assertThat(ali.getCell(9).asNumber()).isEqualByComparingTo(BigDecimal.valueOf(2));
            assertThat(ali.getCellText(10)).isEqualTo("Ya");

            Row mei = rows.get(2);
            assertThat(mei.getCellText(2)).isEmpty();
            assertThat(mei.getCellText(6)).isEqualTo("Telah ditandatangani");
            assertThat(mei.getCell(8).asDate()).isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 5));
            assertThat(mei.getCellText(10)).isEqualTo("Tidak");
        }
        String sheetXml = sheetXml(workbook);
        assertThat(sheetXml).contains("<autoFilter ref=\"A1:K3\"").contains("state=\"frozen\"").contains("ySplit=\"1\"");
        assertThat(sheetXml).contains("<col min=\"2\" max=\"2\" width=\"32.0\"");
        assertThat(zipEntry(workbook, "xl/styles.xml")).contains("<b/>");
    }

    @Test
    void xlsxInEnglishNamesTheSheetAndHeadersInEnglish() throws IOException {
        byte[] workbook = xlsx(Locale.ENGLISH, pending("ali", "Ali bin Abu"));

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Officer list");
            List<Row> rows = sheet.read();
            assertThat(texts(rows.get(0))).containsExactly(ENGLISH_HEADER.split(","));
            assertThat(rows.get(1).getCellText(6)).isEqualTo("Not signed");
            assertThat(rows.get(1).getCellText(10)).isEqualTo("Yes");
        }
    }

    @Test
    void xlsxConvertsToMalaysianTimeWhateverTheJvmZone() throws IOException {
        TimeZone saved = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            assertThat(readFirstSheet(xlsx(MALAY, pending("ali", "Ali"))).get(1).getCell(7).asDate())
                    .isEqualTo(LocalDateTime.of(2026, 11, 24, 0, 30));
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void xlsxWritesFormulaLookingTextAsAStringCell() throws IOException {
        String hyperlink = "=HYPERLINK(\"http://evil.example\",\"Klik\")";
        DeclarationRow row =
                new DeclarationRow("ali", hyperlink, "+60123456789", null, null, "@SUM(A1:A9)", "PENDING", null, null, 0,
                        false);

        List<Row> rows = readFirstSheet(xlsx(MALAY, row));

        for (int column : new int[] {1, 2, 5}) {
            Cell cell = rows.get(1).getCell(column);
            assertThat(cell.getType()).isEqualTo(CellType.STRING);
            assertThat(cell.getFormula()).isNull();
        }
        assertThat(rows.get(1).getCellText(1)).isEqualTo(hyperlink);
        assertThat(rows.get(1).getCellText(2)).isEqualTo("+60123456789");
    }

    @Test
    void xlsxGoesOnInANewSheetPastTheRowLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<DeclarationRow> rows = Stream.of("a", "b", "c", "d", "e", "f", "g").map(l -> pending(l, l)).iterator();

        XlsxOutstandingList.write(rows, ListLabels.MALAY, out, 3);

        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = book.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName)
                    .containsExactly("Senarai pegawai", "Senarai pegawai (2)", "Senarai pegawai (3)");
            assertThat(firstColumn(sheets.get(0))).containsExactly("ID log masuk", "a", "b", "c");
            assertThat(firstColumn(sheets.get(1))).containsExactly("ID log masuk", "d", "e", "f");
            assertThat(firstColumn(sheets.get(2))).containsExactly("ID log masuk", "g");
        }
    }

    @Test
    void xlsxOfNoOfficersIsAHeaderOnly() throws IOException {
        List<Row> rows = readFirstSheet(xlsx(Locale.ENGLISH));

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getCellText(0)).isEqualTo("Login");
    }

    // Both

    @Test
    void neitherFormatClosesTheCallersStream() throws IOException {
        RecordingStream csvOut = new RecordingStream();
        RecordingStream xlsxOut = new RecordingStream();

        OutstandingListWriter.csv(List.of(pending("ali", "Ali")).iterator(), MALAY, csvOut);
        OutstandingListWriter.xlsx(List.of(pending("ali", "Ali")).iterator(), MALAY, xlsxOut);

        assertThat(csvOut.closed).isFalse();
        assertThat(csvOut.flushed).isTrue();
        assertThat(csvOut.bytes).isGreaterThan(MALAY_HEADER.length());
        assertThat(xlsxOut.closed).isFalse();
        assertThat(xlsxOut.flushed).isTrue();
        assertThat(xlsxOut.bytes).isGreaterThan(1_000);
    }

    @Test
    void aFailingSourceLeavesTheWorkbookUnfinished() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Iterator<DeclarationRow> failing = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public DeclarationRow next() {
                // Past the first flush, so that part of the sheet is already out.
                if (given++ == 2_500) {
                    throw new IllegalStateException("database gone");
                }
                return pending("u" + given, "Officer " + given);
            }
        };

        assertThatThrownBy(() -> OutstandingListWriter.xlsx(failing, MALAY, out)).hasMessage("database gone");
        assertThat(out.size()).isGreaterThan(1_000);
        assertThatThrownBy(() -> new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray())).close())
                .isInstanceOf(IOException.class);
    }

    // Streaming

    private static final int STREAMED_ROWS = 200_000;

    /** Officers made on demand: nothing holds them once written. Fixed-width fields make every CSV line as long. */
    private static Iterator<DeclarationRow> generated(int count) {
        return new Iterator<>() {
            private int made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public DeclarationRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                String n = String.format("%07d", made);
                return new DeclarationRow("u" + n, "Pegawai " + n, "E" + n, "N19", "Unit " + n.substring(0, 3),
                        "Penyelia " + n.substring(0, 4), "PENDING", DUE.plusSeconds(made % 60 * 60), null, made % 3,
                        false);
            }
        };
    }

    @Test
    void csvStreamsTwoHundredThousandRows() throws IOException {
        RecordingStream one = new RecordingStream();
        OutstandingListWriter.csv(generated(1), MALAY, one);
        RecordingStream out = new RecordingStream();

        OutstandingListWriter.csv(generated(STREAMED_ROWS), MALAY, out);

        long header = 3 + MALAY_HEADER.length() + 2;
        long line = one.bytes - header;
        assertThat(line).isGreaterThan(60);
        assertThat(out.lineFeeds).isEqualTo(STREAMED_ROWS + 1);
        assertThat(out.bytes).isEqualTo(header + STREAMED_ROWS * line);
        assertThat(out.closed).isFalse();
    }

    @Test
    void xlsxStreamsTwoHundredThousandRows(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("list.xlsx");
        long bytes;
        try (OutputStream disk = Files.newOutputStream(file)) {
            RecordingStream out = new RecordingStream(disk);
            OutstandingListWriter.xlsx(generated(STREAMED_ROWS), MALAY, out);
            bytes = out.bytes;
        }

        assertThat(Files.size(file)).isEqualTo(bytes).isGreaterThan(STREAMED_ROWS);
        try (ReadableWorkbook book = new ReadableWorkbook(file.toFile());
                Stream<Row> rows = book.getFirstSheet().openStream()) {
            long[] count = {0};
            String[] last = {null};
            rows.forEach(row -> {
                count[0]++;
                last[0] = row.getCellText(0);
            });
            assertThat(count[0]).isEqualTo(STREAMED_ROWS + 1);
            assertThat(last[0]).isEqualTo(String.format("u%07d", STREAMED_ROWS));
        }
    }

    // Helpers

    private static List<String> texts(Row row) {
        return IntStream.range(0, row.getCellCount()).mapToObj(row::getCellText).toList();
    }

    private static List<String> firstColumn(Sheet sheet) throws IOException {
        return sheet.read().stream().map(r -> r.getCellText(0)).toList();
    }

    private static String sheetXml(byte[] workbook) throws IOException {
        return zipEntry(workbook, "xl/worksheets/sheet1.xml");
    }

    /** A part of the workbook as text (through a file: the JDK's ZipInputStream rejects streamed Zip64 entries). */
    private static String zipEntry(byte[] zip, String name) throws IOException {
        Path file = Files.createTempFile("outstanding", ".xlsx");
        try {
            Files.write(file, zip);
            try (ZipFile zipFile = new ZipFile(file.toFile())) {
                ZipEntry entry = zipFile.getEntry(name);
                assertThat(entry).as(name).isNotNull();
                try (var in = zipFile.getInputStream(entry)) {
                    return new String(in.readAllBytes(), UTF_8);
                }
            }
        } finally {
            Files.delete(file);
        }
    }

    /** Counts what passes (bytes, line feeds) and remembers flush and close, optionally passing bytes on. */
    private static final class RecordingStream extends OutputStream {
        private final OutputStream next;
        long bytes;
        long lineFeeds;
        boolean flushed;
        boolean closed;

        RecordingStream() {
            this(OutputStream.nullOutputStream());
        }

        RecordingStream(OutputStream next) {
            this.next = next;
        }

        @Override
        public void write(int b) throws IOException {
            bytes++;
            if (b == '\n') {
                lineFeeds++;
            }
            next.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lineFeeds++;
                }
            }
            next.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            flushed = true;
            next.flush();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}

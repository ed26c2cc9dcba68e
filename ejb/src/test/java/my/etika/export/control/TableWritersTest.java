package my.etika.export.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class TableWritersTest {

    static final List<ExportColumn> COLUMNS = List.of(new ExportColumn("Rujukan", 14),
            new ExportColumn("Nama pegawai", 28), new ExportColumn("Status", 16), new ExportColumn("Ringkasan", 40));

    static final List<List<String>> ROWS = List.of(
            Arrays.asList("TT-2026-0001", "Siti Aminah binti Abdullah", "RECEIVED", "Hantaran di Facebook, \"viral\""),
            Arrays.asList("TT-2026-0002", "Nurul 'Ain", "CLOSED", "=HYPERLINK(\"http://x\")"),
            Arrays.asList("TT-2026-0003", "Ahmad", "NO_CASE", null),
            Arrays.asList("TT-2026-0004", "-Zainal", "@WITHDRAWN", "+60 12-345 6789"),
            Arrays.asList("TT-2026-0005", "Chong Wei Ming", "DECIDED", "Baris satu\r\nbaris dua"));

    @Test
    void csvParsesBackToTheSameRowsWithFormulasNeutralised() throws IOException {
        byte[] csv = write(new ByteArrayOutputStream(), CsvTableWriter::new, ROWS);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, UTF_8).substring(1);
        List<List<String>> records = CsvRecords.parse(text);
        assertThat(records.get(0)).containsExactly("Rujukan", "Nama pegawai", "Status", "Ringkasan");
        assertThat(records.get(2).get(3)).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(records.get(4)).containsExactly("TT-2026-0004", "'-Zainal", "'@WITHDRAWN", "'+60 12-345 6789");
        assertThat(text).endsWith("\r\n");
        assertThat(records.subList(1, records.size()).stream().map(TableWritersTest::unguarded).toList())
                .isEqualTo(ROWS.stream().map(TableWritersTest::emptyForNull).toList());
    }

    @Test
    void xlsxReadsBackToTheSameRows() throws IOException {
        byte[] xlsx = write(new ByteArrayOutputStream(), out -> new XlsxTableWriter(out, "Kes"), ROWS);

        assertThat(xlsxRows(xlsx)).isEqualTo(concat(List.of(COLUMNS.stream().map(ExportColumn::header).toList()),
                ROWS.stream().map(TableWritersTest::emptyForNull).toList()));
    }

    @Test
    void xlsxGoesOnInAnotherSheetPastTheRowLimit() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XlsxTableWriter writer = new XlsxTableWriter(out, "Kes", 3);
        writer.start(COLUMNS);
        for (List<String> row : ROWS) {
            writer.row(row);
        }
        writer.finish();

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Kes", "Kes (2)");
            assertThat(sheets.get(1).read()).hasSize(3);
        }
    }

    @Test
    void pdfTextIsTheRowsUnderTheirHeader() throws IOException {
        List<List<String>> rows = ROWS.stream().filter(row -> !String.valueOf(row.get(3)).contains("\n")).toList();
        byte[] pdf = write(new ByteArrayOutputStream(), out -> new PdfTableWriter(out, "Kes tatatertib"), rows);

        List<String> lines = pdfLines(pdf);
        assertThat(lines.get(0)).isEqualTo("Kes tatatertib");
        assertThat(lines.get(1)).isEqualTo("Rujukan Nama pegawai Status Ringkasan");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(lines.get(2 + i)).isEqualTo(String.join(" ", rows.get(i).stream().filter(
                    cell -> cell != null).toList()));
        }
        assertThat(lines.get(2 + rows.size())).isEqualTo("Kes tatatertib 1 / 1");
    }

    @Test
    void pdfTextKeepsEveryLetterOfWordsAFontWouldSetWithLigatures() throws IOException {
        List<String> row = Arrays.asList("TT-2026-0006", "Affifah", "OFFICIAL_EMAIL", "Platform notification: official"
                + " affiliation, afterwards reflected");
        byte[] pdf = write(new ByteArrayOutputStream(), out -> new PdfTableWriter(out, "Kes"), List.of(row));

        assertThat(pdfLines(pdf).get(2)).isEqualTo(String.join(" ", row));
    }

    @Test
    void pdfOfTenThousandRowsRepeatsTheHeaderOnEveryLandscapePage() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 10_000).mapToObj(i -> List.of("TT-" + i, "Pegawai " + i,
                "RECEIVED", "Ringkasan kes nombor " + i)).toList();
        byte[] pdf = write(new ByteArrayOutputStream(), out -> new PdfTableWriter(out, "Kes"), rows);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(100);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0)
                    .getMediaBox().getHeight());
            List<String> lines = new PDFTextStripper().getText(document).lines().toList();
            assertThat(lines.stream().filter(line -> line.equals("Rujukan Nama pegawai Status Ringkasan")))
                    .hasSize(pages);
            assertThat(lines).contains("TT-10000 Pegawai 10000 RECEIVED Ringkasan kes nombor 10000",
                    "Kes " + pages + " / " + pages);
        }
    }

    @Test
    void aCellTooLongForOnePageIsCutInsteadOfRunningOffIt() throws IOException {
        String huge = "perkataan ".repeat(2_000);
        byte[] pdf = write(new ByteArrayOutputStream(), out -> new PdfTableWriter(out, "Kes"),
                List.of(List.of("TT-1", "Ahmad", "RECEIVED", huge)));

        assertThat(pdfLines(pdf)).anyMatch(line -> line.endsWith("…"));
    }

    interface WriterFactory {
        TableWriter on(ByteArrayOutputStream out);
    }

    static byte[] write(ByteArrayOutputStream out, WriterFactory factory, List<List<String>> rows)
            throws IOException {
        TableWriter writer = factory.on(out);
        writer.start(COLUMNS);
        for (List<String> row : rows) {
            writer.row(row);
        }
        writer.finish();
        return out.toByteArray();
    }

    static List<List<String>> xlsxRows(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            for (Row row : workbook.getFirstSheet().read()) {
                rows.add(IntStream.range(0, COLUMNS.size()).mapToObj(c -> row.getCellAsString(c).orElse(""))
                        .toList());
            }
            return rows;
        }
    }

    static List<String> pdfLines(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).lines().toList();
        }
    }

    private static List<String> unguarded(List<String> record) {
        return record.stream().map(cell -> cell.length() > 1 && cell.charAt(0) == '\''
                && CsvTableWriter.FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell).toList();
    }

    private static List<String> emptyForNull(List<String> row) {
        return row.stream().map(cell -> cell == null ? "" : cell).toList();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

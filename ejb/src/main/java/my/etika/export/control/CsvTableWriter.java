package my.etika.export.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (so that Excel reads Malay text correctly), CRLF line ends, and a
 * leading apostrophe on every cell a spreadsheet would take for a formula (OWASP CSV injection).
 */
public final class CsvTableWriter implements TableWriter {

    /** First characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer writer;
    private int width;

    public CsvTableWriter(OutputStream out) {
        // never closed: closing the writer would close the caller's stream
        this.writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 64 * 1024);
    }

    @Override
    public void start(List<ExportColumn> columns) throws IOException {
        width = columns.size();
        writer.write('\uFEFF');
        record(columns.stream().map(ExportColumn::header).toList());
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (cells.size() != width) {
            throw new IllegalArgumentException("A row of " + cells.size() + " cells in a table of " + width);
        }
        record(cells);
    }

    @Override
    public void finish() throws IOException {
        writer.flush();
    }

    private void record(List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields.get(i)));
        }
        writer.write("\r\n");
    }

    /** One field as it goes in the file: neutralised, then quoted if RFC 4180 requires it; null is empty. */
    static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}

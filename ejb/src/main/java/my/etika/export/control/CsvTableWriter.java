package my.etika.export.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte order mark (so that Excel reads Malay text correctly), CRLF line ends, and a
 * leading apostrophe on every cell a spreadsheet would take for a formula (OWASP CSV injection).
 */
public final class CsvTableWriter implements TableWriter {

    /** First characters that make Excel, LibreOffice or Sheets read a cell as a formula. */
    static final String FORMULA_STARTS = "=+-@\t\r";

    /** Text gathered before it is encoded and written: whole rows, so that no character is split. */
    private static final int FLUSH_AT = 64 * 1024;

    private final OutputStream out;
    private StringBuilder buffer = new StringBuilder(FLUSH_AT + 1024);
    private int width;

    public CsvTableWriter(OutputStream out) {
        this.out = out;
    }

    @Override
    public void start(List<ExportColumn> columns) throws IOException {
        width = columns.size();
        out.write("\uFEFF".getBytes(UTF_8));
        record(columns.stream().map(ExportColumn::header).toList());
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (cells.size() != width) {
            throw new IllegalArgumentException("A row of " + cells.size() + " cells in a table of " + width);
        }
        record(cells);
        if (buffer.length() >= FLUSH_AT) {
            flushBuffer();
        }
    }

    @Override
    public void finish() throws IOException {
        flushBuffer();
        out.flush();
    }

    /**
     * Encodes the rows gathered and writes them. A new buffer each time: one that held a character beyond Latin-1
     * would go on storing two bytes a character.
     */
    private void flushBuffer() throws IOException {
        if (buffer.length() > 0) {
            out.write(buffer.toString().getBytes(UTF_8));
            buffer = new StringBuilder(FLUSH_AT + 1024);
        }
    }

    private void record(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                buffer.append(',');
            }
            append(fields.get(i));
        }
        buffer.append("\r\n");
    }

    /** One field as it goes in the file: neutralised, then quoted if RFC 4180 requires it; null is empty. */
    private void append(String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean neutralised = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
        if (!needsQuotes(value)) {
            if (neutralised) {
                buffer.append('\'');
            }
            buffer.append(value);
            return;
        }
        buffer.append('"');
        if (neutralised) {
            buffer.append('\'');
        }
        int from = 0;
        for (int quote = value.indexOf('"'); quote >= 0; quote = value.indexOf('"', from)) {
            buffer.append(value, from, quote + 1);
            buffer.append('"');
            from = quote + 1;
        }
        buffer.append(value, from, value.length());
        buffer.append('"');
    }

    private static boolean needsQuotes(String text) {
        return text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0 || text.indexOf('\n') >= 0;
    }
}

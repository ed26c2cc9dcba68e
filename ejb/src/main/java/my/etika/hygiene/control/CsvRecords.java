package my.etika.hygiene.control;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * The records of a CSV text (RFC 4180: fields in double quotes may hold the delimiter, line breaks and doubled
 * quotes; lines end in CRLF, LF or CR), one at a time, each at most {@value #MAX_RECORD_CHARS} characters.
 * White space around a quoted field is tolerated, other text after its closing quote is not.
 */
final class CsvRecords {

    static final int MAX_RECORD_CHARS = 256 * 1024;
    private static final int NONE = -2;

    private final Reader reader;
    private final char delimiter;
    private long nextLine;
    private long line;
    private int pushedBack = NONE;

    /** @param reader buffered; @param firstLine the number of the reader's first line */
    CsvRecords(Reader reader, char delimiter, long firstLine) {
        this.reader = reader;
        this.delimiter = delimiter;
        this.nextLine = firstLine;
        this.line = firstLine;
    }

    /** The line the last record read started on, or the line being read. */
    long line() {
        return line;
    }

    /** The fields of the next record, or null at the end of the text. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        line = nextLine;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean closed = false;
        for (int chars = 1; ; chars++, c = read()) {
            if (chars > MAX_RECORD_CHARS) {
                throw malformed();
            }
            if (inQuotes) {
                if (c == -1) {
                    throw malformed();
                } else if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        closed = true;
                        pushedBack = d;
                    }
                } else {
                    if (c == '\n') {
                        nextLine++;
                    }
                    field.append((char) c);
                }
            } else if (c == -1 || c == '\n' || c == '\r') {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushedBack = d;
                    }
                }
                if (c != -1) {
                    nextLine++;
                }
                fields.add(field.toString());
                return fields;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
                closed = false;
            } else if (closed) {
                if (c != ' ' && c != '\t') {
                    throw malformed();
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                inQuotes = true;
            } else {
                field.append((char) c);
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        return reader.read();
    }

    private BreachImportException malformed() {
        return new BreachImportException("breach.lineMalformed", line);
    }
}

package my.etika.calendar.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a CSV text into records (RFC 4180: a field in double quotes may hold commas, line breaks and doubled
 * quotes; lines end in CRLF, LF or CR; a quote inside an unquoted field is an ordinary character). A record whose
 * quotes are misused (text after a closing quote, a quote left open) is kept as malformed, with the line it started
 * on, and reading goes on at the next line.
 */
final class CsvText {

    /** A record: the line it starts on, the last line it covers, its fields. */
    record Record(long line, long lastLine, List<String> fields, boolean malformed) {

        boolean isBlank() {
            return !malformed && fields.stream().allMatch(String::isBlank);
        }
    }

    private final String text;
    private int at;
    private long line = 1;

    private CsvText(String text) {
        this.text = text;
    }

    static List<Record> records(String text) {
        CsvText csv = new CsvText(text);
        List<Record> records = new ArrayList<>();
        while (csv.at < text.length()) {
            records.add(csv.next());
        }
        return records;
    }

    private Record next() {
        long first = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean closed = false;
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (quoted) {
                if (c == '"' && peek() == '"') {
                    field.append('"');
                    at++;
                } else if (c == '"') {
                    quoted = false;
                    closed = true;
                } else {
                    field.append(c);
                    if (c == '\r' && peek() == '\n') {
                        field.append('\n');
                    }
                    lineBreak(c);
                }
            } else if (c == '\r' || c == '\n') {
                lineBreak(c);
                fields.add(field.toString());
                return new Record(first, line - 1, fields, false);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                closed = false;
            } else if (closed && c != ' ' && c != '\t') {
                return malformed(first);
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (!closed) {
                field.append(c);
            }
        }
        if (quoted) {
            return new Record(first, line, List.of(), true);
        }
        fields.add(field.toString());
        return new Record(first, line, fields, false);
    }

    /** Counts a line break ({@code \r\n} once); the caller has consumed {@code c}. */
    private void lineBreak(char c) {
        if (c == '\r' && peek() == '\n') {
            at++;
            line++;
        } else if (c == '\n' || c == '\r') {
            line++;
        }
    }

    private int peek() {
        return at < text.length() ? text.charAt(at) : -1;
    }

    /** Skips the rest of the physical line. */
    private Record malformed(long first) {
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '\r' || c == '\n') {
                lineBreak(c);
                return new Record(first, line - 1, List.of(), true);
            }
        }
        return new Record(first, line, List.of(), true);
    }
}

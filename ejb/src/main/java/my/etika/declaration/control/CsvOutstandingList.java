package my.etika.declaration.control;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.time.Instant;
import java.util.Iterator;

/** The CSV form of {@link OutstandingListWriter}: RFC 4180, UTF-8 with a BOM, formula injection neutralised. */
final class CsvOutstandingList {

    /** First characters that make Excel, LibreOffice or Sheets read a cell as a formula (OWASP CSV injection). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvOutstandingList() {}

    static void write(Iterator<DeclarationRow> rows, ListLabels labels, OutputStream out) throws IOException {
        // Not closed: closing the writer would close the caller's stream.
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8), 64 * 1024);
        writer.write('\uFEFF');
        record(writer, labels.headers().toArray(String[]::new));
        while (rows.hasNext()) {
            DeclarationRow row = rows.next();
            record(writer, row.login(), row.officerName(), row.employeeNumber(), row.grade(), row.orgUnit(),
                    row.supervisorName(), labels.status(row.status()), time(row.dueAt()), time(row.signedAt()),
                    Integer.toString(row.remindersSent()), labels.yesNo(row.escalated()));
        }
        writer.flush();
    }

    private static void record(Writer writer, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(field(fields[i]));
        }
        writer.write("\r\n");
    }

    /** One field as it goes in the file: neutralised, then quoted if RFC 4180 requires it; {@code null} is empty. */
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

    private static String time(Instant instant) {
        return instant == null ? null : OutstandingListWriter.TIME.format(instant);
    }
}

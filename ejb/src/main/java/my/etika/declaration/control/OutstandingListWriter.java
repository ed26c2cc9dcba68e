package my.etika.declaration.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a declaration campaign's list of officers (HR's "who has not signed yet" download) as CSV or XLSX, in
 * Malay or English, with times in Malaysian time ({@code Asia/Kuala_Lumpur}).
 *
 * <p>Both formats stream: rows are taken from the iterator one at a time and never collected, so a list of a
 * million officers is written with flat memory. Feed them from a database cursor or a paged query, e.g. {@code
 * stream.iterator()}.
 *
 * <p>The output stream belongs to the caller (typically a JAX-RS {@code StreamingOutput}): it is flushed at the
 * end but never closed, so the container closes it and a caller may still write after the list. When the iterator
 * or the stream fails, the exception propagates and the output is left unfinished (an XLSX without its closing
 * parts does not open), rather than finished as if the list were complete.
 */
public final class OutstandingListWriter {

    /** Media type of {@link #csv}. */
    public static final String CSV_MEDIA_TYPE = "text/csv; charset=UTF-8";

    /** Media type of {@link #xlsx}. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MALAYSIA);

    private OutstandingListWriter() {}

    /**
     * Writes the list as RFC 4180 CSV in UTF-8 with a byte order mark (so that Excel reads Malay text correctly),
     * CRLF line ends, and cells that a spreadsheet would take for a formula prefixed with an apostrophe.
     *
     * @param rows the officers, consumed once
     * @param language Malay ({@code ms}) or English ({@code en}); any other language gets Malay
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void csv(Iterator<DeclarationRow> rows, Locale language, OutputStream out) throws IOException {
        CsvOutstandingList.write(
                Objects.requireNonNull(rows, "rows"), labels(language), Objects.requireNonNull(out, "out"));
    }

    /**
     * Writes the list as an XLSX workbook: a bold, frozen header row with an auto-filter, every text a plain
     * string cell, times as date cells shown as {@code yyyy-mm-dd hh:mm}. Past Excel's 1,048,576 rows the list
     * goes on in another sheet.
     *
     * @param rows the officers, consumed once
     * @param language Malay ({@code ms}) or English ({@code en}); any other language gets Malay
     * @param out where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public static void xlsx(Iterator<DeclarationRow> rows, Locale language, OutputStream out) throws IOException {
        XlsxOutstandingList.write(
                Objects.requireNonNull(rows, "rows"),
                labels(language),
                Objects.requireNonNull(out, "out"),
                XlsxOutstandingList.MAX_DATA_ROWS);
    }

    private static ListLabels labels(Locale language) {
        return ListLabels.of(Objects.requireNonNull(language, "language"));
    }
}

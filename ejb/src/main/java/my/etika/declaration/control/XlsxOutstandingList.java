package my.etika.declaration.control;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The XLSX form of {@link OutstandingListWriter}, written with fastexcel's streaming writer: rows are flushed every
 * thousand. Texts are inline strings, because fastexcel's shared-string table would keep every distinct name in
 * memory until the end.
 */
final class XlsxOutstandingList {

    /** Data rows per sheet: Excel's row limit less the header. */
    static final int MAX_DATA_ROWS = Worksheet.MAX_ROWS - 1;

    /** Excel's code for yyyy-MM-dd HH:mm ("mm" after "hh" is minutes). */
    static final String TIME_FORMAT = "yyyy-mm-dd hh:mm";

    private static final int FLUSH_EVERY = 1_000;
    private static final int DUE = 7;
    private static final int SIGNED_AT = 8;
    private static final int REMINDERS = 9;
    private static final double[] WIDTHS = {18, 32, 14, 9, 30, 28, 22, 17, 19, 12, 11};

    private final Workbook workbook;
    private final ListLabels labels;
    private final int rowsPerSheet;
    private Worksheet sheet;
    private int sheets;
    private int row;

    private XlsxOutstandingList(OutputStream out, ListLabels labels, int rowsPerSheet) {
        this.workbook = new Workbook(out, "Etika", "1.0");
        this.labels = labels;
        this.rowsPerSheet = rowsPerSheet;
    }

    static void write(Iterator<DeclarationRow> rows, ListLabels labels, OutputStream out, int rowsPerSheet)
            throws IOException {
        XlsxOutstandingList list = new XlsxOutstandingList(out, labels, rowsPerSheet);
        list.startSheet();
        while (rows.hasNext()) {
            list.append(rows.next());
        }
        list.endSheet();
        // finish() on success only, so that a failed export is not a readable but truncated workbook.
        list.workbook.finish();
        out.flush();
    }

    private void append(DeclarationRow officer) throws IOException {
        if (row == rowsPerSheet) {
            endSheet();
            startSheet();
        }
        row++;
        text(0, officer.login());
        text(1, officer.officerName());
        text(2, officer.employeeNumber());
        text(3, officer.grade());
        text(4, officer.orgUnit());
        text(5, officer.supervisorName());
        text(6, labels.status(officer.status()));
        time(DUE, officer.dueAt());
        time(SIGNED_AT, officer.signedAt());
        sheet.value(row, REMINDERS, officer.remindersSent());
        text(10, labels.yesNo(officer.escalated()));
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? labels.sheetName() : labels.sheetName() + " (" + sheets + ")");
        List<String> headers = labels.headers();
        for (int c = 0; c < headers.size(); c++) {
            // Room for the header and the filter button.
            sheet.width(c, Math.max(WIDTHS[c], headers.get(c).length() + 4));
            sheet.inlineString(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row = 0;
    }

    private void endSheet() throws IOException {
        sheet.setAutoFilter(0, 0, row, labels.headers().size() - 1);
        sheet.finish();
    }

    private void text(int column, String value) {
        if (value != null && !value.isEmpty()) {
            sheet.inlineString(row, column, value);
        }
    }

    private void time(int column, Instant instant) {
        if (instant != null) {
            // Excel times have no zone: the cell holds the Malaysian wall-clock time.
            sheet.value(row, column, LocalDateTime.ofInstant(instant, OutstandingListWriter.MALAYSIA));
            sheet.style(row, column).format(TIME_FORMAT).set();
        }
    }
}

package my.etika.export.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX workbook written with fastexcel's streaming writer: a bold, frozen header with an auto-filter, every
 * cell an inline string (the shared-string table would keep every distinct value in memory to the end), rows
 * flushed every thousand, and a further sheet past Excel's 1,048,576 rows.
 */
public final class XlsxTableWriter implements TableWriter {

    /** Data rows per sheet: Excel's row limit less the header. */
    static final int MAX_DATA_ROWS = Worksheet.MAX_ROWS - 1;

    private static final int FLUSH_EVERY = 1_000;

    private final OutputStream out;
    private final Workbook workbook;
    private final String sheetName;
    private final int rowsPerSheet;
    private List<ExportColumn> columns;
    private Worksheet sheet;
    private int sheets;
    private int row;

    public XlsxTableWriter(OutputStream out, String sheetName) {
        this(out, sheetName, MAX_DATA_ROWS);
    }

    XlsxTableWriter(OutputStream out, String sheetName, int rowsPerSheet) {
        this.out = out;
        this.workbook = new Workbook(out, "Etika", "1.0");
        this.sheetName = sheetName;
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public void start(List<ExportColumn> columns) {
        this.columns = List.copyOf(columns);
        startSheet();
    }

    @Override
    public void row(List<String> cells) throws IOException {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("A row of " + cells.size() + " cells in a table of " + columns.size());
        }
        if (row == rowsPerSheet) {
            endSheet();
            startSheet();
        }
        row++;
        for (int c = 0; c < cells.size(); c++) {
            String value = cells.get(c);
            if (value != null && !value.isEmpty()) {
                sheet.inlineString(row, c, value);
            }
        }
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        endSheet();
        workbook.finish();
        out.flush();
    }

    private void startSheet() {
        sheets++;
        sheet = workbook.newWorksheet(sheets == 1 ? sheetName : sheetName + " (" + sheets + ")");
        for (int c = 0; c < columns.size(); c++) {
            ExportColumn column = columns.get(c);
            sheet.width(c, Math.min(80, Math.max(column.weight(), column.header().length() + 4)));
            sheet.inlineString(0, c, column.header());
        }
        sheet.range(0, 0, 0, columns.size() - 1).style().bold().set();
        sheet.freezePane(0, 1);
        row = 0;
    }

    private void endSheet() throws IOException {
        sheet.setAutoFilter(0, 0, row, columns.size() - 1);
        sheet.finish();
    }
}

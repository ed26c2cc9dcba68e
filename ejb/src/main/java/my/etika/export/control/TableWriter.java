package my.etika.export.control;

import java.io.IOException;
import java.util.List;

/**
 * Writes one table to a stream a row at a time, never holding the rows: CSV, XLSX or PDF from the same rows.
 * Cells are text (null for an empty cell), already formatted by the row source. The stream belongs to the caller:
 * {@link #finish} flushes it but never closes it. A writer that failed is not finished, so a broken export is not
 * mistaken for a complete one.
 */
public interface TableWriter {

    /** Writes the header; called once, before any row. */
    void start(List<ExportColumn> columns) throws IOException;

    /** Writes one row, as many cells as columns. */
    void row(List<String> cells) throws IOException;

    /** Completes the file (closing parts, page footers) and flushes the stream. */
    void finish() throws IOException;
}

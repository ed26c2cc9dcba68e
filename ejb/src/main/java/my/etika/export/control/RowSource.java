package my.etika.export.control;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The rows of one kind of export, read with plain JDBC in keyset pages (a connection per page, no entity per row,
 * nothing kept between pages) and handed on a row at a time as text cells in Malaysian times (a source may format
 * a row's cells when they are first read: the export's writing thread then does it, not the reading one).
 * A masked source replaces names, logins and e-mail addresses by {@link Pseudonyms} and leaves out what cannot be
 * masked (employee numbers, free text).
 */
public interface RowSource {

    /** Receives the rows one at a time. */
    @FunctionalInterface
    interface RowSink {
        void accept(List<String> cells) throws IOException;
    }

    /** The data file's name in the package, without extension; also the sheet's name. */
    String name();

    /** The table's title (a PDF's heading). */
    String title();

    List<ExportColumn> columns();

    ExportFilters filters();

    boolean masked();

    /** How many rows the filters select. */
    long count(DataSource dataSource) throws SQLException;

    /** Hands every selected row to {@code sink} in a stable order; returns how many. */
    long forEach(DataSource dataSource, RowSink sink) throws SQLException, IOException;
}

package my.etika.export.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the row sources share: the keyset paging by id (a connection per page, nothing kept between pages), the
 * count under the same filters, and the formatting of cells (Malaysian times, pseudonyms when masked).
 */
abstract class KeysetRowSource implements RowSource {

    static final int PAGE = 1_000;
    static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MALAYSIA);

    private final ExportFilters filters;
    private final Pseudonyms pseudonyms;
    private final int pageSize;

    KeysetRowSource(ExportFilters filters, Pseudonyms pseudonyms, int pageSize) {
        this.filters = filters;
        this.pseudonyms = pseudonyms;
        this.pageSize = pageSize;
    }

    /** One read row: its key and its cells. */
    record Row(long id, List<String> cells) {
    }

    /** The FROM clause with its joins, the key being {@code <alias>.id} as {@link #key} names it. */
    abstract String from();

    /** The key column, e.g. {@code i.id}. */
    abstract String key();

    /** The filters as {@code AND …} conditions, their values appended to {@code parameters}. */
    abstract void where(StringBuilder where, List<Object> parameters);

    /** Reads the page of rows whose keys follow {@code after}, at most {@code size}, in key order. */
    abstract List<Row> page(Connection connection, long after, int size) throws SQLException;

    /** Makes one row's cells from its result row, whose first column is the key. */
    @FunctionalInterface
    interface CellReader {
        List<String> cells(ResultSet row) throws SQLException;
    }

    /** A page read by {@link #pageQuery} alone, for sources with nothing to look up beside it. */
    final List<Row> readPage(Connection connection, String columns, long after, int size, CellReader reader)
            throws SQLException {
        List<Row> rows = new ArrayList<>(size);
        try (PreparedStatement select = pageQuery(connection, columns, after, size);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1), reader.cells(result)));
            }
        }
        return rows;
    }

    @Override
    public final ExportFilters filters() {
        return filters;
    }

    @Override
    public final boolean masked() {
        return pseudonyms != null;
    }

    final Pseudonyms pseudonyms() {
        return pseudonyms;
    }

    @Override
    public final long count(DataSource dataSource) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) " + from() + where(
                        parameters))) {
            bind(count, parameters);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    @Override
    public final long forEach(DataSource dataSource, RowSink sink) throws SQLException, IOException {
        long after = Long.MIN_VALUE;
        long rows = 0;
        while (true) {
            List<Row> page;
            try (Connection connection = dataSource.getConnection()) {
                page = page(connection, after, pageSize);
            }
            for (Row row : page) {
                sink.accept(row.cells());
            }
            rows += page.size();
            if (page.size() < pageSize) {
                return rows;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** {@code SELECT <columns> FROM … WHERE <key> > ? AND <filters> ORDER BY <key>} for one page. */
    final PreparedStatement pageQuery(Connection connection, String columns, long after, int size)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(after);
        StringBuilder where = new StringBuilder(" WHERE ").append(key()).append(" > ?");
        where(where, parameters);
        PreparedStatement select = connection.prepareStatement("SELECT " + columns + " " + from() + where
                + " ORDER BY " + key() + " LIMIT " + size);
        bind(select, parameters);
        return select;
    }

    private String where(List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        where(where, parameters);
        return where.toString();
    }

    final String name(Object value) {
        return masked() ? pseudonyms.name(text(value)) : text(value);
    }

    final String login(Object value) {
        return masked() ? pseudonyms.login(text(value)) : text(value);
    }

    final String email(Object value) {
        return masked() ? pseudonyms.email(text(value)) : text(value);
    }

    static void equal(StringBuilder where, List<Object> parameters, String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    /** Received/raised within the filters' Malaysian days, both included. */
    static void period(StringBuilder where, List<Object> parameters, String column, ExportFilters filters) {
        if (filters.from() != null) {
            where.append(" AND ").append(column).append(" >= ?");
            parameters.add(utc(filters.from()));
        }
        if (filters.to() != null) {
            where.append(" AND ").append(column).append(" < ?");
            parameters.add(utc(filters.to().plusDays(1)));
        }
    }

    /** Binds ids as one array parameter, for {@code = ANY(?)}: one statement whatever their number. */
    static void anyOf(PreparedStatement statement, int index, Collection<Long> ids) throws SQLException {
        statement.setArray(index, statement.getConnection().createArrayOf("BIGINT", ids.toArray(new Long[0])));
    }

    static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** The start of a Malaysian day as the UTC timestamp the columns hold. */
    static LocalDateTime utc(LocalDate malaysianDay) {
        return LocalDateTime.ofInstant(malaysianDay.atStartOfDay(MALAYSIA).toInstant(), ZoneOffset.UTC);
    }

    /** As {@link #TIME} formats it, digit by digit for years of four digits (a formatter per cell is costly). */
    static String time(LocalDateTime utc) {
        if (utc == null) {
            return null;
        }
        LocalDateTime local = LocalDateTime.ofInstant(utc.toInstant(ZoneOffset.UTC), MALAYSIA);
        int year = local.getYear();
        if (year < 1000 || year > 9999) {
            return TIME.format(utc.toInstant(ZoneOffset.UTC));
        }
        byte[] text = new byte[16];
        digits(text, 0, year / 100);
        digits(text, 2, year % 100);
        text[4] = '-';
        digits(text, 5, local.getMonthValue());
        text[7] = '-';
        digits(text, 8, local.getDayOfMonth());
        text[10] = ' ';
        digits(text, 11, local.getHour());
        text[13] = ':';
        digits(text, 14, local.getMinute());
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static void digits(byte[] text, int at, int twoDigits) {
        text[at] = (byte) ('0' + twoDigits / 10);
        text[at + 1] = (byte) ('0' + twoDigits % 10);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

package my.etika.export.control;

import java.io.IOException;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeSet;
import javax.sql.DataSource;
import my.etika.discipline.control.ProvisionLabels;

/**
 * The incidents of an export, read with plain JDBC in keyset pages by id (a connection per page, no entity per
 * row, nothing kept between pages) and handed on a row at a time as text cells. A masked export replaces the
 * officer's name, login and e-mail by {@link Pseudonyms} and leaves out what cannot be masked: the employee
 * number and the free-text summary.
 */
public final class IncidentRowSource {

    /** Receives the rows one at a time. */
    @FunctionalInterface
    public interface RowSink {
        void accept(List<String> cells) throws IOException;
    }

    static final int PAGE = 1_000;
    private static final ZoneId MALAYSIA = ZoneId.of("Asia/Kuala_Lumpur");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(MALAYSIA);

    private static final String FROM = " FROM incident i LEFT JOIN officer o ON o.id = i.officer_id"
            + " LEFT JOIN misconduct_category c ON c.id = i.category_id";
    private static final String SELECT = "SELECT i.id, i.reference, i.received_at, i.status, i.track, i.source,"
            + " c.code, i.officer_name, i.officer_login, o.official_email, i.officer_employee_number,"
            + " i.officer_grade, i.officer_org_unit, i.officer_duty_station_state, i.platform, i.act_type,"
            + " i.occurred_at, i.decided_on, i.acquitted, i.appeal_outcome, i.summary" + FROM;

    private final ExportFilters filters;
    private final Pseudonyms pseudonyms;
    private final int pageSize;

    /** {@code pseudonyms} null: not masked. */
    public IncidentRowSource(ExportFilters filters, Pseudonyms pseudonyms) {
        this(filters, pseudonyms, PAGE);
    }

    IncidentRowSource(ExportFilters filters, Pseudonyms pseudonyms, int pageSize) {
        this.filters = filters;
        this.pseudonyms = pseudonyms;
        this.pageSize = pageSize;
    }

    public List<ExportColumn> columns() {
        List<ExportColumn> columns = new ArrayList<>(List.of(new ExportColumn("Reference", 14),
                new ExportColumn("Received at", 14), new ExportColumn("Status", 16), new ExportColumn("Track", 10),
                new ExportColumn("Source", 10), new ExportColumn("Category", 10), new ExportColumn("Provisions", 18),
                new ExportColumn("Officer", 22), new ExportColumn("Login", 14), new ExportColumn("E-mail", 22)));
        if (!masked()) {
            columns.add(new ExportColumn("Employee no.", 10));
        }
        columns.addAll(List.of(new ExportColumn("Grade", 6), new ExportColumn("Org unit", 20),
                new ExportColumn("State", 6), new ExportColumn("Platform", 10), new ExportColumn("Act", 8),
                new ExportColumn("Occurred at", 14), new ExportColumn("Decided on", 10),
                new ExportColumn("Outcome", 12), new ExportColumn("Punishments", 18)));
        if (!masked()) {
            columns.add(new ExportColumn("Summary", 40));
        }
        return List.copyOf(columns);
    }

    public ExportFilters filters() {
        return filters;
    }

    public boolean masked() {
        return pseudonyms != null;
    }

    /** How many incidents the filters select. */
    public long count(DataSource dataSource) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String where = where(parameters);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*)" + FROM + where)) {
            bind(count, parameters, 1);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    /** Hands every selected incident to {@code sink} in id order; returns how many. */
    public long forEach(DataSource dataSource, RowSink sink) throws SQLException, IOException {
        long after = 0;
        long rows = 0;
        while (true) {
            List<Row> page;
            try (Connection connection = dataSource.getConnection()) {
                page = page(connection, after);
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

    private record Row(long id, List<String> cells) {
    }

    private List<Row> page(Connection connection, long after) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(after);
        String sql = SELECT + where(parameters).replaceFirst(" WHERE 1 = 1", " WHERE i.id > ?")
                + " ORDER BY i.id LIMIT " + pageSize;
        Map<Long, Object[]> read = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters, 1);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    Object[] values = new Object[21];
                    for (int column = 0; column < values.length; column++) {
                        values[column] = result.getObject(column + 1);
                    }
                    values[2] = result.getObject(3, LocalDateTime.class);
                    values[16] = result.getObject(17, LocalDateTime.class);
                    values[17] = result.getObject(18, LocalDate.class);
                    read.put(result.getLong(1), values);
                }
            }
        }
        if (read.isEmpty()) {
            return List.of();
        }
        Map<Long, TreeSet<String>> provisions = provisions(connection, read.keySet());
        Map<Long, List<String[]>> punishments = punishments(connection, read.keySet());
        List<Row> rows = new ArrayList<>(read.size());
        read.forEach((id, values) -> rows.add(new Row(id, cells(values, provisions.get(id), punishments.getOrDefault(
                id, List.of())))));
        return rows;
    }

    private List<String> cells(Object[] v, TreeSet<String> provisionLabels, List<String[]> punishmentLines) {
        String status = text(v[3]);
        String appeal = text(v[19]);
        Boolean acquitted = (Boolean) v[18];
        String outcome = outcome(status, v[17] != null, acquitted, appeal);
        List<String> cells = new ArrayList<>(22);
        cells.add(text(v[1]));
        cells.add(time(v[2]));
        cells.add(status);
        cells.add(text(v[4]));
        cells.add(text(v[5]));
        cells.add(text(v[6]));
        cells.add(provisionLabels == null ? null : String.join("; ", provisionLabels));
        cells.add(masked() ? pseudonyms.name(text(v[7])) : text(v[7]));
        cells.add(masked() ? pseudonyms.login(text(v[8])) : text(v[8]));
        cells.add(masked() ? pseudonyms.email(text(v[9])) : text(v[9]));
        if (!masked()) {
            cells.add(text(v[10]));
        }
        cells.add(text(v[11]));
        cells.add(text(v[12]));
        cells.add(text(v[13]));
        cells.add(text(v[14]));
        cells.add(text(v[15]));
        cells.add(time(v[16]));
        cells.add(v[17] == null ? null : v[17].toString());
        cells.add(outcome);
        cells.add("PUNISHED".equals(outcome) ? standing(punishmentLines, appeal) : null);
        if (!masked()) {
            cells.add(text(v[20]));
        }
        return cells;
    }

    static String outcome(String status, boolean decided, Boolean acquitted, String appealOutcome) {
        if ("NO_CASE".equals(status) || "WITHDRAWN".equals(status)) {
            return status;
        }
        if (!decided) {
            return "PENDING";
        }
        return Boolean.TRUE.equals(acquitted) || "REVERSE".equals(appealOutcome) ? "ACQUITTED" : "PUNISHED";
    }

    /** The appeal board's punishments when it lightened them, the decision's otherwise (Incident's rule). */
    private static String standing(List<String[]> lines, String appealOutcome) {
        String stage = "LIGHTEN".equals(appealOutcome) ? "APPEAL" : "DECISION";
        StringJoiner kinds = new StringJoiner("; ");
        lines.stream().filter(line -> stage.equals(line[0])).forEach(line -> kinds.add(line[1]));
        return kinds.toString();
    }

    private String where(List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (filters.from() != null) {
            where.append(" AND i.received_at >= ?");
            parameters.add(utc(filters.from()));
        }
        if (filters.to() != null) {
            where.append(" AND i.received_at < ?");
            parameters.add(utc(filters.to().plusDays(1)));
        }
        equal(where, parameters, "i.officer_org_unit", filters.orgUnit());
        equal(where, parameters, "c.code", filters.categoryCode());
        equal(where, parameters, "i.status", filters.status());
        if (filters.provisionId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM incident_provision ip WHERE ip.incident_id = i.id"
                    + " AND ip.provision_id = ?)");
            parameters.add(filters.provisionId());
        }
        if (filters.outcome() != null) {
            where.append(switch (filters.outcome()) {
                case "NO_CASE" -> " AND i.status = 'NO_CASE'";
                case "WITHDRAWN" -> " AND i.status = 'WITHDRAWN'";
                case "PENDING" -> " AND i.decided_on IS NULL AND i.status NOT IN ('NO_CASE', 'WITHDRAWN')";
                case "ACQUITTED" -> " AND i.decided_on IS NOT NULL AND i.status NOT IN ('NO_CASE', 'WITHDRAWN')"
                        + " AND (i.acquitted = TRUE OR i.appeal_outcome = 'REVERSE')";
                default -> " AND i.decided_on IS NOT NULL AND i.status NOT IN ('NO_CASE', 'WITHDRAWN')"
                        + " AND (i.acquitted IS NULL OR i.acquitted = FALSE)"
                        + " AND (i.appeal_outcome IS NULL OR i.appeal_outcome <> 'REVERSE')";
            });
        }
        return where.toString();
    }

    private static void equal(StringBuilder where, List<Object> parameters, String column, String value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static Map<Long, TreeSet<String>> provisions(Connection connection, java.util.Set<Long> ids)
            throws SQLException {
        Map<Long, TreeSet<String>> labels = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ip.incident_id, p.code"
                + " FROM incident_provision ip JOIN regulation_provision p ON p.id = ip.provision_id"
                + " WHERE ip.incident_id" + in(ids.size()))) {
            bind(select, new ArrayList<>(ids), 1);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    labels.computeIfAbsent(result.getLong(1), id -> new TreeSet<>(ProvisionLabels.ORDER))
                            .add(result.getString(2));
                }
            }
        }
        return labels;
    }

    private static Map<Long, List<String[]>> punishments(Connection connection, java.util.Set<Long> ids)
            throws SQLException {
        Map<Long, List<String[]>> lines = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT incident_id, stage, kind"
                + " FROM incident_punishment WHERE incident_id" + in(ids.size()) + " ORDER BY incident_id, kind")) {
            bind(select, new ArrayList<>(ids), 1);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    lines.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(new String[] {
                            result.getString(2), result.getString(3)});
                }
            }
        }
        return lines;
    }

    private static String in(int count) {
        return " IN (" + "?, ".repeat(count - 1) + "?)";
    }

    private static void bind(PreparedStatement statement, List<Object> parameters, int first) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(first + i, parameters.get(i));
        }
    }

    private static LocalDateTime utc(LocalDate malaysianDay) {
        return LocalDateTime.ofInstant(malaysianDay.atStartOfDay(MALAYSIA).toInstant(), ZoneOffset.UTC);
    }

    private static String time(Object utc) {
        return utc == null ? null : TIME.format(((LocalDateTime) utc).toInstant(ZoneOffset.UTC));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}

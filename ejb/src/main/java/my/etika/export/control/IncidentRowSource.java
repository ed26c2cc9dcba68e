package my.etika.export.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import my.etika.discipline.control.ProvisionLabels;

/**
 * The incidents of an export, in keyset pages by id. Masked, the officer's name, login and e-mail become
 * pseudonyms, and the employee number and the free-text summary are left out.
 */
public final class IncidentRowSource extends KeysetRowSource {

    private static final String COLUMNS = "i.id, i.reference, i.received_at, i.status, i.track, i.source, c.code,"
            + " i.officer_name, i.officer_login, o.official_email, i.officer_employee_number, i.officer_grade,"
            + " i.officer_org_unit, i.officer_duty_station_state, i.platform, i.act_type, i.occurred_at,"
            + " i.decided_on, i.acquitted, i.appeal_outcome, i.summary";

    /** {@code pseudonyms} null: not masked. */
    public IncidentRowSource(ExportFilters filters, Pseudonyms pseudonyms) {
        this(filters, pseudonyms, PAGE);
    }

    IncidentRowSource(ExportFilters filters, Pseudonyms pseudonyms, int pageSize) {
        super(filters, pseudonyms, pageSize);
    }

    @Override
    public String name() {
        return "incidents";
    }

    @Override
    public String title() {
        return "Etika – incidents";
    }

    @Override
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

    @Override
    String from() {
        return "FROM incident i LEFT JOIN officer o ON o.id = i.officer_id"
                + " LEFT JOIN misconduct_category c ON c.id = i.category_id";
    }

    @Override
    String key() {
        return "i.id";
    }

    @Override
    void where(StringBuilder where, List<Object> parameters) {
        ExportFilters filters = filters();
        period(where, parameters, "i.received_at", filters);
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
    }

    @Override
    List<Row> page(Connection connection, long after, int size) throws SQLException {
        Map<Long, Object[]> read = new LinkedHashMap<>();
        try (PreparedStatement select = pageQuery(connection, COLUMNS, after, size);
                ResultSet result = select.executeQuery()) {
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
        cells.add(time((LocalDateTime) v[2]));
        cells.add(status);
        cells.add(text(v[4]));
        cells.add(text(v[5]));
        cells.add(text(v[6]));
        cells.add(provisionLabels == null ? null : String.join("; ", provisionLabels));
        cells.add(name(v[7]));
        cells.add(login(v[8]));
        cells.add(email(v[9]));
        if (!masked()) {
            cells.add(text(v[10]));
        }
        cells.add(text(v[11]));
        cells.add(text(v[12]));
        cells.add(text(v[13]));
        cells.add(text(v[14]));
        cells.add(text(v[15]));
        cells.add(time((LocalDateTime) v[16]));
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

    private static Map<Long, TreeSet<String>> provisions(Connection connection, Set<Long> ids) throws SQLException {
        Map<Long, TreeSet<String>> labels = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ip.incident_id, p.code"
                + " FROM incident_provision ip JOIN regulation_provision p ON p.id = ip.provision_id"
                + " WHERE ip.incident_id" + in(ids.size()))) {
            bind(select, new ArrayList<>(ids));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    labels.computeIfAbsent(result.getLong(1), id -> new TreeSet<>(ProvisionLabels.ORDER))
                            .add(result.getString(2));
                }
            }
        }
        return labels;
    }

    private static Map<Long, List<String[]>> punishments(Connection connection, Set<Long> ids) throws SQLException {
        Map<Long, List<String[]>> lines = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT incident_id, stage, kind"
                + " FROM incident_punishment WHERE incident_id" + in(ids.size()) + " ORDER BY incident_id, kind")) {
            bind(select, new ArrayList<>(ids));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    lines.computeIfAbsent(result.getLong(1), id -> new ArrayList<>()).add(new String[] {
                            result.getString(2), result.getString(3)});
                }
            }
        }
        return lines;
    }
}

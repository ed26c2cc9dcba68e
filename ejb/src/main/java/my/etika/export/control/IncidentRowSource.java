package my.etika.export.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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

    /** Column 10 is the officer's id, replaced by the officer's e-mail address once looked up. */
    private static final String COLUMNS = "i.id, i.reference, i.received_at, i.status, i.track, i.source, c.code,"
            + " i.officer_name, i.officer_login, i.officer_id, i.officer_employee_number, i.officer_grade,"
            + " i.officer_org_unit, i.officer_duty_station_state, i.platform, i.act_type, i.occurred_at,"
            + " i.decided_on, i.acquitted, i.appeal_outcome, i.summary";

    private static final int MAX_REMEMBERED_LABELS = 10_000;

    private final Map<List<String>, String> labelsByCodes = new HashMap<>();
    private final Map<Long, String> codesByProvision = new HashMap<>();

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
        return "FROM incident i LEFT JOIN misconduct_category c ON c.id = i.category_id";
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
        long first = 0;
        long last = 0;
        try (PreparedStatement select = pageQuery(connection, COLUMNS, after, size);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                Object[] values = new Object[21];
                for (int column = 0; column < values.length; column++) {
                    // the times and the day read once, as the types they are formatted from
                    values[column] = switch (column) {
                        case 2, 16 -> result.getObject(column + 1, LocalDateTime.class);
                        case 17 -> result.getObject(column + 1, LocalDate.class);
                        default -> result.getObject(column + 1);
                    };
                }
                last = ((Number) values[0]).longValue();
                if (read.isEmpty()) {
                    first = last;
                }
                read.put(last, values);
            }
        }
        if (read.isEmpty()) {
            return List.of();
        }
        emails(connection, read.values());
        Children children = new Children(read.keySet(), first, last);
        Map<Long, List<String>> provisions = provisions(connection, children);
        Map<Long, List<String[]>> punishments = punishments(connection, children);
        List<Row> rows = new ArrayList<>(read.size());
        read.forEach((id, values) -> {
            List<String> codes = provisions.get(id);
            rows.add(new Row(id, new Cells(values, codes == null ? null : labels(codes), punishments.getOrDefault(id,
                    List.of()))));
        });
        return rows;
    }

    /**
     * A row's cells, formatted when first looked at rather than when read: an export reads on one thread and writes
     * on another, and the formatting (times, pseudonyms) is then the writing thread's. It uses nothing shared that
     * changes (the values read, the pseudonyms' key), so whichever thread looks first gets the same cells.
     */
    private final class Cells extends AbstractList<String> {

        private final Object[] values;
        private final String provisionLabels;
        private final List<String[]> punishmentLines;
        private List<String> cells;

        Cells(Object[] values, String provisionLabels, List<String[]> punishmentLines) {
            this.values = values;
            this.provisionLabels = provisionLabels;
            this.punishmentLines = punishmentLines;
        }

        private List<String> cells() {
            List<String> formatted = cells;
            if (formatted == null) {
                formatted = Collections.unmodifiableList(IncidentRowSource.this.cells(values, provisionLabels,
                        punishmentLines));
                cells = formatted;
            }
            return formatted;
        }

        @Override
        public String get(int index) {
            return cells().get(index);
        }

        @Override
        public int size() {
            return cells().size();
        }
    }

    /**
     * Replaces each row's officer id by the officer's current e-mail address (null when there is none), read for the
     * page's officers at once: one index scan with the officers' ids, where joining the officer table in the page's
     * query probed it once per case and cost as much as the rest of the query.
     */
    private static void emails(Connection connection, Collection<Object[]> rows) throws SQLException {
        Set<Long> officers = new HashSet<>();
        for (Object[] values : rows) {
            if (values[9] != null) {
                officers.add(((Number) values[9]).longValue());
            }
        }
        Map<Long, String> emails = new HashMap<>();
        if (!officers.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, official_email FROM officer"
                    + " WHERE id = ANY(?)")) {
                anyOf(select, 1, officers);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        emails.put(result.getLong(1), result.getString(2));
                    }
                }
            }
        }
        for (Object[] values : rows) {
            values[9] = values[9] == null ? null : emails.get(((Number) values[9]).longValue());
        }
    }

    /**
     * Which incidents' provisions and punishments a page reads: those of its ids, by id range when the page is
     * dense (one index range scan, the few rows of ids the filters left out skipped), by list when it is sparse.
     */
    private record Children(Set<Long> ids, long first, long last) {

        /** At most this many ids in the range per id of the page for a range read. */
        private static final int DENSE = 4;

        boolean byRange() {
            return last - first < (long) DENSE * ids.size();
        }

        String where(String column) {
            return byRange() ? " WHERE " + column + " BETWEEN ? AND ?" : " WHERE " + column + " = ANY(?)";
        }

        void bind(PreparedStatement statement) throws SQLException {
            if (byRange()) {
                statement.setLong(1, first);
                statement.setLong(2, last);
            } else {
                anyOf(statement, 1, ids);
            }
        }
    }

    /**
     * The provision codes as printed: distinct, in {@link ProvisionLabels#ORDER}, separated by "; ". Remembered per
     * set of codes read: a case has one or two of a few dozen provisions, and ordering them is the costly part.
     */
    private String labels(List<String> codes) {
        String labels = labelsByCodes.get(codes);
        if (labels == null) {
            TreeSet<String> ordered = new TreeSet<>(ProvisionLabels.ORDER);
            ordered.addAll(codes);
            labels = String.join("; ", ordered);
            if (labelsByCodes.size() >= MAX_REMEMBERED_LABELS) {
                labelsByCodes.clear();
            }
            labelsByCodes.put(List.copyOf(codes), labels);
        }
        return labels;
    }

    private List<String> cells(Object[] v, String provisionLabels, List<String[]> punishmentLines) {
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
        cells.add(provisionLabels);
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

    /**
     * The provision codes of the page's incidents. The links are read alone (a range scan of their primary key) and
     * the codes looked up by provision id, each once per export: a provision row's code never changes (reference
     * rows are versioned, never rewritten), and there are a few dozen of them.
     */
    private Map<Long, List<String>> provisions(Connection connection, Children children) throws SQLException {
        Map<Long, List<Long>> links = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT incident_id, provision_id"
                + " FROM incident_provision" + children.where("incident_id"))) {
            children.bind(select);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    if (children.ids().contains(id)) {
                        links.computeIfAbsent(id, key -> new ArrayList<>(2)).add(result.getLong(2));
                    }
                }
            }
        }
        List<Long> unknown = links.values().stream().flatMap(List::stream).distinct()
                .filter(provision -> !codesByProvision.containsKey(provision)).toList();
        if (!unknown.isEmpty()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT id, code FROM regulation_provision"
                    + " WHERE id = ANY(?)")) {
                anyOf(select, 1, unknown);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        codesByProvision.put(result.getLong(1), result.getString(2));
                    }
                }
            }
        }
        Map<Long, List<String>> codes = new HashMap<>();
        links.forEach((id, provisions) -> {
            List<String> list = new ArrayList<>(provisions.size());
            for (Long provision : provisions) {
                String code = codesByProvision.get(provision);
                if (code != null) { // as the inner join did, a link to no provision row shows nothing
                    list.add(code);
                }
            }
            if (!list.isEmpty()) {
                codes.put(id, list);
            }
        });
        return codes;
    }

    private static Map<Long, List<String[]>> punishments(Connection connection, Children children)
            throws SQLException {
        Map<Long, List<String[]>> lines = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT incident_id, stage, kind"
                + " FROM incident_punishment" + children.where("incident_id") + " ORDER BY incident_id, kind")) {
            children.bind(select);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    long id = result.getLong(1);
                    if (children.ids().contains(id)) {
                        lines.computeIfAbsent(id, key -> new ArrayList<>(2)).add(new String[] {result.getString(2),
                                result.getString(3)});
                    }
                }
            }
        }
        return lines;
    }
}

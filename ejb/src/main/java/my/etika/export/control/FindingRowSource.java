package my.etika.export.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Credential-hygiene findings: rule, severity, status, when raised, the officer or official account concerned, the
 * last step (when, by whom, why), when the condition cleared, the case it was escalated into. The period filter
 * applies to when a finding was raised. Masked, the officer's and the last actor's names, logins and e-mail
 * addresses become pseudonyms, and the employee number, the evidence and the reason (free text that may name
 * people or addresses) are left out.
 */
public final class FindingRowSource extends KeysetRowSource {

    private static final String COLUMNS = "f.id, f.rule_code, f.severity, f.status, f.raised_at, f.org_unit,"
            + " o.full_name, o.login, o.official_email, o.employee_number, a.platform, a.handle, f.evidence,"
            + " f.status_changed_at, f.status_changed_by, f.status_reason, f.condition_cleared_at, i.reference";

    /** {@code pseudonyms} null: not masked. */
    public FindingRowSource(ExportFilters filters, Pseudonyms pseudonyms) {
        this(filters, pseudonyms, PAGE);
    }

    FindingRowSource(ExportFilters filters, Pseudonyms pseudonyms, int pageSize) {
        super(filters, pseudonyms, pageSize);
    }

    @Override
    public String name() {
        return "findings";
    }

    @Override
    public String title() {
        return "Etika – credential-hygiene findings";
    }

    @Override
    public List<ExportColumn> columns() {
        List<ExportColumn> columns = new ArrayList<>(List.of(new ExportColumn("Finding no.", 8),
                new ExportColumn("Rule", 22), new ExportColumn("Severity", 8), new ExportColumn("Status", 12),
                new ExportColumn("Raised at", 14), new ExportColumn("Org unit", 20), new ExportColumn("Officer", 22),
                new ExportColumn("Login", 14), new ExportColumn("E-mail", 22)));
        if (!masked()) {
            columns.add(new ExportColumn("Employee no.", 10));
        }
        columns.add(new ExportColumn("Official account", 18));
        if (!masked()) {
            columns.add(new ExportColumn("Evidence", 30));
        }
        columns.addAll(List.of(new ExportColumn("Last step at", 14), new ExportColumn("Last step by", 14)));
        if (!masked()) {
            columns.add(new ExportColumn("Reason", 24));
        }
        columns.addAll(List.of(new ExportColumn("Condition cleared at", 14), new ExportColumn("Case", 14)));
        return List.copyOf(columns);
    }

    @Override
    String from() {
        return "FROM finding f LEFT JOIN officer o ON o.id = f.officer_id"
                + " LEFT JOIN official_account a ON a.id = f.official_account_id"
                + " LEFT JOIN incident i ON i.id = f.incident_id";
    }

    @Override
    String key() {
        return "f.id";
    }

    @Override
    void where(StringBuilder where, List<Object> parameters) {
        ExportFilters filters = filters();
        period(where, parameters, "f.raised_at", filters);
        equal(where, parameters, "f.org_unit", filters.orgUnit());
        equal(where, parameters, "f.rule_code", filters.ruleCode());
        equal(where, parameters, "f.status", filters.status());
    }

    @Override
    List<Row> page(Connection connection, long after, int size) throws SQLException {
        return readPage(connection, COLUMNS, after, size, this::cells);
    }

    private List<String> cells(ResultSet r) throws SQLException {
        List<String> cells = new ArrayList<>(18);
        cells.add(Long.toString(r.getLong(1)));
        cells.add(r.getString(2));
        cells.add(r.getString(3));
        cells.add(r.getString(4));
        cells.add(time(r.getObject(5, LocalDateTime.class)));
        cells.add(r.getString(6));
        cells.add(name(r.getString(7)));
        cells.add(login(r.getString(8)));
        cells.add(email(r.getString(9)));
        if (!masked()) {
            cells.add(r.getString(10));
        }
        String platform = r.getString(11);
        cells.add(platform == null ? null : platform + ": " + r.getString(12));
        if (!masked()) {
            cells.add(r.getString(13));
        }
        cells.add(time(r.getObject(14, LocalDateTime.class)));
        cells.add(login(r.getString(15)));
        if (!masked()) {
            cells.add(r.getString(16));
        }
        cells.add(time(r.getObject(17, LocalDateTime.class)));
        cells.add(r.getString(18));
        return cells;
    }
}

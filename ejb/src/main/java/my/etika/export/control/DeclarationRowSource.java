package my.etika.export.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Declaration compliance: one row per officer and campaign, with the campaign, the policy version signed, the
 * officer (registry's current grade and org unit), the status and the compliance (signed on time or late against
 * the campaign's due date, overdue, not yet due, excluded), reminders and escalation. The period filter applies to
 * campaigns' due dates. Masked, the officer's name, login and e-mail become pseudonyms and the employee number is
 * left out.
 */
public final class DeclarationRowSource extends KeysetRowSource {

    private static final String COLUMNS = "d.id, c.name, c.due_on, p.code, v.number, o.full_name, o.login,"
            + " o.official_email, o.employee_number, o.grade, o.org_unit, d.status, d.signed_at, d.reminders_sent,"
            + " d.escalated_at, d.excluded_because";

    /**
     * The end of a due date, Malaysian midnight, as the UTC timestamps hold it: Malaysia has kept UTC+8, without
     * daylight saving, since 1982.
     */
    private static final String DUE_END = "CAST(c.due_on AS TIMESTAMP) + INTERVAL '16' HOUR";

    private final LocalDate today;

    /**
     * @param pseudonyms null: not masked
     * @param today      the Malaysian day that tells overdue from not yet due
     */
    public DeclarationRowSource(ExportFilters filters, Pseudonyms pseudonyms, LocalDate today) {
        this(filters, pseudonyms, today, PAGE);
    }

    DeclarationRowSource(ExportFilters filters, Pseudonyms pseudonyms, LocalDate today, int pageSize) {
        super(filters, pseudonyms, pageSize);
        this.today = today;
    }

    @Override
    public String name() {
        return "declarations";
    }

    @Override
    public String title() {
        return "Etika – declaration compliance";
    }

    @Override
    public List<ExportColumn> columns() {
        List<ExportColumn> columns = new ArrayList<>(List.of(new ExportColumn("Campaign", 24),
                new ExportColumn("Due on", 10), new ExportColumn("Policy version", 12), new ExportColumn("Officer", 22),
                new ExportColumn("Login", 14), new ExportColumn("E-mail", 22)));
        if (!masked()) {
            columns.add(new ExportColumn("Employee no.", 10));
        }
        columns.addAll(List.of(new ExportColumn("Grade", 6), new ExportColumn("Org unit", 20),
                new ExportColumn("Status", 9), new ExportColumn("Compliance", 14), new ExportColumn("Signed at", 14),
                new ExportColumn("Reminders", 6), new ExportColumn("Escalated at", 14),
                new ExportColumn("Excluded because", 14)));
        return List.copyOf(columns);
    }

    @Override
    String from() {
        return "FROM declaration d JOIN declaration_campaign c ON c.id = d.campaign_id"
                + " JOIN officer o ON o.id = d.officer_id JOIN policy_version v ON v.id = c.policy_version_id"
                + " JOIN policy p ON p.id = v.policy_id";
    }

    @Override
    String key() {
        return "d.id";
    }

    @Override
    void where(StringBuilder where, List<Object> parameters) {
        ExportFilters filters = filters();
        if (filters.from() != null) {
            where.append(" AND c.due_on >= ?");
            parameters.add(filters.from());
        }
        if (filters.to() != null) {
            where.append(" AND c.due_on <= ?");
            parameters.add(filters.to());
        }
        equal(where, parameters, "o.org_unit", filters.orgUnit());
        equal(where, parameters, "d.campaign_id", filters.campaignId());
        equal(where, parameters, "d.status", filters.status());
        if (filters.outcome() != null) {
            switch (filters.outcome()) {
                case "EXCLUDED" -> where.append(" AND d.status = 'EXCLUDED'");
                case "SIGNED_ON_TIME" -> where.append(" AND d.status = 'SIGNED' AND d.signed_at < " + DUE_END);
                // without a signing time, not shown on time: late, as compliance() has it
                case "SIGNED_LATE" -> where.append(" AND d.status = 'SIGNED'"
                        + " AND (d.signed_at IS NULL OR d.signed_at >= " + DUE_END + ")");
                case "OVERDUE" -> {
                    where.append(" AND d.status = 'PENDING' AND c.due_on < ?");
                    parameters.add(today);
                }
                default -> {
                    where.append(" AND d.status = 'PENDING' AND c.due_on >= ?");
                    parameters.add(today);
                }
            }
        }
    }

    @Override
    List<Row> page(Connection connection, long after, int size) throws SQLException {
        return readPage(connection, COLUMNS, after, size, this::cells);
    }

    private List<String> cells(ResultSet r) throws SQLException {
        LocalDate dueOn = r.getObject(3, LocalDate.class);
        String status = r.getString(12);
        LocalDateTime signedAt = r.getObject(13, LocalDateTime.class);
        List<String> cells = new ArrayList<>(16);
        cells.add(r.getString(2));
        cells.add(dueOn.toString());
        cells.add(r.getString(4) + " v" + r.getInt(5));
        cells.add(name(r.getString(6)));
        cells.add(login(r.getString(7)));
        cells.add(email(r.getString(8)));
        if (!masked()) {
            cells.add(r.getString(9));
        }
        cells.add(r.getString(10));
        cells.add(r.getString(11));
        cells.add(status);
        cells.add(compliance(status, dueOn, signedAt, today));
        cells.add(time(signedAt));
        cells.add(Integer.toString(r.getInt(14)));
        cells.add(time(r.getObject(15, LocalDateTime.class)));
        cells.add(r.getString(16));
        return cells;
    }

    /** The compliance of one declaration, as {@link ExportFilters#COMPLIANCE} names it. */
    static String compliance(String status, LocalDate dueOn, LocalDateTime signedAtUtc, LocalDate today) {
        return switch (status) {
            case "EXCLUDED" -> "EXCLUDED";
            case "SIGNED" -> signedAtUtc != null && signedAtUtc.isBefore(utc(dueOn.plusDays(1))) ? "SIGNED_ON_TIME"
                    : "SIGNED_LATE";
            default -> dueOn.isBefore(today) ? "OVERDUE" : "NOT_YET_DUE";
        };
    }
}

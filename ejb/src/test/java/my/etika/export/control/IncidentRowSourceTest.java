package my.etika.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import my.etika.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IncidentRowSourceTest {

    private TestDatabase database;
    private DataSource dataSource;

    @BeforeEach
    void cases() throws SQLException {
        database = TestDatabase.create();
        dataSource = database.dataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO officer (directory_id, login, distinguished_name, full_name,"
                    + " official_email, status, first_seen_at, last_changed_at, version) VALUES ('d1', 'siti.aminah',"
                    + " 'uid=siti.aminah', 'Siti Aminah binti Abdullah', 'siti.aminah@jabatan.gov.my', 'ACTIVE',"
                    + " TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0)");
            // received 2026-03-01 00:30 in Malaysia = 2026-02-28 16:30 UTC: a day earlier in UTC
            incident(connection, "TT-1", "RECEIVED", "2026-02-28 16:30:00", null, null, null);
            incident(connection, "TT-2", "CLOSED", "2026-03-05 02:00:00", "2026-06-01", false, null);
            incident(connection, "TT-3", "CLOSED", "2026-03-06 02:00:00", "2026-06-02", true, null);
            incident(connection, "TT-4", "NO_CASE", "2026-04-01 02:00:00", null, null, null);
            incident(connection, "TT-5", "APPEAL_DECIDED", "2026-04-02 02:00:00", "2026-06-03", false, "LIGHTEN");
            statement.executeUpdate("INSERT INTO incident_punishment (incident_id, stage, kind) SELECT id, 'DECISION',"
                    + " 'FINE' FROM incident WHERE reference IN ('TT-2', 'TT-5')");
            statement.executeUpdate("INSERT INTO incident_punishment (incident_id, stage, kind) SELECT id, 'DECISION',"
                    + " 'WARNING' FROM incident WHERE reference = 'TT-2'");
            statement.executeUpdate("INSERT INTO incident_punishment (incident_id, stage, kind) SELECT id, 'APPEAL',"
                    + " 'WARNING' FROM incident WHERE reference = 'TT-5'");
            statement.executeUpdate("INSERT INTO incident_provision (incident_id, provision_id) SELECT i.id, p.id"
                    + " FROM incident i, regulation_provision p WHERE i.reference = 'TT-2'"
                    + " AND p.code IN ('PUA395-1993:4(2)(d)', 'PUA395-1993:4(1)')");
        }
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void everyIncidentComesInIdOrderAcrossPages() throws Exception {
        IncidentRowSource source = new IncidentRowSource(ExportFilters.none(), null, 2);

        List<List<String>> rows = rows(source);

        assertThat(rows).extracting(row -> row.get(0)).containsExactly("TT-1", "TT-2", "TT-3", "TT-4", "TT-5");
        assertThat(source.count(dataSource)).isEqualTo(5);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(source.columns().size()));
        List<String> second = rows.get(1);
        assertThat(second.subList(0, 3)).containsExactly("TT-2", "2026-03-05 10:00", "CLOSED");
        assertThat(second.get(6)).isEqualTo("PUA395-1993:4(1); PUA395-1993:4(2)(d)");
        assertThat(second.subList(7, 11)).containsExactly("Siti Aminah binti Abdullah", "siti.aminah",
                "siti.aminah@jabatan.gov.my", "E1001");
        assertThat(second.subList(18, 21)).containsExactly("PUNISHED", "FINE; WARNING", "Ringkasan TT-2");
        assertThat(rows).extracting(row -> row.get(18)).containsExactly("PENDING", "PUNISHED", "ACQUITTED",
                "NO_CASE", "PUNISHED");
        assertThat(rows.get(4).get(19)).as("the appeal board's lighter punishment stands").isEqualTo("WARNING");
    }

    @Test
    void filtersSelectByMalaysianDayStatusOutcomeAndProvision() throws Exception {
        assertThat(references(new ExportFilters(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-05"), null,
                null, null, null, null))).containsExactly("TT-1", "TT-2");
        assertThat(references(new ExportFilters(null, null, null, null, null, "closed", null)))
                .containsExactly("TT-2", "TT-3");
        assertThat(references(new ExportFilters(null, null, null, null, null, null, "PUNISHED")))
                .containsExactly("TT-2", "TT-5");
        assertThat(references(new ExportFilters(null, null, null, null, null, null, "ACQUITTED")))
                .containsExactly("TT-3");
        assertThat(references(new ExportFilters(null, null, null, null, null, null, "PENDING")))
                .containsExactly("TT-1");
        assertThat(references(new ExportFilters(null, null, "Bahagian Integriti", null, null, null, null)))
                .containsExactly("TT-1", "TT-2", "TT-3", "TT-4", "TT-5");
        assertThat(references(new ExportFilters(null, null, "Bahagian Lain", null, null, null, null))).isEmpty();
        long provision;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var result = statement.executeQuery("SELECT id FROM regulation_provision"
                        + " WHERE code = 'PUA395-1993:4(1)'")) {
            result.next();
            provision = result.getLong(1);
        }
        assertThat(references(new ExportFilters(null, null, null, provision, null, null, null)))
                .containsExactly("TT-2");
    }

    @Test
    void aMaskedExportHoldsNoNameLoginAddressEmployeeNumberOrSummary() throws Exception {
        Pseudonyms pseudonyms = new Pseudonyms(new byte[32]);
        IncidentRowSource source = new IncidentRowSource(ExportFilters.none(), pseudonyms, 2);

        List<List<String>> rows = rows(source);

        assertThat(source.columns()).extracting(ExportColumn::header).doesNotContain("Employee no.", "Summary");
        String everything = rows.toString().toLowerCase(java.util.Locale.ROOT);
        assertThat(everything).doesNotContain("siti", "aminah", "abdullah", "jabatan.gov.my", "e1001",
                "ringkasan");
        assertThat(rows.get(0).subList(7, 10)).containsExactly(pseudonyms.name("Siti Aminah binti Abdullah"),
                pseudonyms.login("siti.aminah"), pseudonyms.email("siti.aminah@jabatan.gov.my"));
        assertThat(rows).extracting(row -> row.get(7)).containsOnly(rows.get(0).get(7));
    }

    private List<String> references(ExportFilters filters) throws Exception {
        return rows(new IncidentRowSource(filters, null, 2)).stream().map(row -> row.get(0)).toList();
    }

    private List<List<String>> rows(IncidentRowSource source) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        long count = source.forEach(dataSource, rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    private static void incident(Connection connection, String reference, String status, String receivedUtc,
            String decidedOn, Boolean acquitted, String appealOutcome) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO incident (reference, status, source,"
                + " officer_id, officer_login, officer_name, officer_employee_number, officer_org_unit, summary,"
                + " received_at, received_by, status_since_on, status_changed_at, status_changed_by, last_changed_at,"
                + " decided_on, acquitted, appeal_outcome, version) SELECT ?, ?, 'COMPLAINT', id, login, full_name,"
                + " 'E1001', 'Bahagian Integriti', ?, CAST(? AS TIMESTAMP), 'demo.integriti', DATE '2026-03-01',"
                + " CAST(? AS TIMESTAMP), 'demo.integriti', CAST(? AS TIMESTAMP), CAST(? AS DATE), ?, ?, 0"
                + " FROM officer WHERE login = 'siti.aminah'")) {
            Object[] values = {reference, status, "Ringkasan " + reference, receivedUtc, receivedUtc, receivedUtc,
                    decidedOn, acquitted, appealOutcome};
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            assertThat(insert.executeUpdate()).as(Arrays.toString(values)).isEqualTo(1);
        }
    }
}

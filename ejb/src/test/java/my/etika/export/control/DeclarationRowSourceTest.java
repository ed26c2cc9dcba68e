package my.etika.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import my.etika.export.entity.ExportKind;
import my.etika.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeclarationRowSourceTest {

    /** After the first campaign's due date, before the second's. */
    private static final LocalDate TODAY = LocalDate.parse("2026-05-15");
    private static final String Q1 = "Akuan Media Sosial 2026 Suku 1";
    private static final String Q2 = "Akuan Media Sosial 2026 Suku 2";
    private static final String INTEGRITI = "Bahagian Integriti";
    private static final String TEKNOLOGI = "Bahagian Teknologi Maklumat";

    // cell positions, unmasked
    private static final int CAMPAIGN = 0;
    private static final int LOGIN = 4;
    private static final int STATUS = 9;
    private static final int COMPLIANCE = 10;
    private static final int SIGNED_AT = 11;

    private TestDatabase database;
    private DataSource dataSource;
    private long q1;
    private long q2;

    @BeforeEach
    void declarations() throws SQLException {
        database = TestDatabase.create();
        dataSource = database.dataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            officer(connection, "siti.aminah", "Siti Aminah binti Abdullah", "E1001", "N41", INTEGRITI);
            officer(connection, "ahmad.faizal", "Ahmad Faizal bin Rahman", "E1002", "F44", TEKNOLOGI);
            officer(connection, "nurul.huda", "Nurul Huda binti Ismail", "E1003", "N29", INTEGRITI);
            statement.executeUpdate("INSERT INTO policy (code, title_ms, title_en, created_at, version) VALUES"
                    + " ('MEDIA-SOSIAL', 'Dasar Media Sosial', 'Social Media Policy', TIMESTAMP '2026-01-01 00:00:00',"
                    + " 0)");
            statement.executeUpdate("INSERT INTO policy_version (policy_id, number, text_ms, text_en, sources,"
                    + " effective_on, material, status, created_at, created_by, published_at, published_by, version)"
                    + " SELECT id, 3, 'Teks', 'Text', 'PUA395-1993', DATE '2026-01-01', TRUE, 'PUBLISHED',"
                    + " TIMESTAMP '2026-01-02 00:00:00', 'demo.admin', TIMESTAMP '2026-01-02 00:00:00', 'demo.admin', 0"
                    + " FROM policy WHERE code = 'MEDIA-SOSIAL'");
            q1 = campaign(connection, Q1, "2026-03-01", "2026-03-31");
            q2 = campaign(connection, Q2, "2026-06-01", "2026-06-30");
        }
        try (Connection connection = dataSource.getConnection()) {
            // signed on the due day at 23:30 in Malaysia = 15:30 UTC that day: on time
            declaration(connection, q1, "siti.aminah", "SIGNED", "2026-03-31T15:30", 1, null, null);
            // signed the next day at 00:30 in Malaysia = 16:30 UTC on the due day: late, though UTC says the due day
            declaration(connection, q1, "ahmad.faizal", "SIGNED", "2026-03-31T16:30", 2, "2026-03-31T01:00", null);
            // not signed, the due date before today
            declaration(connection, q1, "nurul.huda", "PENDING", null, 3, "2026-04-02T01:00", null);
            // not signed, not yet due
            declaration(connection, q2, "siti.aminah", "PENDING", null, 0, null, null);
            // left the audience
            declaration(connection, q2, "ahmad.faizal", "EXCLUDED", null, 0, null, "NOT_ACTIVE");
            // signed well before the due date
            declaration(connection, q2, "nurul.huda", "SIGNED", "2026-05-02T03:00", 0, null, null);
        }
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void everyDeclarationComesInIdOrderAcrossPagesWithEveryCell() throws Exception {
        DeclarationRowSource source = new DeclarationRowSource(ExportFilters.none(), null, TODAY, 2);

        List<List<String>> rows = rows(source);

        assertThat(rows).extracting(DeclarationRowSourceTest::key).containsExactly(Q1 + "/siti.aminah",
                Q1 + "/ahmad.faizal", Q1 + "/nurul.huda", Q2 + "/siti.aminah", Q2 + "/ahmad.faizal",
                Q2 + "/nurul.huda");
        assertThat(source.count(dataSource)).isEqualTo(6);
        assertThat(source.columns()).hasSize(15);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(source.columns().size()));
        assertThat(rows.get(1)).containsExactly(Q1, "2026-03-31", "MEDIA-SOSIAL v3", "Ahmad Faizal bin Rahman",
                "ahmad.faizal", "ahmad.faizal@jabatan.gov.my", "E1002", "F44", TEKNOLOGI, "SIGNED", "SIGNED_LATE",
                "2026-04-01 00:30", "2", "2026-03-31 09:00", null);
        assertThat(rows.get(4)).containsExactly(Q2, "2026-06-30", "MEDIA-SOSIAL v3", "Ahmad Faizal bin Rahman",
                "ahmad.faizal", "ahmad.faizal@jabatan.gov.my", "E1002", "F44", TEKNOLOGI, "EXCLUDED", "EXCLUDED",
                null, "0", null, "NOT_ACTIVE");
        assertThat(rows).extracting(row -> row.get(COMPLIANCE)).containsExactly("SIGNED_ON_TIME", "SIGNED_LATE",
                "OVERDUE", "NOT_YET_DUE", "EXCLUDED", "SIGNED_ON_TIME");
        assertThat(rows).extracting(row -> row.get(SIGNED_AT)).containsExactly("2026-03-31 23:30",
                "2026-04-01 00:30", null, null, null, "2026-05-02 11:00");
        assertThat(rows(new DeclarationRowSource(ExportFilters.none(), null, TODAY, 4))).isEqualTo(rows);
        assertThat(rows(new DeclarationRowSource(ExportFilters.none(), null, TODAY))).isEqualTo(rows);
    }

    @Test
    void aMaskedExportHoldsPseudonymsAndNoEmployeeNumber() throws Exception {
        Pseudonyms pseudonyms = new Pseudonyms(new byte[32]);
        DeclarationRowSource source = new DeclarationRowSource(ExportFilters.none(), pseudonyms, TODAY, 2);

        List<List<String>> rows = rows(source);

        assertThat(source.masked()).isTrue();
        assertThat(source.columns()).hasSize(14).extracting(ExportColumn::header).doesNotContain("Employee no.");
        assertThat(rows).hasSize(6).allSatisfy(row -> assertThat(row).hasSize(source.columns().size()));
        assertThat(rows.get(1)).containsExactly(Q1, "2026-03-31", "MEDIA-SOSIAL v3",
                pseudonyms.name("Ahmad Faizal bin Rahman"), pseudonyms.login("ahmad.faizal"),
                pseudonyms.email("ahmad.faizal@jabatan.gov.my"), "F44", TEKNOLOGI, "SIGNED", "SIGNED_LATE",
                "2026-04-01 00:30", "2", "2026-03-31 09:00", null);
        String everything = rows.toString().toLowerCase(Locale.ROOT);
        assertThat(everything).doesNotContain("siti", "aminah", "ahmad", "faizal", "nurul", "huda", "jabatan.gov.my",
                "e1001", "e1002", "e1003");
        assertThat(rows.get(3).get(3)).as("the same officer, the same pseudonym").isEqualTo(rows.get(0).get(3))
                .isNotEqualTo(rows.get(1).get(3));
    }

    @Test
    void theDueDateFiltersCampaignsByTheirDueDayBothIncluded() throws Exception {
        assertThat(keys(period("2026-03-31", "2026-03-31"))).containsExactly(Q1 + "/siti.aminah",
                Q1 + "/ahmad.faizal", Q1 + "/nurul.huda");
        assertThat(campaigns(period("2026-04-01", null))).containsOnly(Q2).hasSize(3);
        assertThat(campaigns(period(null, "2026-03-31"))).containsOnly(Q1).hasSize(3);
        assertThat(campaigns(period(null, "2026-06-29"))).containsOnly(Q1).hasSize(3);
        assertThat(campaigns(period("2026-03-31", "2026-06-30"))).hasSize(6);
        assertThat(campaigns(period("2026-04-01", "2026-06-29"))).isEmpty();
        assertThat(campaigns(period("2026-07-01", null))).isEmpty();
    }

    @Test
    void orgUnitCampaignAndStatusSelectTheirRows() throws Exception {
        assertThat(keys(filters(INTEGRITI, null, null, null))).containsExactly(Q1 + "/siti.aminah",
                Q1 + "/nurul.huda", Q2 + "/siti.aminah", Q2 + "/nurul.huda");
        assertThat(keys(filters(TEKNOLOGI, null, null, null))).containsExactly(Q1 + "/ahmad.faizal",
                Q2 + "/ahmad.faizal");
        assertThat(keys(filters("Bahagian Lain", null, null, null))).isEmpty();
        assertThat(campaigns(filters(null, q2, null, null))).containsOnly(Q2).hasSize(3);
        assertThat(keys(filters(null, null, "signed", null))).containsExactly(Q1 + "/siti.aminah",
                Q1 + "/ahmad.faizal", Q2 + "/nurul.huda");
        assertThat(keys(filters(null, null, "PENDING", null))).containsExactly(Q1 + "/nurul.huda",
                Q2 + "/siti.aminah");
        assertThat(keys(filters(null, null, "EXCLUDED", null))).containsExactly(Q2 + "/ahmad.faizal");
        assertThat(keys(filters(INTEGRITI, q1, "SIGNED", null))).containsExactly(Q1 + "/siti.aminah");
        assertThat(keys(filters(TEKNOLOGI, q1, null, "SIGNED_LATE"))).containsExactly(Q1 + "/ahmad.faizal");
    }

    @Test
    void eachComplianceSelectsExactlyTheRowsWhoseCellSaysSo() throws Exception {
        assertThat(keys(filters(null, null, null, "SIGNED_ON_TIME"))).containsExactly(Q1 + "/siti.aminah",
                Q2 + "/nurul.huda");
        assertThat(keys(filters(null, null, null, "signed_late"))).as("the 00:30 Malaysian signature is late")
                .containsExactly(Q1 + "/ahmad.faizal");
        assertThat(keys(filters(null, null, null, "OVERDUE"))).containsExactly(Q1 + "/nurul.huda");
        assertThat(keys(filters(null, null, null, "NOT_YET_DUE"))).containsExactly(Q2 + "/siti.aminah");
        assertThat(keys(filters(null, null, null, "EXCLUDED"))).containsExactly(Q2 + "/ahmad.faizal");
        assertPartition(TODAY);
    }

    @Test
    void aPendingDeclarationIsNotYetDueOnItsDueDayAndOverdueTheDayAfter() throws Exception {
        ExportFilters overdue = filters(null, q2, null, "OVERDUE");
        ExportFilters notYetDue = filters(null, q2, null, "NOT_YET_DUE");
        LocalDate dueDay = LocalDate.parse("2026-06-30");

        assertThat(keys(notYetDue, dueDay)).containsExactly(Q2 + "/siti.aminah");
        assertThat(keys(overdue, dueDay)).isEmpty();
        assertThat(keys(notYetDue, dueDay.plusDays(1))).isEmpty();
        assertThat(keys(overdue, dueDay.plusDays(1))).containsExactly(Q2 + "/siti.aminah");
        assertPartition(dueDay);
        assertPartition(dueDay.plusDays(1));
        assertPartition(LocalDate.parse("2026-03-31"));
    }

    @Test
    void aSignatureOneSecondBeforeMalaysianMidnightIsOnTimeAndAtMidnightLate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            officer(connection, "lim.wei", "Lim Wei Ling", "E1004", "N32", TEKNOLOGI);
            officer(connection, "raj.kumar", "Raj Kumar a/l Subramaniam", "E1005", "N32", TEKNOLOGI);
            declaration(connection, q2, "lim.wei", "SIGNED", "2026-06-30T15:59:59", 0, null, null);
            declaration(connection, q2, "raj.kumar", "SIGNED", "2026-06-30T16:00", 0, null, null);
        }

        assertThat(keys(filters(null, q2, null, "SIGNED_ON_TIME"))).containsExactly(Q2 + "/nurul.huda",
                Q2 + "/lim.wei");
        assertThat(keys(filters(null, q2, null, "SIGNED_LATE"))).containsExactly(Q2 + "/raj.kumar");
        assertPartition(TODAY);
    }

    @Test
    void aSignedDeclarationWithoutASignatureTimeIsLateInTheFilterAsInTheCell() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            officer(connection, "lim.wei", "Lim Wei Ling", "E1004", "N32", TEKNOLOGI);
            declaration(connection, q1, "lim.wei", "SIGNED", null, 0, null, null);
        }

        assertThat(keys(filters(null, null, null, "SIGNED_LATE"))).containsExactly(Q1 + "/ahmad.faizal",
                Q1 + "/lim.wei");
        assertPartition(TODAY);
    }

    /**
     * The five compliance filters, in SQL, split every row between them, and each row they select says in its
     * Compliance cell, computed in Java, the filter that selected it.
     */
    private void assertPartition(LocalDate today) throws Exception {
        List<String> all = keys(ExportFilters.none(), today);
        List<String> selected = new ArrayList<>();
        for (String compliance : ExportFilters.COMPLIANCE) {
            DeclarationRowSource source = new DeclarationRowSource(filters(null, null, null, compliance), null, today,
                    2);
            List<List<String>> rows = rows(source);
            assertThat(rows).as(compliance + " on " + today)
                    .allSatisfy(row -> assertThat(row.get(COMPLIANCE)).isEqualTo(compliance));
            assertThat(source.count(dataSource)).as(compliance + " on " + today).isEqualTo(rows.size());
            rows.forEach(row -> selected.add(key(row)));
        }
        assertThat(selected).as("on " + today).hasSameSizeAs(all).containsExactlyInAnyOrderElementsOf(all);
        Set<String> distinct = new HashSet<>(selected);
        assertThat(distinct).hasSameSizeAs(selected);
    }

    private static ExportFilters period(String from, String to) {
        return new ExportFilters(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                null, null, null, null, null, null, null).check(ExportKind.DECLARATIONS);
    }

    private static ExportFilters filters(String orgUnit, Long campaignId, String status, String compliance) {
        return new ExportFilters(null, null, orgUnit, null, null, status, compliance, campaignId, null)
                .check(ExportKind.DECLARATIONS);
    }

    private List<String> campaigns(ExportFilters filters) throws Exception {
        return rows(new DeclarationRowSource(filters, null, TODAY, 2)).stream().map(row -> row.get(CAMPAIGN))
                .toList();
    }

    private List<String> keys(ExportFilters filters) throws Exception {
        return keys(filters, TODAY);
    }

    private List<String> keys(ExportFilters filters, LocalDate today) throws Exception {
        DeclarationRowSource source = new DeclarationRowSource(filters, null, today, 2);
        List<String> keys = rows(source).stream().map(DeclarationRowSourceTest::key).toList();
        assertThat(source.count(dataSource)).as("count under " + filters).isEqualTo(keys.size());
        return keys;
    }

    private static String key(List<String> row) {
        return row.get(CAMPAIGN) + "/" + row.get(LOGIN);
    }

    private List<List<String>> rows(DeclarationRowSource source) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        long count = source.forEach(dataSource, rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    private static void officer(Connection connection, String login, String name, String employeeNumber,
            String grade, String orgUnit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO officer (directory_id, login,"
                + " distinguished_name, full_name, official_email, employee_number, grade, org_unit, status,"
                + " first_seen_at, last_changed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE',"
                + " TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0)")) {
            bind(insert, "dir-" + login, login, "uid=" + login + ",ou=people", name, login + "@jabatan.gov.my",
                    employeeNumber, grade, orgUnit);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static long campaign(Connection connection, String name, String opensOn, String dueOn)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO declaration_campaign (name,"
                + " policy_version_id, opens_on, due_on, reminder_days, escalation_days, status, created_at,"
                + " created_by, launched_at, launched_by, version) SELECT ?, v.id, ?, ?, '7,3,1', 3, 'OPEN',"
                + " TIMESTAMP '2026-01-03 00:00:00', 'demo.admin', TIMESTAMP '2026-01-03 00:00:00', 'demo.admin', 0"
                + " FROM policy_version v JOIN policy p ON p.id = v.policy_id WHERE p.code = 'MEDIA-SOSIAL'")) {
            bind(insert, name, LocalDate.parse(opensOn), LocalDate.parse(dueOn));
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM declaration_campaign"
                + " WHERE name = ?")) {
            bind(select, name);
            try (ResultSet result = select.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getLong(1);
            }
        }
    }

    private static void declaration(Connection connection, long campaign, String login, String status,
            String signedAtUtc, int reminders, String escalatedAtUtc, String excludedBecause) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO declaration (campaign_id, officer_id,"
                + " status, added_at, added_because, excluded_at, excluded_because, reminders_sent, escalated_at,"
                + " signed_at, version) SELECT ?, id, ?, TIMESTAMP '2026-01-03 00:00:00', 'LAUNCH', ?, ?, ?, ?, ?, 0"
                + " FROM officer WHERE login = ?")) {
            Object[] values = {campaign, status, excludedBecause == null ? null : LocalDateTime.parse(
                    "2026-06-02T02:00"), excludedBecause, reminders, utc(escalatedAtUtc), utc(signedAtUtc), login};
            bind(insert, values);
            assertThat(insert.executeUpdate()).as(Arrays.toString(values)).isEqualTo(1);
        }
    }

    private static LocalDateTime utc(String value) {
        return value == null ? null : LocalDateTime.parse(value);
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }
}

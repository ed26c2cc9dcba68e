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
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import my.etika.export.entity.ExportKind;
import my.etika.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FindingRowSourceTest {

    private static final String INTEGRITI = "Bahagian Integriti";
    private static final String TEKNOLOGI = "Bahagian Teknologi Maklumat";
    private static final String KORPORAT = "Unit Komunikasi Korporat";
    private static final String EVIDENCE_1 = "Akaun peribadi instagram @siti_aminah didaftarkan dengan"
            + " siti.aminah@jabatan.gov.my";
    private static final String EVIDENCE_2 = "ahmad.faizal@jabatan.gov.my dalam data bocor KedaiOnline 2025";
    private static final String EVIDENCE_3 = "Pengesahan dua langkah dimatikan sejak 2026-03-20";
    private static final String EVIDENCE_4 = "Akaun peribadi tiktok @siti.a didaftarkan dengan"
            + " siti.aminah@jabatan.gov.my";
    private static final String REASON_2 = "Diakui oleh Ahmad Faizal; kata laluan ditukar";
    private static final String REASON_3 = "Ditolak oleh Nurul Huda: akaun telah ditutup";
    private static final String REASON_4 = "Dirujuk kepada Lembaga Tatatertib kerana berulang";

    private TestDatabase database;
    private DataSource dataSource;
    /** The findings' ids, in the order raised. */
    private final List<String> ids = new ArrayList<>();

    @BeforeEach
    void findings() throws SQLException {
        database = TestDatabase.create();
        dataSource = database.dataSource();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Siti has moved since her findings were raised: the finding keeps the org unit of its raising
            officer(connection, "siti.aminah", "Siti Aminah binti Abdullah", "E1001", "Bahagian Khidmat Pengurusan");
            officer(connection, "ahmad.faizal", "Ahmad Faizal bin Rahman", "E1002", TEKNOLOGI);
            statement.executeUpdate("INSERT INTO official_account (platform, handle, url, profile_email, org_unit,"
                    + " shared_login, two_step_verification, active, created_at, created_by, version) VALUES"
                    + " ('FACEBOOK', 'JabatanIntegritiRasmi', 'https://facebook.com/JabatanIntegritiRasmi',"
                    + " 'media@jabatan.gov.my', '" + KORPORAT + "', FALSE, FALSE, TRUE,"
                    + " TIMESTAMP '2026-01-01 00:00:00', 'demo.admin', 0)");
            // raised 2026-03-01 00:30 in Malaysia = 2026-02-28 16:30 UTC: a day earlier in UTC
            finding(connection, "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", "siti.aminah", null, "instagram:siti_aminah",
                    EVIDENCE_1, "HIGH", "OPEN", INTEGRITI, "2026-02-28T16:30", "2026-02-28T16:30", "etika", null,
                    null);
            finding(connection, "OFFICIAL_ADDRESS_IN_BREACH", "ahmad.faizal", null, "ahmad.faizal@jabatan.gov.my",
                    EVIDENCE_2, "MEDIUM", "ACKNOWLEDGED", TEKNOLOGI, "2026-03-05T02:00", "2026-03-06T01:00",
                    "ahmad.faizal", REASON_2, null);
            // raised 2026-04-01 00:00 in Malaysia = 2026-03-31 16:00 UTC: still March in UTC
            finding(connection, "TWO_STEP_VERIFICATION_OFF", null, "JabatanIntegritiRasmi", "FACEBOOK:1", EVIDENCE_3,
                    "MEDIUM", "DISMISSED", KORPORAT, "2026-03-31T16:00", "2026-04-03T02:00", "nurul.huda", REASON_3,
                    "2026-04-02T02:00");
            finding(connection, "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", "siti.aminah", null, "tiktok:siti.a",
                    EVIDENCE_4, "HIGH", "ESCALATED", INTEGRITI, "2026-04-10T02:00", "2026-04-20T03:15",
                    "demo.integriti", REASON_4, null);
            statement.executeUpdate("INSERT INTO incident (reference, status, source, officer_id, officer_login,"
                    + " officer_name, officer_employee_number, officer_org_unit, summary, finding_id, received_at,"
                    + " received_by, status_since_on, status_changed_at, status_changed_by, last_changed_at, version)"
                    + " SELECT 'TT-9', 'RECEIVED', 'HYGIENE', o.id, o.login, o.full_name, o.employee_number,"
                    + " f.org_unit, 'Ringkasan TT-9', f.id, TIMESTAMP '2026-04-20 03:15:00', 'demo.integriti',"
                    + " DATE '2026-04-20', TIMESTAMP '2026-04-20 03:15:00', 'demo.integriti',"
                    + " TIMESTAMP '2026-04-20 03:15:00', 0 FROM finding f JOIN officer o ON o.id = f.officer_id"
                    + " WHERE f.subject_key = 'tiktok:siti.a'");
            assertThat(statement.executeUpdate("UPDATE finding SET incident_id = (SELECT id FROM incident"
                    + " WHERE reference = 'TT-9') WHERE subject_key = 'tiktok:siti.a'")).isEqualTo(1);
            try (ResultSet result = statement.executeQuery("SELECT id FROM finding ORDER BY id")) {
                while (result.next()) {
                    ids.add(Long.toString(result.getLong(1)));
                }
            }
        }
        assertThat(ids).hasSize(4);
    }

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void everyFindingComesInIdOrderAcrossPagesWithEveryCell() throws Exception {
        FindingRowSource source = new FindingRowSource(ExportFilters.none(), null, 2);

        List<List<String>> rows = rows(source);

        assertThat(rows).extracting(row -> row.get(0)).containsExactlyElementsOf(ids);
        assertThat(source.count(dataSource)).isEqualTo(4);
        assertThat(source.columns()).hasSize(17);
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(source.columns().size()));
        assertThat(rows.get(3)).containsExactly(ids.get(3), "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", "HIGH",
                "ESCALATED", "2026-04-10 10:00", INTEGRITI, "Siti Aminah binti Abdullah", "siti.aminah",
                "siti.aminah@jabatan.gov.my", "E1001", null, EVIDENCE_4, "2026-04-20 11:15", "demo.integriti",
                REASON_4, null, "TT-9");
        assertThat(rows.get(2)).containsExactly(ids.get(2), "TWO_STEP_VERIFICATION_OFF", "MEDIUM", "DISMISSED",
                "2026-04-01 00:00", KORPORAT, null, null, null, null, "FACEBOOK: JabatanIntegritiRasmi", EVIDENCE_3,
                "2026-04-03 10:00", "nurul.huda", REASON_3, "2026-04-02 10:00", null);
        assertThat(rows).extracting(row -> row.get(4)).containsExactly("2026-03-01 00:30", "2026-03-05 10:00",
                "2026-04-01 00:00", "2026-04-10 10:00");
        assertThat(rows).extracting(row -> row.get(16)).containsExactly(null, null, null, "TT-9");
        assertThat(rows(new FindingRowSource(ExportFilters.none(), null, 3))).isEqualTo(rows);
        assertThat(rows(new FindingRowSource(ExportFilters.none(), null))).isEqualTo(rows);
    }

    @Test
    void thePeriodTakesTheMalaysianDayAFindingWasRaisedOn() throws Exception {
        assertThat(numbers(period("2026-03-01", "2026-03-31"))).as("00:30 on 1 March in, 00:00 on 1 April out")
                .containsExactly(ids.get(0), ids.get(1));
        assertThat(numbers(period(null, "2026-02-28"))).as("28 February in UTC only").isEmpty();
        assertThat(numbers(period("2026-04-01", null))).containsExactly(ids.get(2), ids.get(3));
        assertThat(numbers(period("2026-04-01", "2026-04-01"))).containsExactly(ids.get(2));
        assertThat(numbers(period("2026-03-02", "2026-04-09"))).containsExactly(ids.get(1), ids.get(2));
        assertThat(numbers(period("2026-04-11", null))).isEmpty();
    }

    @Test
    void ruleStatusAndOrgUnitSelectTheirFindings() throws Exception {
        assertThat(numbers(filters(null, "official_email_on_personal_account", null))).containsExactly(ids.get(0),
                ids.get(3));
        assertThat(numbers(filters(null, "TWO_STEP_VERIFICATION_OFF", null))).containsExactly(ids.get(2));
        assertThat(numbers(filters(null, "SHARED_LOGIN", null))).isEmpty();
        assertThat(numbers(filters(null, null, "escalated"))).containsExactly(ids.get(3));
        assertThat(numbers(filters(null, null, "OPEN"))).containsExactly(ids.get(0));
        assertThat(numbers(filters(null, null, "VERIFIED"))).isEmpty();
        assertThat(numbers(filters(INTEGRITI, null, null))).as("the finding's org unit, not the officer's today")
                .containsExactly(ids.get(0), ids.get(3));
        assertThat(numbers(filters("Bahagian Khidmat Pengurusan", null, null))).isEmpty();
        assertThat(numbers(filters(KORPORAT, null, null))).containsExactly(ids.get(2));
        assertThat(numbers(filters(INTEGRITI, "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", "OPEN")))
                .containsExactly(ids.get(0));
        for (ExportFilters filters : List.of(filters(INTEGRITI, null, null), filters(null, null, "DISMISSED"),
                filters(null, "OFFICIAL_ADDRESS_IN_BREACH", null))) {
            List<List<String>> rows = rows(new FindingRowSource(filters, null, 2));
            assertThat(rows).as(filters.toString()).isNotEmpty().allSatisfy(row -> {
                if (filters.orgUnit() != null) {
                    assertThat(row.get(5)).isEqualTo(filters.orgUnit());
                }
                if (filters.status() != null) {
                    assertThat(row.get(3)).isEqualTo(filters.status());
                }
                if (filters.ruleCode() != null) {
                    assertThat(row.get(1)).isEqualTo(filters.ruleCode());
                }
            });
        }
    }

    @Test
    void aMaskedExportHoldsNoNameLoginAddressEmployeeNumberEvidenceOrReason() throws Exception {
        Pseudonyms pseudonyms = new Pseudonyms(new byte[32]);
        FindingRowSource source = new FindingRowSource(ExportFilters.none(), pseudonyms, 2);

        List<List<String>> rows = rows(source);

        assertThat(source.masked()).isTrue();
        assertThat(source.columns()).hasSize(14).extracting(ExportColumn::header).doesNotContain("Employee no.",
                "Evidence", "Reason");
        assertThat(rows).hasSize(4).allSatisfy(row -> assertThat(row).hasSize(source.columns().size()));
        String everything = rows.toString().toLowerCase(Locale.ROOT);
        assertThat(everything).doesNotContain("siti", "aminah", "abdullah", "ahmad", "faizal", "nurul", "huda",
                "demo.integriti", "jabatan.gov.my", "e1001", "e1002", "instagram", "tiktok", "kedaionline",
                "pengesahan", "diakui", "ditolak", "dirujuk");
        assertThat(rows.get(3)).containsExactly(ids.get(3), "OFFICIAL_EMAIL_ON_PERSONAL_ACCOUNT", "HIGH",
                "ESCALATED", "2026-04-10 10:00", INTEGRITI, pseudonyms.name("Siti Aminah binti Abdullah"),
                pseudonyms.login("siti.aminah"), pseudonyms.email("siti.aminah@jabatan.gov.my"), null,
                "2026-04-20 11:15", pseudonyms.login("demo.integriti"), null, "TT-9");
        assertThat(rows.get(2)).containsExactly(ids.get(2), "TWO_STEP_VERIFICATION_OFF", "MEDIUM", "DISMISSED",
                "2026-04-01 00:00", KORPORAT, null, null, null, "FACEBOOK: JabatanIntegritiRasmi", "2026-04-03 10:00",
                pseudonyms.login("nurul.huda"), "2026-04-02 10:00", null);
        assertThat(rows.get(0).subList(6, 9)).as("the same officer, the same pseudonyms")
                .isEqualTo(rows.get(3).subList(6, 9)).doesNotContainAnyElementsOf(rows.get(1).subList(6, 9));
        assertThat(rows(new FindingRowSource(ExportFilters.none(), new Pseudonyms(new byte[32]), 3)))
                .as("stable from one export to the next").isEqualTo(rows);
    }

    private static ExportFilters period(String from, String to) {
        return new ExportFilters(from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to),
                null, null, null, null, null, null, null).check(ExportKind.FINDINGS);
    }

    private static ExportFilters filters(String orgUnit, String ruleCode, String status) {
        return new ExportFilters(null, null, orgUnit, null, null, status, null, null, ruleCode)
                .check(ExportKind.FINDINGS);
    }

    private List<String> numbers(ExportFilters filters) throws Exception {
        FindingRowSource source = new FindingRowSource(filters, null, 2);
        List<String> numbers = rows(source).stream().map(row -> row.get(0)).toList();
        assertThat(source.count(dataSource)).as("count under " + filters).isEqualTo(numbers.size());
        return numbers;
    }

    private List<List<String>> rows(FindingRowSource source) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        long count = source.forEach(dataSource, rows::add);
        assertThat(count).isEqualTo(rows.size());
        return rows;
    }

    private static void officer(Connection connection, String login, String name, String employeeNumber,
            String orgUnit) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO officer (directory_id, login,"
                + " distinguished_name, full_name, official_email, employee_number, grade, org_unit, status,"
                + " first_seen_at, last_changed_at, version) VALUES (?, ?, ?, ?, ?, ?, 'N41', ?, 'ACTIVE',"
                + " TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', 0)")) {
            bind(insert, "dir-" + login, login, "uid=" + login + ",ou=people", name, login + "@jabatan.gov.my",
                    employeeNumber, orgUnit);
            assertThat(insert.executeUpdate()).isEqualTo(1);
        }
    }

    private static void finding(Connection connection, String rule, String officerLogin, String accountHandle,
            String subjectKey, String evidence, String severity, String status, String orgUnit, String raisedAtUtc,
            String changedAtUtc, String changedBy, String reason, String clearedAtUtc) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO finding (rule_code, officer_id,"
                + " official_account_id, subject_key, evidence, severity, status, org_unit, raised_at,"
                + " status_changed_at, status_changed_by, status_reason, condition_cleared_at, version) VALUES (?,"
                + " (SELECT id FROM officer WHERE login = ?), (SELECT id FROM official_account WHERE handle = ?),"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            Object[] values = {rule, officerLogin, accountHandle, subjectKey, evidence, severity, status, orgUnit,
                    utc(raisedAtUtc), utc(changedAtUtc), changedBy, reason, utc(clearedAtUtc)};
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

package my.etika.officer.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import my.etika.officer.boundary.DirectoryPageResult;
import my.etika.officer.boundary.DirectoryPageResult.RejectedProfile;
import my.etika.officer.entity.OfficerProfile;

/**
 * Writes pages of directory profiles to the officer table with batched JDBC: one query finds the page's officers
 * by stable id, unchanged ones (same fingerprint, still active) cause no write at all, the rest are inserted or
 * updated in batches with a history row per change. Portable SQL (PostgreSQL, H2). The caller owns the
 * transaction: a JTA transaction in the server, a plain JDBC one in tests.
 */
public class OfficerBatchWriter {

    private static final int IN_LIST = 500;
    static final int ROWS_PER_INSERT = 100;
    private static final String PROFILE_COLUMNS = "login, distinguished_name, full_name, official_email, "
            + "employee_number, grade, grade_system, service_scheme, service_group, position_title, position_code, "
            + "agency_code, org_unit, duty_station_state, status, supervisor_dn";
    private static final String[] FIELD_NAMES = PROFILE_COLUMNS.split(", ");

    /** An officer row as far as a page needs to know it. */
    private record Known(long id, String fingerprint, boolean deactivated) {
    }

    /**
     * Applies a page of profiles. {@code alsoSeen}: stable ids of entries present in the directory but not
     * applicable (bad values); their officers are reported as seen, and nothing else happens to them.
     */
    public DirectoryPageResult apply(Connection connection, List<OfficerProfile> profiles, List<String> alsoSeen,
            Long runId, Instant now) throws SQLException {
        List<String> lookUp = new ArrayList<>(profiles.size() + alsoSeen.size());
        profiles.forEach(p -> lookUp.add(p.directoryId()));
        lookUp.addAll(alsoSeen);
        Map<String, Known> known = findByDirectoryId(connection, lookUp);

        List<OfficerProfile> toInsert = new ArrayList<>();
        Map<Long, OfficerProfile> toUpdate = new LinkedHashMap<>();
        long[] seen = new long[profiles.size() + alsoSeen.size()];
        int seenCount = 0;
        for (String directoryId : alsoSeen) {
            Known officer = known.get(directoryId);
            if (officer != null) {
                seen[seenCount++] = officer.id();
            }
        }
        int unchanged = 0;
        int reactivated = 0;
        for (OfficerProfile profile : profiles) {
            Known officer = known.get(profile.directoryId());
            if (officer != null) {
                seen[seenCount++] = officer.id();
            }
            if (officer == null) {
                toInsert.add(profile);
            } else if (officer.fingerprint() != null && officer.fingerprint().equals(profile.fingerprint())
                    && !officer.deactivated()) {
                unchanged++;
            } else {
                toUpdate.put(officer.id(), profile);
                reactivated += officer.deactivated() ? 1 : 0;
            }
        }
        insert(connection, toInsert, now);
        int moved = update(connection, toUpdate, known, runId, now);
        return new DirectoryPageResult(toInsert.size(), toUpdate.size() - moved, moved, unchanged, reactivated,
                Arrays.copyOf(seen, seenCount), List.of());
    }

    /**
     * Active officers who share an employee number with another active officer: each is reported, none is
     * refused, since an entry re-created with a new stable id holds its predecessor's number until the reconcile
     * deactivates the predecessor. Only clashes involving an officer written since {@code since} are reported, so
     * each run reports the clashes it brought and a run that changed nothing reads no more than it wrote.
     */
    public List<RejectedProfile> duplicateEmployeeNumbers(Connection connection, Instant since)
            throws SQLException {
        List<RejectedProfile> duplicates = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT o.distinguished_name, o.directory_id,"
                + " o.employee_number FROM officer o WHERE o.deactivated_at IS NULL AND o.employee_number IN"
                + " (SELECT d.employee_number FROM officer d WHERE d.deactivated_at IS NULL AND d.employee_number IN"
                + " (SELECT w.employee_number FROM officer w WHERE w.last_changed_at >= ?)"
                + " GROUP BY d.employee_number HAVING COUNT(*) > 1) ORDER BY o.employee_number, o.id")) {
            withoutJit(connection);
            query.setObject(1, utc(since));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    duplicates.add(new RejectedProfile(rows.getString(1), rows.getString(2),
                            "sync.error.duplicateEmployeeNumber", rows.getString(3)));
                }
            }
        }
        return duplicates;
    }

    private static Map<String, Known> findByDirectoryId(Connection connection, List<String> directoryIds)
            throws SQLException {
        Map<String, Known> known = new HashMap<>();
        for (List<String> chunk : chunks(directoryIds)) {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, directory_id, profile_hash, "
                    + "deactivated_at FROM officer WHERE directory_id IN (" + placeholders(chunk) + ")")) {
                bindStrings(query, chunk);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        known.put(rows.getString(2),
                                new Known(rows.getLong(1), rows.getString(3), rows.getObject(4) != null));
                    }
                }
            }
        }
        return known;
    }

    /**
     * Inserts in multi-row statements ({@value #ROWS_PER_INSERT} rows each, one more for the rest), which the
     * database executes as one statement each instead of once per row.
     */
    private static void insert(Connection connection, List<OfficerProfile> profiles, Instant now)
            throws SQLException {
        int full = profiles.size() / ROWS_PER_INSERT * ROWS_PER_INSERT;
        if (full > 0) {
            try (PreparedStatement insert = connection.prepareStatement(insertSql(ROWS_PER_INSERT))) {
                for (int from = 0; from < full; from += ROWS_PER_INSERT) {
                    bindRows(insert, profiles.subList(from, from + ROWS_PER_INSERT), now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        if (full < profiles.size()) {
            try (PreparedStatement insert = connection.prepareStatement(insertSql(profiles.size() - full))) {
                bindRows(insert, profiles.subList(full, profiles.size()), now);
                insert.executeUpdate();
            }
        }
    }

    private static String insertSql(int rows) {
        String row = "(?, " + "?, ".repeat(FIELD_NAMES.length) + "?, ?, ?, ?, ?, ?, 0)";
        return "INSERT INTO officer (directory_id, " + PROFILE_COLUMNS + ", profile_hash, dn_normalized, "
                + "name_search, supervisor_dn_normalized, first_seen_at, last_changed_at, version) VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    private static void bindRows(PreparedStatement insert, List<OfficerProfile> rows, Instant now)
            throws SQLException {
        int next = 1;
        for (OfficerProfile profile : rows) {
            insert.setString(next, profile.directoryId());
            next = bindProfile(insert, next + 1, profile);
            insert.setObject(next++, utc(now));
            insert.setObject(next++, utc(now));
        }
    }

    /** @return how many of the updates moved or renamed the entry (a new DN) */
    private static int update(Connection connection, Map<Long, OfficerProfile> updates, Map<String, Known> known,
            Long runId, Instant now) throws SQLException {
        if (updates.isEmpty()) {
            return 0;
        }
        Map<Long, String[]> before = currentValues(connection, updates.keySet());
        int moved = 0;
        try (PreparedStatement update = connection.prepareStatement("UPDATE officer SET "
                + String.join(" = ?, ", FIELD_NAMES) + " = ?, profile_hash = ?, dn_normalized = ?, name_search = ?, "
                + "supervisor_dn_normalized = ?, last_changed_at = ?, deactivated_at = NULL, "
                + "deactivated_by_run = NULL, version = version + 1 WHERE id = ?");
                PreparedStatement history = historyStatement(connection)) {
            for (Map.Entry<Long, OfficerProfile> change : updates.entrySet()) {
                OfficerProfile profile = change.getValue();
                int next = bindProfile(update, 1, profile);
                update.setObject(next, utc(now));
                update.setLong(next + 1, change.getKey());
                update.addBatch();

                String[] old = before.get(change.getKey());
                boolean newDn = !Objects.equals(old[1], profile.distinguishedName());
                moved += newDn ? 1 : 0;
                boolean wasDeactivated = known.get(profile.directoryId()).deactivated();
                addHistory(history, change.getKey(), runId, now,
                        wasDeactivated ? "REACTIVATED" : newDn ? "MOVED" : "UPDATED", describe(old, profile));
            }
            update.executeBatch();
            history.executeBatch();
        }
        return moved;
    }

    private static Map<Long, String[]> currentValues(Connection connection, Iterable<Long> ids) throws SQLException {
        Map<Long, String[]> values = new HashMap<>();
        List<Long> all = new ArrayList<>();
        ids.forEach(all::add);
        for (List<Long> chunk : chunks(all)) {
            try (PreparedStatement query = connection.prepareStatement("SELECT id, " + PROFILE_COLUMNS
                    + " FROM officer WHERE id IN (" + placeholders(chunk) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        String[] row = new String[FIELD_NAMES.length];
                        for (int i = 0; i < row.length; i++) {
                            row[i] = rows.getString(i + 2);
                        }
                        values.put(rows.getLong(1), row);
                    }
                }
            }
        }
        return values;
    }

    /** "grade: N5 → N6; org_unit: A → B" for the history. */
    static String describe(String[] old, OfficerProfile profile) {
        String[] now = values(profile);
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < FIELD_NAMES.length; i++) {
            if (!Objects.equals(old[i], now[i])) {
                changes.add(FIELD_NAMES[i] + ": " + (old[i] == null ? "-" : old[i]) + " → "
                        + (now[i] == null ? "-" : now[i]));
            }
        }
        String text = String.join("; ", changes);
        return text.length() > 4000 ? text.substring(0, 3999) + "…" : text;
    }

    private static String[] values(OfficerProfile p) {
        return new String[] {p.login(), p.distinguishedName(), p.fullName(), p.officialEmail(), p.employeeNumber(),
            p.grade(), p.gradeSystem(), p.serviceScheme(), p.serviceGroup(), p.positionTitle(), p.positionCode(),
            p.agencyCode(), p.orgUnit(), p.dutyStationState(), p.status().name(), p.supervisorDn()};
    }

    /** Binds the profile columns, fingerprint and derived columns from {@code index}; returns the next index. */
    private static int bindProfile(PreparedStatement statement, int index, OfficerProfile profile)
            throws SQLException {
        int next = index;
        for (String value : values(profile)) {
            statement.setString(next++, value);
        }
        statement.setString(next++, profile.fingerprint());
        statement.setString(next++, profile.normalizedDn());
        statement.setString(next++, profile.nameSearch());
        statement.setString(next++, OfficerProfile.normalizeDn(profile.supervisorDn()));
        return next;
    }

    /** Marks officers whose entries left the directory; they stay, with their history. */
    public int deactivate(Connection connection, long[] officerIds, long runId, Instant now) throws SQLException {
        int done = 0;
        try (PreparedStatement deactivate = connection.prepareStatement("UPDATE officer SET deactivated_at = ?, "
                + "deactivated_by_run = ?, last_changed_at = ?, version = version + 1 WHERE id = ? "
                + "AND deactivated_at IS NULL");
                PreparedStatement history = historyStatement(connection)) {
            for (long id : officerIds) {
                deactivate.setObject(1, utc(now));
                deactivate.setLong(2, runId);
                deactivate.setObject(3, utc(now));
                deactivate.setLong(4, id);
                deactivate.addBatch();
                addHistory(history, id, runId, now, "DEACTIVATED", null);
            }
            for (int count : deactivate.executeBatch()) {
                done += Math.max(count, 0);
            }
            history.executeBatch();
        }
        return done;
    }

    /**
     * Refreshes the database's statistics of the officer table after it has grown in bulk. PostgreSQL plans the
     * page lookups from statistics taken when the table was small (a sequential scan is right for an empty table,
     * and a cached generic plan keeps it) until the table is analysed again, and autovacuum may be slow or off.
     * Other databases plan from the table as it is: nothing to do.
     */
    public void refreshStatistics(Connection connection, boolean wholeRegistry) throws SQLException {
        if (isPostgreSql(connection)) {
            try (var analyze = connection.createStatement()) {
                // during a run, the columns the sync looks officers up by: a sample of two columns, not the row
                analyze.execute(wholeRegistry ? "ANALYZE officer" : "ANALYZE officer (directory_id, dn_normalized)");
            }
        }
    }

    private static boolean isPostgreSql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
    }

    /**
     * PostgreSQL compiles a statement it estimates as costly (the whole registry after a first import) with JIT,
     * which takes longer here (about 0.6 s) than it saves; for this transaction only.
     */
    private static void withoutJit(Connection connection) throws SQLException {
        if (isPostgreSql(connection)) {
            try (var set = connection.createStatement()) {
                set.execute("SET LOCAL jit = off");
            }
        }
    }

    public long maxOfficerId(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(id) FROM officer");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Streams the ids of active officers up to {@code maxId}, in order, without holding them. */
    public void forEachActiveOfficerId(Connection connection, long maxId, LongConsumer action) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM officer WHERE deactivated_at IS NULL AND id <= ? ORDER BY id")) {
            query.setFetchSize(10_000);
            query.setLong(1, maxId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    action.accept(rows.getLong(1));
                }
            }
        }
    }

    public long countActive(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM officer WHERE deactivated_at IS NULL");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** The stable ids of the given officers, for confirming their absence in the directory. */
    public Map<Long, String> directoryIds(Connection connection, long[] officerIds) throws SQLException {
        Map<Long, String> ids = new HashMap<>();
        for (List<Long> chunk : chunks(Arrays.stream(officerIds).boxed().toList())) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT id, directory_id FROM officer WHERE id IN (" + placeholders(chunk) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    query.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getLong(1), rows.getString(2));
                    }
                }
            }
        }
        return ids;
    }

    /** The active officer at a DN (in the form {@link OfficerProfile#normalizeDn}), if any. */
    public Long activeOfficerAt(Connection connection, String dn) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MIN(id) FROM officer WHERE dn_normalized = ? AND deactivated_at IS NULL")) {
            query.setString(1, OfficerProfile.normalizeDn(dn));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long id = row.getLong(1);
                return row.wasNull() ? null : id;
            }
        }
    }

    private static PreparedStatement historyStatement(Connection connection) throws SQLException {
        return connection.prepareStatement(
                "INSERT INTO officer_change (officer_id, run_id, changed_at, kind, changes) VALUES (?, ?, ?, ?, ?)");
    }

    private static void addHistory(PreparedStatement history, long officerId, Long runId, Instant now, String kind,
            String changes) throws SQLException {
        history.setLong(1, officerId);
        if (runId == null) {
            history.setNull(2, Types.BIGINT);
        } else {
            history.setLong(2, runId);
        }
        history.setObject(3, utc(now));
        history.setString(4, kind);
        history.setString(5, changes);
        history.addBatch();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IN_LIST) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
        }
        return chunks;
    }

    private static String placeholders(List<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    private static void bindStrings(PreparedStatement statement, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setString(i + 1, values.get(i));
        }
    }
}

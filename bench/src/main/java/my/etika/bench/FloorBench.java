package my.etika.bench;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.LDAPConnectionOptions;
import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.ldap.sdk.SearchRequest;
import com.unboundid.ldap.sdk.SearchResult;
import com.unboundid.ldap.sdk.SearchResultEntry;
import com.unboundid.ldap.sdk.SearchResultListener;
import com.unboundid.ldap.sdk.SearchResultReference;
import com.unboundid.ldap.sdk.SearchScope;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The floor a directory sync cannot beat on this machine: (1) merely reading the same entries from the directory
 * (the same unpaged streamed subtree search, same filter, same attributes, over a synchronous-mode connection
 * bound as the service account, as Etika's sweep does), and (2) {@code COPY}ing the same rows (the columns Etika
 * writes to {@code officer}) into a PostgreSQL scratch table with PgJDBC's {@link CopyManager}. The floor is
 * (1) + (2); each is the best of a few repetitions.
 *
 * <p>Two scratch tables made {@code LIKE officer} (so they follow the migrations): {@code bench_floor_officer} has
 * the officer table's columns, types and collations but no index or constraint (the strict floor);
 * {@code bench_floor_officer_indexed} also has its primary key, unique key and secondary indexes (what any writer
 * of the real table must maintain).
 *
 * <pre>
 * java -Xmx1g -cp ... my.etika.bench.FloorBench --env target/run/directory.env
 *     --jdbc jdbc:postgresql://127.0.0.1:5432/etika_bench --db-user postgres [--reads 2] [--copies 2]
 *     [--rows-file target/run/floor-rows.copy] [--out target/run/floor.env]
 * </pre>
 */
public final class FloorBench {

    /** What Etika asks for with the default (ETIKA) mapping: AttributeMapping.requestedAttributes() + modifyTimestamp. */
    static final String[] ATTRIBUTES = {"entryUUID", "uid", "displayName", "cn", "mail", "employeeNumber",
        "etikaGrade", "etikaGradeSystem", "etikaServiceScheme", "etikaServiceGroup", "title", "etikaPositionCode",
        "etikaAgencyCode", "ou", "etikaDutyStationState", "etikaOfficerStatus", "manager", "modifyTimestamp"};

    /** The columns OfficerBatchWriter inserts, in its order. */
    static final String COLUMNS = "directory_id, login, distinguished_name, full_name, official_email, "
            + "employee_number, grade, grade_system, service_scheme, service_group, position_title, position_code, "
            + "agency_code, org_unit, duty_station_state, status, supervisor_dn, profile_hash, dn_normalized, "
            + "name_search, supervisor_dn_normalized, first_seen_at, last_changed_at, version";

    private FloorBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = Args.parse(args);
        Map<String, String> env = Args.readEnv(Path.of(a.value("env", "target/run/directory.env")));
        String jdbc = a.value("jdbc", "jdbc:postgresql://127.0.0.1:5432/etika_bench");
        String dbUser = a.value("db-user", "postgres");
        String dbPassword = a.value("db-password", "x");
        int reads = a.intValue("reads", 2);
        int copies = a.intValue("copies", 2);
        Path rowsFile = Path.of(a.value("rows-file", "target/run/floor-rows.copy"));
        Path out = Path.of(a.value("out", "target/run/floor.env"));

        StringBuilder result = new StringBuilder();
        List<Double> readTimes = new ArrayList<>();
        long entries = 0;
        for (int i = 0; i < reads; i++) {
            long t = System.nanoTime();
            entries = search(env, entry -> { });
            double s = (System.nanoTime() - t) / 1e9;
            readTimes.add(s);
            System.out.printf(Locale.ROOT, "floor read %d: %,d entries in %.3f s (%,.0f entries/s)%n", i + 1, entries,
                    s, entries / s);
        }

        // the rows, made once (not timed), in COPY text format
        long t = System.nanoTime();
        String now = LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8), 1 << 20)) {
            search(env, entry -> {
                try {
                    writeRow(w, entry, now, sha256);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        System.out.printf(Locale.ROOT, "rows written to %s (%,d MB) in %.1f s (not timed)%n", rowsFile,
                Files.size(rowsFile) >> 20, (System.nanoTime() - t) / 1e9);

        List<Double> bare = new ArrayList<>();
        List<Double> indexed = new ArrayList<>();
        int indexes;
        try (Connection db = DriverManager.getConnection(jdbc, dbUser, dbPassword)) {
            try (Statement s = db.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_floor_officer");
                s.execute("DROP TABLE IF EXISTS bench_floor_officer_indexed");
                // the officer table as Etika's migrations left it: columns, types, collations, identity; the
                // indexed copy also has its primary key, unique key and every secondary index
                s.execute("CREATE TABLE bench_floor_officer (LIKE officer INCLUDING IDENTITY INCLUDING DEFAULTS)");
                s.execute("CREATE TABLE bench_floor_officer_indexed (LIKE officer INCLUDING ALL)");
                indexes = indexCount(s, "bench_floor_officer_indexed");
                System.out.printf(Locale.ROOT, "floor tables: the indexed one has the officer table's %d indexes%n",
                        indexes);
            }
            for (int i = 0; i < copies; i++) {
                bare.add(copy(db, "bench_floor_officer", rowsFile, entries));
                indexed.add(copy(db, "bench_floor_officer_indexed", rowsFile, entries));
            }
            try (Statement s = db.createStatement()) {
                s.execute("DROP TABLE bench_floor_officer");
                s.execute("DROP TABLE bench_floor_officer_indexed");
            }
        }
        Files.deleteIfExists(rowsFile);

        double read = min(readTimes);
        double copyBare = min(bare);
        double copyIndexed = min(indexed);
        result.append("FLOOR_ENTRIES=").append(entries).append('\n');
        result.append(String.format(Locale.ROOT, "FLOOR_READ_SECONDS=%.3f%n", read));
        result.append(String.format(Locale.ROOT, "FLOOR_READ_ALL=%s%n", join(readTimes)));
        result.append(String.format(Locale.ROOT, "FLOOR_COPY_SECONDS=%.3f%n", copyBare));
        result.append(String.format(Locale.ROOT, "FLOOR_COPY_ALL=%s%n", join(bare)));
        result.append("FLOOR_INDEXES=").append(indexes).append('\n');
        result.append(String.format(Locale.ROOT, "FLOOR_COPY_INDEXED_SECONDS=%.3f%n", copyIndexed));
        result.append(String.format(Locale.ROOT, "FLOOR_COPY_INDEXED_ALL=%s%n", join(indexed)));
        result.append(String.format(Locale.ROOT, "FLOOR_SECONDS=%.3f%n", read + copyBare));
        result.append(String.format(Locale.ROOT, "FLOOR_INDEXED_SECONDS=%.3f%n", read + copyIndexed));
        Files.writeString(out, result, StandardCharsets.UTF_8);
        System.out.print(result);
    }

    /** One streamed, unpaged subtree search as Etika's sweep makes it (page size 0); returns the entry count. */
    private static long search(Map<String, String> env, java.util.function.Consumer<SearchResultEntry> each)
            throws Exception {
        LDAPConnectionOptions options = new LDAPConnectionOptions();
        options.setUseSynchronousMode(true);
        options.setResponseTimeoutMillis(30_000);
        try (LDAPConnection connection = new LDAPConnection(options, "127.0.0.1",
                Integer.parseInt(env.get("BENCH_LDAP_PORT")), env.get("ETIKA_DIRECTORY_BIND_DN"),
                env.get("ETIKA_DIRECTORY_BIND_PASSWORD"))) {
            long[] count = {0};
            SearchResultListener listener = new SearchResultListener() {
                private static final long serialVersionUID = 1L;

                @Override
                public void searchEntryReturned(SearchResultEntry entry) {
                    count[0]++;
                    each.accept(entry);
                }

                @Override
                public void searchReferenceReturned(SearchResultReference reference) {
                }
            };
            SearchResult result = connection.search(new SearchRequest(listener,
                    env.get("ETIKA_DIRECTORY_PEOPLE_BASE_DN"), SearchScope.SUB,
                    Filter.createEqualityFilter("objectClass", "inetOrgPerson"), ATTRIBUTES));
            if (result.getResultCode() != ResultCode.SUCCESS) {
                throw new IllegalStateException("Floor search failed: " + result);
            }
            return count[0];
        }
    }

    private static int indexCount(Statement s, String table) throws SQLException {
        try (ResultSet count = s.executeQuery("SELECT count(*) FROM pg_indexes WHERE tablename = '" + table + "'")) {
            count.next();
            return count.getInt(1);
        }
    }

    /** TRUNCATE (not timed), then COPY the rows and commit (timed). */
    private static double copy(Connection db, String table, Path rowsFile, long expected) throws Exception {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("TRUNCATE " + table);
            s.execute("CHECKPOINT");
        }
        db.setAutoCommit(false);
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        long t = System.nanoTime();
        long rows;
        try (Reader in = Files.newBufferedReader(rowsFile, StandardCharsets.UTF_8)) {
            rows = copy.copyIn("COPY " + table + " (" + COLUMNS + ") FROM STDIN", in, 1 << 16);
        }
        db.commit();
        double s = (System.nanoTime() - t) / 1e9;
        db.setAutoCommit(true);
        if (rows != expected) {
            throw new IllegalStateException("COPY wrote " + rows + " rows, expected " + expected);
        }
        System.out.printf(Locale.ROOT, "floor COPY into %s: %,d rows in %.3f s (%,.0f rows/s)%n", table, rows, s,
                rows / s);
        return s;
    }

    /** The officer row Etika would write for this entry (DirectoryEntryMapper + OfficerProfile, simplified). */
    private static void writeRow(Writer w, SearchResultEntry e, String now, MessageDigest sha256) throws IOException {
        String dn = e.getDN();
        String fullName = first(e.getAttributeValue("displayName"), e.getAttributeValue("cn"));
        String orgUnit = e.getAttributeValue("ou");
        if (orgUnit == null) {
            try {
                orgUnit = new DN(dn).getParent().getRDN().getAttributeValues()[0];
            } catch (Exception ex) {
                orgUnit = null;
            }
        }
        String manager = e.getAttributeValue("manager");
        String[] profile = {e.getAttributeValue("entryUUID"), e.getAttributeValue("uid"), dn, fullName,
            lower(e.getAttributeValue("mail")), e.getAttributeValue("employeeNumber"),
            upper(e.getAttributeValue("etikaGrade")), upper(e.getAttributeValue("etikaGradeSystem")),
            e.getAttributeValue("etikaServiceScheme"), upper(e.getAttributeValue("etikaServiceGroup")),
            e.getAttributeValue("title"), e.getAttributeValue("etikaPositionCode"),
            e.getAttributeValue("etikaAgencyCode"), orgUnit, upper(e.getAttributeValue("etikaDutyStationState")),
            upper(e.getAttributeValue("etikaOfficerStatus")), manager};
        for (String value : profile) {
            sha256.update((value == null ? "-1:" : value.length() + ":").getBytes(StandardCharsets.UTF_8));
            if (value != null) {
                sha256.update(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256.digest());
        for (String value : profile) {
            field(w, value);
            w.write('\t');
        }
        field(w, hash);
        w.write('\t');
        field(w, lower(dn));
        w.write('\t');
        field(w, lower(fullName));
        w.write('\t');
        field(w, lower(manager));
        w.write('\t');
        w.write(now);
        w.write('\t');
        w.write(now);
        w.write("\t0\n");
    }

    /** COPY text format: \N for null; backslash, tab, newline and carriage return escaped. */
    private static void field(Writer w, String value) throws IOException {
        if (value == null) {
            w.write("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> w.write("\\\\");
                case '\t' -> w.write("\\t");
                case '\n' -> w.write("\\n");
                case '\r' -> w.write("\\r");
                default -> w.write(c);
            }
        }
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static String join(List<Double> values) {
        return String.join(",", values.stream().map(v -> String.format(Locale.ROOT, "%.3f", v)).toList());
    }
}

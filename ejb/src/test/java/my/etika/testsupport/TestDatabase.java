package my.etika.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import my.etika.platform.control.DatabaseMigration;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, migrated database for one test: an in-memory H2 by default, or a throw-away schema in the PostgreSQL
 * named by {@code ETIKA_TEST_POSTGRES_URL} (CI sets it). The schema comes from Etika's Flyway migrations.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String POSTGRES_URL = "ETIKA_TEST_POSTGRES_URL";

    private final DataSource dataSource;
    private final String schema;

    private TestDatabase(DataSource dataSource, String schema) {
        this.dataSource = dataSource;
        this.schema = schema;
    }

    public static TestDatabase create() {
        String postgres = System.getenv(POSTGRES_URL);
        if (postgres != null && !postgres.isBlank()) {
            return postgres(postgres);
        }
        JdbcDataSource h2 = new JdbcDataSource();
        // LEGACY mode: EclipseLink reads generated identities the H2 1.x way
        h2.setURL("jdbc:h2:mem:etika-" + UUID.randomUUID() + ";MODE=LEGACY;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        TestDatabase database = new TestDatabase(h2, null);
        database.migrate();
        return database;
    }

    private static TestDatabase postgres(String url) {
        String schema = "etika_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        execute(admin, "CREATE SCHEMA " + schema);
        PGSimpleDataSource scoped = new PGSimpleDataSource();
        scoped.setURL(url);
        scoped.setCurrentSchema(schema);
        TestDatabase database = new TestDatabase(scoped, schema);
        database.migrate();
        return database;
    }

    private void migrate() {
        DatabaseMigration.flyway(dataSource).migrate();
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public boolean isPostgres() {
        return schema != null;
    }

    @Override
    public void close() {
        if (schema != null) {
            execute(dataSource, "DROP SCHEMA " + schema + " CASCADE");
        } else {
            execute(dataSource, "SHUTDOWN");
        }
    }

    private static void execute(DataSource dataSource, String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}

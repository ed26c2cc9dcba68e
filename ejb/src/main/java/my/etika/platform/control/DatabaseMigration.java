package my.etika.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else touches the database. Flyway owns the DDL; the
 * persistence unit never generates schema. Bean-managed transactions because Flyway commits per migration.
 * Startup beans that use the database declare {@code @DependsOn("DatabaseMigration")}.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    /** The Jakarta EE default data source; the server configuration binds it to Etika's database. */
    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = flyway(dataSource);
        MigrateResult result = flyway.migrate();
        MigrationInfo current = flyway.info().current();
        LOG.info(() -> "Database schema at version " + (current == null ? "-" : current.getVersion()) + " ("
                + result.migrationsExecuted + " migration(s) applied now, database " + result.database + ")");
    }

    /**
     * The folder of the migrations only this database takes ({@code postgresql}, {@code h2}): core Flyway has no
     * {@code {vendor}} placeholder in locations (that is Spring Boot's), so it is resolved here.
     */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgresql") ? "postgresql" : product.replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Database unreachable: " + e.getMessage(), e);
        }
    }

    /** The Flyway configuration used in the server and in the JPA tests alike. */
    public static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor(dataSource))
                .failOnMissingLocations(false)
                .validateMigrationNaming(true)
                .load();
    }
}

package my.etika.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import my.etika.platform.control.DatabaseMigration;
import org.flywaydb.core.api.MigrationInfoService;

/** The database product and schema version, for the administrators' system page. */
@Stateless
@RolesAllowed(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseStatus {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    public DatabaseSummary summary() {
        MigrationInfoService migrations = DatabaseMigration.flyway(dataSource).info();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new DatabaseSummary(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
                    withoutCredentials(meta.getURL()),
                    migrations.current() == null ? "-" : migrations.current().getVersion().getVersion(),
                    migrations.pending().length);
        } catch (SQLException e) {
            throw new BusinessException(BusinessException.Kind.UNAVAILABLE, "database.unavailable");
        }
    }

    /** JDBC URLs may carry a password parameter; show only what precedes the parameters. */
    static String withoutCredentials(String url) {
        if (url == null) {
            return "-";
        }
        int parameters = url.indexOf('?');
        int h2Options = url.indexOf(';');
        int cut = parameters >= 0 ? parameters : h2Options;
        return cut >= 0 ? url.substring(0, cut) : url;
    }
}

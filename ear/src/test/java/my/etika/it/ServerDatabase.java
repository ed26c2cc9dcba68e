package my.etika.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Reads the server's database from a test that runs inside the server: one value of a query. */
final class ServerDatabase {

    private final DataSource dataSource;

    ServerDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first column of the first row, as text, or {@code null} when there is no row. */
    String text(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    long number(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(text(sql, parameters));
    }
}

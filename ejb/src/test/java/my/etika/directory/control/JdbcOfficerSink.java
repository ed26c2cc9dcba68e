package my.etika.directory.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import my.etika.officer.boundary.DirectoryPageResult;
import my.etika.officer.control.OfficerBatchWriter;
import my.etika.officer.entity.OfficerProfile;

/** The officer registry's sync intake outside a server: the real writer, one JDBC transaction per call. */
final class JdbcOfficerSink implements OfficerSink {

    private final DataSource dataSource;
    private final Clock clock;
    private final OfficerBatchWriter writer = new OfficerBatchWriter();

    JdbcOfficerSink(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T transaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            T result = work.on(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public DirectoryPageResult applyPage(long runId, List<OfficerProfile> profiles, List<String> alsoSeen) {
        return transaction(c -> writer.apply(c, profiles, alsoSeen, runId, clock.instant()));
    }

    @Override
    public void refreshStatistics(boolean wholeRegistry) {
        transaction(c -> {
            writer.refreshStatistics(c, wholeRegistry);
            return null;
        });
    }

    @Override
    public long maxOfficerId() {
        return transaction(writer::maxOfficerId);
    }

    @Override
    public long countActive() {
        return transaction(writer::countActive);
    }

    @Override
    public void forEachActiveOfficerId(long maxId, LongConsumer action) {
        transaction(c -> {
            writer.forEachActiveOfficerId(c, maxId, action);
            return null;
        });
    }

    @Override
    public Map<Long, String> directoryIds(long[] officerIds) {
        return transaction(c -> writer.directoryIds(c, officerIds));
    }

    @Override
    public Long activeOfficerAt(String dn) {
        return transaction(c -> writer.activeOfficerAt(c, dn));
    }

    @Override
    public int deactivate(long runId, long[] officerIds) {
        return transaction(c -> writer.deactivate(c, officerIds, runId, clock.instant()));
    }

    @Override
    public List<DirectoryPageResult.RejectedProfile> duplicateEmployeeNumbers(Instant runStart) {
        return transaction(c -> writer.duplicateEmployeeNumbers(c, runStart));
    }
}

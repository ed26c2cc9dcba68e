package my.etika.officer.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import my.etika.officer.control.OfficerBatchWriter;
import my.etika.officer.entity.OfficerProfile;

/**
 * The registry's intake from directory sync: pages of profiles, deactivations, supervisor links. Each method is
 * its own transaction (the sync calls it without one), so a page is committed or not as a whole, and a long run
 * never holds a long transaction.
 */
@Stateless
@PermitAll // called by the directory sync only (its timers and asynchronous runs); not exposed to any client
public class DirectoryFeed {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    Clock clock;

    private final OfficerBatchWriter writer = new OfficerBatchWriter();

    /** A database operation on a connection of the current transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Officer registry not updated: " + e.getMessage(), e);
        }
    }

    public DirectoryPageResult applyPage(long runId, List<OfficerProfile> profiles, List<String> alsoSeen) {
        Instant now = clock.instant();
        return inTransaction(c -> writer.apply(c, profiles, alsoSeen, runId, now));
    }

    public void refreshStatistics(boolean wholeRegistry) {
        inTransaction(c -> {
            writer.refreshStatistics(c, wholeRegistry);
            return null;
        });
    }

    public long maxOfficerId() {
        return inTransaction(writer::maxOfficerId);
    }

    public long countActive() {
        return inTransaction(writer::countActive);
    }

    public void forEachActiveOfficerId(long maxId, LongConsumer action) {
        inTransaction(c -> {
            writer.forEachActiveOfficerId(c, maxId, action);
            return null;
        });
    }

    public Map<Long, String> directoryIds(long[] officerIds) {
        return inTransaction(c -> writer.directoryIds(c, officerIds));
    }

    public Long activeOfficerAt(String dn) {
        return inTransaction(c -> writer.activeOfficerAt(c, dn));
    }

    public int deactivate(long runId, long[] officerIds) {
        Instant now = clock.instant();
        return inTransaction(c -> writer.deactivate(c, officerIds, runId, now));
    }

    public List<DirectoryPageResult.RejectedProfile> duplicateEmployeeNumbers(Instant runStart) {
        return inTransaction(c -> writer.duplicateEmployeeNumbers(c, runStart));
    }
}

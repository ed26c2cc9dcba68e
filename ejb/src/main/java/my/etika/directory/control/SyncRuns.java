package my.etika.directory.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import my.etika.audit.boundary.AuditTrail;
import my.etika.directory.entity.SyncLock;
import my.etika.directory.entity.SyncMode;
import my.etika.directory.entity.SyncRun;
import my.etika.directory.entity.SyncStatus;

/**
 * The sync runs' records and the lock: starting a run takes the cluster-wide lock (breaking one whose lease ran
 * out, and marking that run ABORTED), progress extends the lease, the end releases it. Every method is its own
 * transaction, so a run's record survives the run's failure.
 */
@Stateless
@LocalBean
@PermitAll // called by the sync boundary, its timers and its asynchronous runs
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SyncRuns implements SyncJournal {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    SyncConfiguration configuration;

    @Inject
    AuditTrail audit;

    /**
     * Records a new run and takes the lock for it.
     *
     * @throws SyncAlreadyRunningException when another run holds the lock
     */
    public long begin(SyncMode mode, String requestedBy) {
        Instant now = clock.instant();
        em.createNamedQuery(SyncRun.ABORT_EXPIRED).setParameter("aborted", SyncStatus.ABORTED)
                .setParameter("running", SyncStatus.RUNNING).setParameter("now", now).executeUpdate();
        SyncRun run = new SyncRun(mode, requestedBy, node(), now, lease(now));
        em.persist(run);
        em.flush();
        int taken = em.createNamedQuery(SyncLock.TAKE).setParameter("run", run.getId())
                .setParameter("holder", node()).setParameter("until", lease(now))
                .setParameter("name", SyncLock.DIRECTORY_SYNC).setParameter("now", now).executeUpdate();
        if (taken != 1) {
            throw new SyncAlreadyRunningException();
        }
        return run.getId();
    }

    /** Takes the lock again for a held run that a person is approving. */
    public void resume(long runId) {
        Instant now = clock.instant();
        int taken = em.createNamedQuery(SyncLock.TAKE).setParameter("run", runId).setParameter("holder", node())
                .setParameter("until", lease(now)).setParameter("name", SyncLock.DIRECTORY_SYNC)
                .setParameter("now", now).executeUpdate();
        if (taken != 1) {
            throw new SyncAlreadyRunningException();
        }
    }

    public void release(long runId) {
        em.createNamedQuery(SyncLock.RELEASE).setParameter("name", SyncLock.DIRECTORY_SYNC)
                .setParameter("run", runId).executeUpdate();
    }

    /** At start-up: runs whose node died mid-run, and whose lease has run out, are ABORTED. */
    public int abortExpired() {
        return em.createNamedQuery(SyncRun.ABORT_EXPIRED).setParameter("aborted", SyncStatus.ABORTED)
                .setParameter("running", SyncStatus.RUNNING).setParameter("now", clock.instant()).executeUpdate();
    }

    @Override
    public void progress(long runId, SyncCounts counts, String mechanism) {
        Instant now = clock.instant();
        em.find(SyncRun.class, runId).progress(counts.entriesSeen(), counts.created(), counts.updated(),
                counts.moved(), counts.unchanged(), counts.deactivated(), counts.reactivated(), counts.errors(),
                mechanism, lease(now));
        em.createNamedQuery(SyncLock.EXTEND).setParameter("until", lease(now))
                .setParameter("name", SyncLock.DIRECTORY_SYNC).setParameter("run", runId).executeUpdate();
    }

    @Override
    public void expect(long runId, long entries) {
        em.find(SyncRun.class, runId).expect(entries);
    }

    @Override
    public void errors(long runId, List<SyncError> errors) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sync_error (run_id, dn, directory_id, reason_key, detail) VALUES (?, ?, ?, ?, ?)")) {
            for (SyncError error : errors) {
                insert.setLong(1, runId);
                insert.setString(2, truncate(error.dn(), 1024));
                insert.setString(3, error.directoryId() == null ? null : truncate(error.directoryId(), 64));
                insert.setString(4, error.reasonKey());
                insert.setString(5, error.detail() == null ? null : truncate(error.detail(), 1024));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Sync errors of run " + runId + " not recorded", e);
        }
    }

    @Override
    public void hold(long runId, long[] officerIds) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sync_held_deactivation (run_id, officer_id) VALUES (?, ?)")) {
            int pending = 0;
            for (long officerId : officerIds) {
                insert.setLong(1, runId);
                insert.setLong(2, officerId);
                insert.addBatch();
                if (++pending == 1_000) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Held deactivations of run " + runId + " not recorded", e);
        }
    }

    /** The officers a held run would deactivate. */
    public long[] heldOfficerIds(long runId) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT officer_id FROM sync_held_deactivation WHERE run_id = ? ORDER BY officer_id")) {
            query.setLong(1, runId);
            try (ResultSet rows = query.executeQuery()) {
                java.util.stream.LongStream.Builder ids = java.util.stream.LongStream.builder();
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
                return ids.build().toArray();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Held deactivations of run " + runId + " not readable", e);
        }
    }

    @Override
    public void finish(long runId, SyncStatus status, SyncCounts counts, String outcomeKey, String detail) {
        Instant now = clock.instant();
        SyncRun run = em.find(SyncRun.class, runId);
        run.progress(counts.entriesSeen(), counts.created(), counts.updated(), counts.moved(), counts.unchanged(),
                counts.deactivated(), counts.reactivated(), counts.errors(), run.getMechanism(), now);
        run.finish(status, counts.held(), outcomeKey, detail, now);
        // the sync writes in many small transactions: the run is audited in the one that ends it
        audit.recordAs(SyncRunAudit.actorOf(run), null, SyncRunAudit.finished(run));
    }

    public void approved(long runId, String by, long deactivated) {
        SyncRun run = em.find(SyncRun.class, runId);
        run.approved(by, deactivated, clock.instant());
        audit.record(SyncRunAudit.approved(run, deactivated));
    }

    public void rejected(long runId, String by) {
        SyncRun run = em.find(SyncRun.class, runId);
        run.rejected(by, clock.instant());
        audit.record(SyncRunAudit.rejected(run));
    }

    @Override
    public Optional<String> position(String mechanism, String directory) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT position FROM sync_position WHERE mechanism = ? AND directory = ?")) {
            query.setString(1, mechanism);
            query.setString(2, directory);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sync position not readable", e);
        }
    }

    @Override
    public void savePosition(String mechanism, String directory, String position) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE sync_position SET position = ?, directory = ?, updated_at = ? WHERE mechanism = ?")) {
            LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
            update.setString(1, position);
            update.setString(2, directory);
            update.setObject(3, now);
            update.setString(4, mechanism);
            if (update.executeUpdate() == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sync_position "
                        + "(mechanism, position, directory, updated_at) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, mechanism);
                    insert.setString(2, position);
                    insert.setString(3, directory);
                    insert.setObject(4, now);
                    insert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sync position not saved", e);
        }
    }

    private Instant lease(Instant now) {
        return now.plus(configuration.settings().lease());
    }

    private static String node() {
        return System.getProperty("jboss.node.name", "etika");
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}

package my.etika.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The cluster-wide "one sync at a time" lock: a row whose holder keeps extending a lease. Taking it is one
 * conditional update (free, or its lease ran out), so two nodes can never both succeed.
 */
@Entity
@Table(name = "sync_lock")
@NamedQuery(name = SyncLock.TAKE, query = "update SyncLock l set l.runId = :run, l.holder = :holder,"
        + " l.leaseUntil = :until where l.name = :name and (l.runId is null or l.leaseUntil < :now)")
@NamedQuery(name = SyncLock.EXTEND, query = "update SyncLock l set l.leaseUntil = :until"
        + " where l.name = :name and l.runId = :run")
@NamedQuery(name = SyncLock.RELEASE, query = "update SyncLock l set l.runId = null, l.holder = null,"
        + " l.leaseUntil = null where l.name = :name and l.runId = :run")
public class SyncLock {

    public static final String DIRECTORY_SYNC = "directory-sync";
    public static final String TAKE = "SyncLock.take";
    public static final String EXTEND = "SyncLock.extend";
    public static final String RELEASE = "SyncLock.release";

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "run_id")
    private Long runId;

    @Column(length = 128)
    private String holder;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    protected SyncLock() {
    }

    public Long getRunId() {
        return runId;
    }

    public String getHolder() {
        return holder;
    }

    public Instant getLeaseUntil() {
        return leaseUntil;
    }
}

package my.etika.directory.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import my.etika.directory.control.SyncExecutor;
import my.etika.directory.control.SyncRuns;
import my.etika.directory.entity.SyncMode;
import my.etika.directory.entity.SyncRun;
import my.etika.directory.entity.SyncStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * Directory sync for HR and administrators: start a run (one at a time across the cluster), follow it, read its
 * errors, and approve or reject the deactivations of a run held by the circuit breaker.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.HR})
public class DirectorySync {

    @Inject
    SyncRuns runs;

    @Inject
    SyncExecutor executor;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    /**
     * Starts a run in the background.
     *
     * @return the run's id
     * @throws my.etika.directory.control.SyncAlreadyRunningException when a run is already going
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(SyncMode mode) {
        long runId = runs.begin(mode, session.getCallerPrincipal().getName());
        executor.executeLater(runId, mode);
        return runId;
    }

    public Optional<SyncRunView> run(long runId) {
        return Optional.ofNullable(em.find(SyncRun.class, runId)).map(SyncRunView::of);
    }

    public List<SyncRunView> recent(int first, int max) {
        return em.createNamedQuery(SyncRun.RECENT, SyncRun.class).setFirstResult(first).setMaxResults(max)
                .getResultStream().map(SyncRunView::of).toList();
    }

    public long runCount() {
        return em.createQuery("select count(r) from SyncRun r", Long.class).getSingleResult();
    }

    public List<SyncErrorView> errors(long runId, int first, int max) {
        List<?> rows = em.createNativeQuery("SELECT dn, directory_id, reason_key, detail FROM sync_error"
                + " WHERE run_id = ?1 ORDER BY id").setParameter(1, runId).setFirstResult(first).setMaxResults(max)
                .getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new SyncErrorView((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    public List<HeldOfficerView> held(long runId, int first, int max) {
        List<?> rows = em.createNativeQuery("SELECT o.id, o.login, o.full_name, o.org_unit, o.distinguished_name"
                + " FROM sync_held_deactivation h JOIN officer o ON o.id = h.officer_id WHERE h.run_id = ?1"
                + " ORDER BY o.full_name, o.id").setParameter(1, runId).setFirstResult(first).setMaxResults(max)
                .getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new HeldOfficerView(((Number) r[0]).longValue(),
                (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    /** Deactivates what a held run would have, each officer confirmed gone from the directory first. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SyncRunView approve(long runId) {
        requireHeld(runId);
        runs.resume(runId);
        try {
            int done = executor.deactivateApproved(runId, runs.heldOfficerIds(runId));
            runs.approved(runId, session.getCallerPrincipal().getName(), done);
        } finally {
            runs.release(runId);
        }
        return run(runId).orElseThrow();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public SyncRunView reject(long runId) {
        requireHeld(runId);
        runs.rejected(runId, session.getCallerPrincipal().getName());
        return run(runId).orElseThrow();
    }

    private void requireHeld(long runId) {
        SyncRunView run = run(runId).orElseThrow(
                () -> new BusinessException(BusinessException.Kind.NOT_FOUND, "sync.runNotFound", runId));
        if (!SyncStatus.HELD.name().equals(run.status())) {
            throw new BusinessException(BusinessException.Kind.CONFLICT, "sync.notHeld", runId);
        }
    }
}

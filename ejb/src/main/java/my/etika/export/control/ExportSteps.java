package my.etika.export.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import my.etika.audit.boundary.AuditAction;
import my.etika.audit.boundary.AuditEntry;
import my.etika.audit.boundary.AuditJson;
import my.etika.audit.boundary.AuditTrail;
import my.etika.export.entity.ExportJob;

/**
 * The short transactions of a background export, each of its own: start, progress, completion (recorded in the
 * audit trail as its last step), failure. The long writing happens between them, in no transaction.
 */
@Stateless
@PermitAll // called by the export's own thread, not by a user: the requester was checked when it was queued
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportSteps {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    public ExportRun start(long id, long total) {
        ExportJob job = em.find(ExportJob.class, id);
        job.started(total);
        return new ExportRun(id, job.getKind().name(), job.getFormat(), job.isMasked(), job.getRequestedBy(),
                job.getRequestedAt(), total);
    }

    public void progress(long id, long rowsDone) {
        em.find(ExportJob.class, id).progressed(rowsDone);
    }

    public void complete(long id, Map<String, Object> filters, long rows, String sha256, long bytes,
            long chainPosition) {
        ExportJob job = em.find(ExportJob.class, id);
        job.done(rows, sha256, bytes, clock.instant());
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", job.getKind().name());
        after.put("format", job.getFormat().name());
        after.put("filters", filters);
        after.put("masked", job.isMasked());
        after.put("rows", rows);
        after.put("packageSha256", sha256);
        after.put("packageBytes", bytes);
        after.put("auditChainPosition", chainPosition);
        audit.recordAs(job.getRequestedBy(), job.getRequestedRoles(), AuditEntry.change("Export", id,
                AuditAction.EXPORT, null, null, AuditJson.of(after)));
    }

    public void fail(long id, String reason) {
        em.find(ExportJob.class, id).failed(reason, clock.instant());
    }
}

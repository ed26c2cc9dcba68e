package my.etika.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import my.etika.audit.boundary.AuditCriteria;
import my.etika.audit.boundary.AuditEventView;
import my.etika.audit.boundary.AuditLog;
import my.etika.audit.boundary.AuditVerification;
import my.etika.audit.boundary.ChainReport;
import my.etika.audit.web.AuditPeriod;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * The audit trail for auditors and administrators: the events by filter (newest first), one record's history, and
 * verification of the chain. Times are UTC instants; {@code from}/{@code to} also take a Malaysian date
 * ({@code 2026-11-23}: from that day's start / to that day's end).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_SIZE = 200;

    @Inject
    AuditLog log;

    @Inject
    AuditVerification verification;

    /** A page of events and how many match in all. */
    public record Page(List<AuditEventView> items, int page, int size, long total) {
    }

    @GET
    @Path("events")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public Page events(@QueryParam("actor") String actor, @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId, @QueryParam("action") String action,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        AuditCriteria criteria = new AuditCriteria(actor, entityType, entityId, action, AuditPeriod.from(from),
                AuditPeriod.to(to));
        int pageSize = Math.min(Math.max(size, 1), MAX_SIZE);
        int pageNumber = Math.max(page, 0);
        return new Page(log.find(criteria,
                (int) Math.min(Integer.MAX_VALUE, (long) pageNumber * pageSize), pageSize), pageNumber,
                pageSize, log.count(criteria));
    }

    /** Everything recorded about one record, oldest first. */
    @GET
    @Path("history")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public List<AuditEventView> history(@QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId) {
        if (entityType == null || entityType.isBlank() || entityId == null || entityId.isBlank()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "audit.recordRequired");
        }
        return log.history(entityType.strip(), entityId.strip());
    }

    /** Walks the whole chain now and reports the first break. */
    @GET
    @Path("verify")
    @RolesAllowed({Roles.AUDITOR, Roles.ADMIN})
    public ChainReport verify() {
        return verification.verify();
    }
}

package my.etika.hygiene.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import my.etika.hygiene.boundary.FindingCriteria;
import my.etika.hygiene.boundary.FindingDesk;
import my.etika.hygiene.boundary.FindingView;
import my.etika.hygiene.boundary.MyFindings;
import my.etika.hygiene.entity.FindingStatus;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * Credential-hygiene findings: the list for the integrity unit and HR, and the lifecycle. ACKNOWLEDGED and
 * REMEDIATED are the officer's own steps (their findings only); VERIFIED, DISMISSED and reopening are the
 * integrity unit's.
 */
@Path("findings")
@Produces(MediaType.APPLICATION_JSON)
public class FindingsResource {

    @Inject
    FindingDesk desk;

    @Inject
    MyFindings mine;

    /** A page of findings and how many match in all. */
    public record Page(List<FindingView> items, int page, int size, long total) {
    }

    /** A lifecycle step: the status to move to, the version seen, and why. */
    public record Transition(String to, long version, String reason) {
    }

    @GET
    @RolesAllowed({Roles.INTEGRITY, Roles.HR, Roles.ADMIN})
    public Page find(@QueryParam("rule") String rule, @QueryParam("status") String status,
            @QueryParam("orgUnit") String orgUnit, @QueryParam("olderThanDays") @DefaultValue("0") int olderThanDays,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        FindingCriteria criteria = new FindingCriteria(rule, status, orgUnit, olderThanDays);
        int pageSize = Math.min(Math.max(size, 1), 500);
        int pageNumber = Math.max(page, 0);
        return new Page(desk.find(criteria, pageNumber * pageSize, pageSize), pageNumber, pageSize,
                desk.count(criteria));
    }

    /** The same step for many findings: finding id → the version seen. */
    public record BulkTransition(String to, String reason, Map<String, Long> findings) {
    }

    /** The integrity unit's step for many findings at once (any refusal refuses them all). */
    @POST
    @Path("transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTEGRITY, Roles.ADMIN})
    public Map<String, Integer> moveAll(BulkTransition transition) {
        FindingStatus to = status(transition.to());
        Map<Long, Long> versions = new LinkedHashMap<>();
        if (transition.findings() != null) {
            transition.findings().forEach((id, version) -> versions.put(Long.valueOf(id), version));
        }
        return Map.of("moved", desk.moveAll(versions, to, transition.reason()));
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.INTEGRITY, Roles.INTEGRITY_HEAD, Roles.ADMIN})
    public FindingView move(@PathParam("id") long id, Transition transition) {
        FindingStatus to = status(transition.to());
        if (to == FindingStatus.ESCALATED) {
            return desk.escalate(id, transition.version(), transition.reason());
        }
        return to == FindingStatus.ACKNOWLEDGED || to == FindingStatus.REMEDIATED
                ? mine.move(id, transition.version(), to, transition.reason())
                : desk.move(id, transition.version(), to, transition.reason());
    }

    private static FindingStatus status(String name) {
        try {
            return FindingStatus.valueOf(String.valueOf(name).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "finding.unknownStatus", name);
        }
    }
}

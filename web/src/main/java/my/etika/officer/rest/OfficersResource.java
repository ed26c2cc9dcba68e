package my.etika.officer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import my.etika.officer.boundary.OfficerChange;
import my.etika.officer.boundary.OfficerCriteria;
import my.etika.officer.boundary.OfficerDetail;
import my.etika.officer.boundary.OfficerSearch;
import my.etika.officer.boundary.OfficerSummary;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/** The officer registry for HR and administrators: search and one officer with their history. */
@Path("officers")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class OfficersResource {

    private static final int HISTORY = 50;

    @Inject
    OfficerSearch officers;

    /** A page of officers and how many match in all. */
    public record Page(List<OfficerSummary> items, int page, int size, long total) {
    }

    /** An officer with their latest changes. */
    public record Officer(OfficerDetail officer, List<OfficerChange> history) {
    }

    @GET
    public Page search(@QueryParam("q") String text, @QueryParam("orgUnit") String orgUnit,
            @QueryParam("status") String status, @QueryParam("sort") String sort,
            @QueryParam("desc") @DefaultValue("false") boolean descending,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("25") int size) {
        OfficerCriteria criteria = new OfficerCriteria(text, orgUnit, status, sort, !descending);
        int pageSize = Math.min(Math.max(size, 1), 500);
        int pageNumber = Math.max(page, 0);
        long total = officers.count(criteria);
        return new Page(officers.find(criteria, pageNumber * pageSize, pageSize, total), pageNumber, pageSize, total);
    }

    @GET
    @Path("{id}")
    public Officer officer(@PathParam("id") long id) {
        OfficerDetail detail = officers.detail(id).orElseThrow(
                () -> new BusinessException(BusinessException.Kind.NOT_FOUND, "officer.notFoundById", id));
        return new Officer(detail, officers.history(id, 0, HISTORY));
    }
}

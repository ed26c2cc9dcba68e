package my.etika.directory.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import my.etika.directory.boundary.DirectorySync;
import my.etika.directory.boundary.SyncErrorView;
import my.etika.directory.boundary.SyncRunView;
import my.etika.directory.entity.SyncMode;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/** Directory sync runs: start one (202, or 409 while one is going), follow it, decide on a held one. */
@Path("sync/runs")
@RolesAllowed({Roles.ADMIN, Roles.HR})
@Produces(MediaType.APPLICATION_JSON)
public class SyncRunsResource {

    @Inject
    DirectorySync sync;

    /** The body of a start request. */
    public record StartRun(String mode) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(StartRun request, @Context UriInfo uri) {
        long runId = sync.start(mode(request));
        return Response.accepted(sync.run(runId).orElseThrow())
                .location(uri.getAbsolutePathBuilder().path(Long.toString(runId)).build()).build();
    }

    @GET
    public List<SyncRunView> recent(@QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        int pageSize = Math.min(Math.max(size, 1), 100);
        return sync.recent(Math.max(page, 0) * pageSize, pageSize);
    }

    @GET
    @Path("{id}")
    public SyncRunView run(@PathParam("id") long id) {
        return sync.run(id).orElseThrow(() -> notFound(id));
    }

    @GET
    @Path("{id}/errors")
    public List<SyncErrorView> errors(@PathParam("id") long id, @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("100") int size) {
        run(id);
        int pageSize = Math.min(Math.max(size, 1), 1_000);
        return sync.errors(id, Math.max(page, 0) * pageSize, pageSize);
    }

    /** Approves the deactivations of a held run; each officer is confirmed gone first. */
    @POST
    @Path("{id}/approval")
    public SyncRunView approve(@PathParam("id") long id) {
        return sync.approve(id);
    }

    @POST
    @Path("{id}/rejection")
    public SyncRunView reject(@PathParam("id") long id) {
        return sync.reject(id);
    }

    private static SyncMode mode(StartRun request) {
        String mode = request == null || request.mode() == null ? "" : request.mode().trim().toUpperCase(Locale.ROOT);
        try {
            return SyncMode.valueOf(mode);
        } catch (IllegalArgumentException unknown) {
            throw new BusinessException(BusinessException.Kind.INVALID, "sync.unknownMode", mode);
        }
    }

    private static BusinessException notFound(long id) {
        return new BusinessException(BusinessException.Kind.NOT_FOUND, "sync.runNotFound", id);
    }
}

package my.etika.discipline.rest;

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
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import my.etika.discipline.boundary.CaseCharts;
import my.etika.discipline.boundary.EvidenceLocker;
import my.etika.discipline.boundary.EvidenceView;
import my.etika.discipline.boundary.IncidentCriteria;
import my.etika.discipline.boundary.IncidentDesk;
import my.etika.discipline.boundary.IncidentDetail;
import my.etika.discipline.boundary.IncidentIntake;
import my.etika.discipline.boundary.IncidentProcedure;
import my.etika.discipline.boundary.IncidentSummary;
import my.etika.discipline.boundary.IntakeForm;
import my.etika.discipline.boundary.SideRecordForm;
import my.etika.discipline.boundary.TransitionRequest;
import my.etika.platform.boundary.Roles;

/**
 * Disciplinary cases, for the integrity unit only: the unit head sees every case, an investigator the cases assigned
 * to them; for anybody else a case does not exist. HR reads outcomes and clearances elsewhere
 * ({@link ClearanceResource}).
 */
@Path("incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRITY, Roles.INTEGRITY_HEAD})
public class IncidentsResource {

    @Inject
    IncidentIntake intake;

    @Inject
    IncidentDesk desk;

    @Inject
    IncidentProcedure procedure;

    @Inject
    EvidenceLocker evidence;

    /** A page of cases and how many match in all. */
    public record Page(List<IncidentSummary> items, int page, int size, long total) {
    }

    /** The unit head's assignment of an investigator. */
    public record Assignment(long version, String login, String reason) {
    }

    @GET
    public Page find(@QueryParam("status") String status, @QueryParam("orgUnit") String orgUnit,
            @QueryParam("provision") Long provision, @QueryParam("category") String category,
            @QueryParam("overdue") @DefaultValue("false") boolean overdue,
            @QueryParam("olderThanDays") @DefaultValue("0") int olderThanDays,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        IncidentCriteria criteria = new IncidentCriteria(status, orgUnit, provision, category, overdue, olderThanDays);
        int pageSize = Math.min(Math.max(size, 1), 500);
        int pageNumber = Math.max(page, 0);
        return new Page(desk.find(criteria, pageNumber * pageSize, pageSize), pageNumber, pageSize,
                desk.count(criteria));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(IntakeForm form, @Context UriInfo uri) {
        long id = intake.open(form);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build())
                .entity(desk.incident(id)).build();
    }

    @GET
    @Path("charts")
    public CaseCharts charts() {
        return desk.charts();
    }

    @GET
    @Path("{id}")
    public IncidentDetail incident(@PathParam("id") long id) {
        return desk.incident(id);
    }

    @POST
    @Path("{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDetail move(@PathParam("id") long id, TransitionRequest request) {
        return procedure.move(id, request);
    }

    @POST
    @Path("{id}/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRITY_HEAD)
    public IncidentDetail assign(@PathParam("id") long id, Assignment assignment) {
        return procedure.assign(id, assignment.version(), assignment.login());
    }

    @POST
    @Path("{id}/assignments/{login}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTEGRITY_HEAD)
    public IncidentDetail unassign(@PathParam("id") long id, @PathParam("login") String login,
            Assignment assignment) {
        return procedure.unassign(id, assignment.version(), login, assignment.reason());
    }

    @POST
    @Path("{id}/side-records")
    @Consumes(MediaType.APPLICATION_JSON)
    public IncidentDetail recordSide(@PathParam("id") long id, SideRecordForm form) {
        return procedure.recordSide(id, form);
    }

    /**
     * Adds an evidence file: the body is the file's bytes, whatever its declared content type (the type is detected
     * from the content); {@code name} is the file's name, {@code capturedAt} when the screenshot or archive was made.
     */
    @POST
    @Path("{id}/evidence")
    @Consumes(MediaType.WILDCARD)
    public Response addEvidence(@PathParam("id") long id, @QueryParam("name") String name,
            @QueryParam("description") String description, @QueryParam("capturedAt") String capturedAt,
            InputStream body, @Context UriInfo uri) {
        EvidenceView added = evidence.add(id, name, description,
                capturedAt == null || capturedAt.isBlank() ? null : Instant.parse(capturedAt), body);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(added.id())).build())
                .entity(added).build();
    }

    @GET
    @Path("{id}/evidence")
    public List<EvidenceView> evidence(@PathParam("id") long id) {
        return evidence.list(id);
    }

    /** The file, checked against its hash first; {@code X-Etika-Integrity} says what the check found. */
    @GET
    @Path("{id}/evidence/{evidence}/content")
    @Produces(MediaType.WILDCARD)
    public Response content(@PathParam("id") long id, @PathParam("evidence") long evidenceId,
            @QueryParam("download") @DefaultValue("true") boolean download) {
        var content = evidence.open(id, evidenceId, download);
        EvidenceView view = content.evidence();
        return Response.ok(content.bytes(), view.detectedType())
                .header("Content-Disposition", (download ? "attachment" : "inline") + "; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(view.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .replace("+", "%20"))
                .header("X-Etika-Integrity", view.integrity())
                .header("X-Etika-Sha256", view.sha256())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .build();
    }

    @POST
    @Path("{id}/evidence/{evidence}/verification")
    public EvidenceView verify(@PathParam("id") long id, @PathParam("evidence") long evidenceId) {
        return evidence.verify(id, evidenceId);
    }
}

package my.etika.declaration.rest;

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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import my.etika.declaration.boundary.CampaignDesk;
import my.etika.declaration.boundary.CampaignDraft;
import my.etika.declaration.boundary.CampaignProgress;
import my.etika.declaration.boundary.CampaignView;
import my.etika.declaration.boundary.DeclarationExports;
import my.etika.declaration.boundary.DeclarationLine;
import my.etika.platform.boundary.Roles;

/** HR's declaration campaigns: create (a draft), launch, follow, list the declarations, close. */
@Path("campaigns")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class CampaignsResource {

    @Inject
    CampaignDesk campaigns;

    @Inject
    DeclarationExports exports;

    /** Launching names the version of the campaign it saw (optimistic locking). */
    public record Launch(long version) {
    }

    @GET
    public List<CampaignView> campaigns() {
        return campaigns.campaigns();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CampaignDraft draft, @Context UriInfo uri) {
        CampaignView created = campaigns.create(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public CampaignView campaign(@PathParam("id") long id) {
        return campaigns.campaign(id);
    }

    @POST
    @Path("{id}/launch")
    @Consumes(MediaType.APPLICATION_JSON)
    public CampaignView launch(@PathParam("id") long id, Launch launch) {
        return campaigns.launch(id, launch == null ? -1 : launch.version());
    }

    @POST
    @Path("{id}/close")
    public CampaignView close(@PathParam("id") long id) {
        return campaigns.close(id);
    }

    @GET
    @Path("{id}/progress")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public CampaignProgress progress(@PathParam("id") long id) {
        return campaigns.progress(id);
    }

    /** A page of the campaign's declarations after a declaration id (keyset paging). */
    @GET
    @Path("{id}/declarations")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public List<DeclarationLine> declarations(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("orgUnit") String orgUnit, @QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("size") @DefaultValue("100") int size) {
        return campaigns.declarations(id, blankToNull(status), orgUnit, after, Math.min(Math.max(size, 1), 1_000));
    }

    /** The campaign's declarations as a spreadsheet ({@code format=csv|xlsx}), streamed. */
    @GET
    @Path("{id}/declarations/export")
    @Produces({DeclarationExports.CSV, DeclarationExports.XLSX})
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public Response export(@PathParam("id") long id, @QueryParam("format") @DefaultValue("csv") String format,
            @QueryParam("status") String status, @QueryParam("orgUnit") String orgUnit,
            @QueryParam("lang") @DefaultValue("ms") String language) {
        exports.check(id);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        Locale locale = language.startsWith("en") ? Locale.ENGLISH : Locale.forLanguageTag("ms");
        StreamingOutput body = out -> exports.write(id, blankToNull(status), orgUnit, locale, xlsx, out);
        return Response.ok(body, xlsx ? DeclarationExports.XLSX : DeclarationExports.CSV)
                .header("Content-Disposition", "attachment; filename=\"akuan-kempen-" + id + (xlsx ? ".xlsx" : ".csv")
                        + "\"").build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

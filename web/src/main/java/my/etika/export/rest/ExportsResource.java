package my.etika.export.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.nio.file.Files;
import my.etika.export.boundary.ExportRequest;
import my.etika.export.boundary.ExportView;
import my.etika.export.boundary.Exports;
import my.etika.platform.boundary.Roles;

/**
 * Auditor exports: asked for (202 with the export's address), followed (status, progress) and downloaded as a
 * signed BagIt zip; the public key that verifies packages.
 */
@Path("exports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
public class ExportsResource {

    @Inject
    Exports exports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public Response start(ExportRequest request, @Context UriInfo uri) {
        ExportView export = exports.start(request);
        return Response.accepted(export).location(uri.getAbsolutePathBuilder().path(Long.toString(export.id()))
                .build()).build();
    }

    @GET
    @Path("{id:[0-9]+}")
    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public ExportView export(@PathParam("id") long id) {
        return exports.view(id);
    }

    @GET
    @Path("{id:[0-9]+}/package")
    @Produces("application/zip")
    @RolesAllowed({Roles.AUDITOR, Roles.INTEGRITY_HEAD, Roles.HR})
    public Response download(@PathParam("id") long id) {
        java.nio.file.Path file = exports.packageFile(id);
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, "application/zip").header("Content-Disposition",
                "attachment; filename=\"etika-export-" + id + ".zip\"").build();
    }

    @GET
    @Path("public-key")
    @Produces("application/x-pem-file")
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.INTEGRITY, Roles.INTEGRITY_HEAD, Roles.AUDITOR, Roles.ADMIN})
    public Response publicKey() {
        return Response.ok(exports.publicKey(), "application/x-pem-file").header("Content-Disposition",
                "attachment; filename=\"etika-export-public-key.pem\"").build();
    }
}

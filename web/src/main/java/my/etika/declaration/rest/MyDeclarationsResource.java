package my.etika.declaration.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import my.etika.declaration.boundary.DeclarationToSign;
import my.etika.declaration.boundary.MyDeclaration;
import my.etika.declaration.boundary.MyDeclarations;
import my.etika.declaration.boundary.MyTeam;
import my.etika.declaration.boundary.SignatureRequest;
import my.etika.declaration.boundary.SignedDeclaration;
import my.etika.declaration.boundary.TeamDeclaration;
import my.etika.platform.boundary.Roles;

/** The calling officer's own declarations: list, read (Malay or English), sign, receipt. */
@Path("me/declarations")
@RolesAllowed(Roles.OFFICER)
@Produces(MediaType.APPLICATION_JSON)
public class MyDeclarationsResource {

    @Inject
    MyDeclarations declarations;

    @Inject
    MyTeam team;

    @GET
    public List<MyDeclaration> mine() {
        return declarations.mine();
    }

    /** The declarations of the officers the caller supervises (directory {@code manager}), in open campaigns. */
    @GET
    @Path("team")
    public List<TeamDeclaration> team() {
        return team.declarations();
    }

    @GET
    @Path("{id}")
    public DeclarationToSign declaration(@PathParam("id") long id, @QueryParam("lang") String language,
            @Context HttpHeaders headers) {
        return declarations.open(id, language != null ? language
                : headers.getAcceptableLanguages().stream().findFirst().map(l -> l.getLanguage()).orElse("ms"));
    }

    @POST
    @Path("{id}/signature")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@PathParam("id") long id, SignatureRequest request, @Context HttpServletRequest http,
            @HeaderParam("User-Agent") String userAgent, @Context UriInfo uri) {
        SignedDeclaration signed = declarations.sign(id, request, http.getRemoteAddr(), userAgent);
        return Response.created(uri.getBaseUriBuilder().path("me/declarations").path(Long.toString(id))
                .path("receipt").build()).entity(signed).build();
    }

    /** The PDF receipt of the latest signature, in the language it was signed in. */
    @GET
    @Path("{id}/receipt")
    @Produces("application/pdf")
    public Response receipt(@PathParam("id") long id, @Context UriInfo uri) {
        // the receipt points at the public verification page of this server
        String verifyPage = uri.getBaseUri().resolve("../../verify.xhtml?code=").toString();
        byte[] pdf = declarations.receipt(id, verifyPage);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"resit-akuan-" + id + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }
}

package my.etika.declaration.rest;

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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import my.etika.declaration.boundary.PolicyCatalog;
import my.etika.declaration.boundary.PolicyDraft;
import my.etika.declaration.boundary.PolicyVersionView;
import my.etika.platform.boundary.Roles;

/** Policies and their versions: list, draft a new version, publish it (then it never changes). */
@Path("policies")
@RolesAllowed({Roles.HR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PoliciesResource {

    @Inject
    PolicyCatalog policies;

    @GET
    @Path("versions")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public List<PolicyVersionView> versions() {
        return policies.versions();
    }

    @GET
    @Path("versions/{id}")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.AUDITOR})
    public PolicyVersionView version(@PathParam("id") long id) {
        return policies.version(id);
    }

    @POST
    @Path("{policyId}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response draft(@PathParam("policyId") long policyId, PolicyDraft draft, @Context UriInfo uri) {
        PolicyVersionView created = policies.draft(policyId, draft);
        return Response.created(uri.getBaseUriBuilder().path("policies/versions").path(Long.toString(created.id()))
                .build()).entity(created).build();
    }

    @POST
    @Path("versions/{id}/publication")
    public PolicyVersionView publish(@PathParam("id") long id) {
        return policies.publish(id);
    }
}

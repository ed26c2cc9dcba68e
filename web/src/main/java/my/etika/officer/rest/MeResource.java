package my.etika.officer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import my.etika.officer.boundary.OfficerRecord;
import my.etika.officer.boundary.OfficerRegistry;
import my.etika.platform.boundary.Roles;

/** The calling officer's own record. */
@Path("me")
@RolesAllowed(Roles.OFFICER)
public class MeResource {

    @Inject
    OfficerRegistry registry;

    /** The record plus the caller's roles. */
    public record Me(OfficerRecord officer, List<String> roles) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Me me(@Context SecurityContext security) {
        return new Me(registry.myRecord(), Roles.ALL.stream().filter(security::isUserInRole).toList());
    }
}

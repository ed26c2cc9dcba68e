package my.etika.hygiene.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import my.etika.hygiene.boundary.FindingView;
import my.etika.hygiene.boundary.MyFindings;
import my.etika.platform.boundary.Roles;

/** {@code GET /api/v1/me/findings}: the calling officer's own findings. */
@Path("me/findings")
@RolesAllowed(Roles.OFFICER)
@Produces(MediaType.APPLICATION_JSON)
public class MyFindingsResource {

    @Inject
    MyFindings findings;

    @GET
    public List<FindingView> mine() {
        return findings.mine();
    }
}

package my.etika.discipline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import my.etika.discipline.boundary.DisciplinaryClearance;
import my.etika.discipline.boundary.OutcomeSummary;
import my.etika.platform.boundary.Roles;

/** The outcomes of decided cases in a period, for HR to carry out (no facts, no evidence). */
@Path("incidents/outcomes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR, Roles.INTEGRITY_HEAD})
public class OutcomesResource {

    @Inject
    DisciplinaryClearance clearance;

    @GET
    public List<OutcomeSummary> outcomes(@QueryParam("from") String from, @QueryParam("to") String to) {
        return clearance.outcomes(ClearanceResource.date(from), ClearanceResource.date(to));
    }
}

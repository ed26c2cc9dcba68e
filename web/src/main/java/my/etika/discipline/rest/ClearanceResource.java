package my.etika.discipline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import my.etika.discipline.boundary.ClearanceAnswer;
import my.etika.discipline.boundary.DisciplinaryClearance;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/** Whether an officer was free of disciplinary punishment over a period, as an answer or a PDF certificate. */
@Path("officers/{id}/clearance")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.HR, Roles.INTEGRITY_HEAD})
public class ClearanceResource {

    @Inject
    DisciplinaryClearance clearance;

    @GET
    public ClearanceAnswer clearance(@PathParam("id") long officerId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return clearance.answer(officerId, date(from), date(to));
    }

    @GET
    @Path("certificate")
    @Produces("application/pdf")
    public Response certificate(@PathParam("id") long officerId, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate start = date(from);
        LocalDate end = date(to);
        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        clearance.certificate(officerId, start, end, pdf);
        StreamingOutput body = out -> pdf.writeTo(out);
        return Response.ok(body, "application/pdf").header("Content-Disposition",
                "attachment; filename=\"bebas-tindakan-tatatertib-" + officerId + ".pdf\"").build();
    }

    static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "clearance.periodInvalid");
        }
    }
}

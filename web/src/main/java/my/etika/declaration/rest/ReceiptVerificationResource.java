package my.etika.declaration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import my.etika.declaration.boundary.ReceiptVerification;
import my.etika.declaration.boundary.VerifiedSignature;

/**
 * {@code GET /api/v1/declarations/verify/{code}}: confirms a declaration receipt. Public (web.xml leaves this
 * path open): whoever holds a receipt may check it; an unknown or altered code is 404.
 */
@Path("declarations/verify")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptVerificationResource {

    @Inject
    ReceiptVerification verification;

    @GET
    @Path("{code}")
    public VerifiedSignature verify(@PathParam("code") String code) {
        return verification.verify(code);
    }
}

package my.etika.hygiene.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import my.etika.hygiene.boundary.BreachImportSummary;
import my.etika.hygiene.boundary.BreachImports;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * {@code POST /api/v1/hygiene/breach-imports?domain=customs.gov.my}: a breach-notification export (HIBP domain
 * search, JSON or CSV) as the request body, streamed; all of it imported, or nothing with the reason.
 */
@Path("hygiene/breach-imports")
@RolesAllowed({Roles.INTEGRITY, Roles.HR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class BreachImportsResource {

    @Inject
    BreachImports imports;

    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public BreachImportSummary importExport(@QueryParam("domain") String domain, InputStream export) {
        if (domain == null || domain.isBlank()) {
            throw new BusinessException(BusinessException.Kind.INVALID, "breach.domainInvalid", "");
        }
        return imports.importExport(domain, export);
    }
}

package my.etika.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import my.etika.platform.boundary.BusinessException;

/** A business refusal becomes a translated RFC 9457 problem with the matching status. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(BusinessException e) {
        int status = switch (e.kind()) {
            case INVALID -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case FORBIDDEN -> 403;
            case UNAVAILABLE -> 503;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_TYPE -> 415;
        };
        return ProblemResponses.of(status, headers, uri, e.messageKey(), e.arguments().toArray());
    }

    /** An EJB refused the caller's role: the same 403 problem as a refused resource. */
    @Provider
    public static class AccessDenied implements ExceptionMapper<EJBAccessException> {

        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(EJBAccessException e) {
            return ProblemResponses.of(403, headers, uri, "http.403.detail");
        }
    }
}

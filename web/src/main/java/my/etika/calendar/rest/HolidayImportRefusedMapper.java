package my.etika.calendar.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import my.etika.calendar.boundary.HolidayImportRefused;
import my.etika.platform.rest.Problem;
import my.etika.platform.web.Messages;

/**
 * A refused holiday file becomes a 400 problem (as every business refusal) with its errors as well: {@code errors},
 * each with its {@code line} (0 for the whole file), {@code code} and {@code detail}; {@code truncated} when the
 * check stopped at the maximum number of errors.
 */
@Provider
public class HolidayImportRefusedMapper implements ExceptionMapper<HolidayImportRefused> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(HolidayImportRefused refused) {
        Locale locale = Messages.firstSupported(headers.getAcceptableLanguages());
        Problem problem = Problem.of(400, locale, refused.messageKey(), refused.arguments().toArray());
        JsonArrayBuilder errors = Json.createArrayBuilder();
        refused.errors().forEach(e -> errors.add(Json.createObjectBuilder().add("line", e.line())
                .add("code", e.messageKey()).add("detail", CalendarTexts.importError(e, locale))));
        String json = Json.createObjectBuilder()
                .add("type", "urn:etika:problem:" + problem.code())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .add("code", problem.code())
                .add("instance", uri.getRequestUri().getPath())
                .add("errors", errors)
                .add("truncated", refused.truncated())
                .build().toString();
        return Response.status(400).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag()).entity(json).build();
    }
}

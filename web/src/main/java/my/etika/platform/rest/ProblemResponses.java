package my.etika.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import my.etika.platform.web.Messages;

/** Builds problem responses in the client's language (Accept-Language; Malay by default). */
final class ProblemResponses {

    private ProblemResponses() {
    }

    static Response of(int status, HttpHeaders headers, UriInfo uri, String messageKey, Object... arguments) {
        Locale locale = Messages.firstSupported(headers.getAcceptableLanguages());
        Problem problem = Problem.of(status, locale, messageKey, arguments).at(uri.getRequestUri().getPath());
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
                .entity(problem.toJson())
                .build();
    }
}

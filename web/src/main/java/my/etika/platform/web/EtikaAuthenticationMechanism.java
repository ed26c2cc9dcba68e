package my.etika.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import my.etika.directory.boundary.DirectoryLogin;
import my.etika.directory.boundary.LoginChannel;
import my.etika.directory.boundary.LoginRefusal;
import my.etika.directory.boundary.LoginResult;
import my.etika.platform.rest.Problem;

/**
 * Authenticates every request against the agency directory. Screens use the login page and an HTTP session;
 * the JSON API ({@code /api/}) is stateless HTTP Basic and never accepts the session cookie, so a page in the
 * browser cannot be turned into an API call on the user's behalf (no CSRF on the API).
 */
@ApplicationScoped
public class EtikaAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_CALLER = "etika.caller";
    static final String REFUSAL = "etika.loginRefusal";
    static final String AFTER_LOGIN = "etika.afterLogin";
    static final String LOGIN_PAGE = "/login.xhtml";
    private static final String API = "/api/";

    @Inject
    DirectoryLogin directoryLogin;

    @Inject
    ApiCredentialCache credentials;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
            return basic(request, response, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential typed) {
            return loginPage(typed, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof AuthenticatedCaller caller) {
            return context.notifyContainerAboutLogin(caller.login(), caller.roles());
        }
        if (context.isProtected()) {
            return toLoginPage(request, response, context);
        }
        return context.doNothing();
    }

    private AuthenticationStatus loginPage(UsernamePasswordCredential typed, HttpServletRequest request,
            HttpMessageContext context) {
        LoginResult result = directoryLogin.logIn(typed.getCaller(), typed.getPasswordAsString(),
                LoginChannel.SCREEN, request.getRemoteAddr());
        if (result instanceof LoginResult.Accepted accepted) {
            if (request.getSession(false) != null) {
                request.changeSessionId(); // no session fixation
            }
            request.getSession(true).setAttribute(SESSION_CALLER,
                    new AuthenticatedCaller(accepted.login(), accepted.roles()));
            return context.notifyContainerAboutLogin(accepted.login(), accepted.roles());
        }
        request.setAttribute(REFUSAL, ((LoginResult.Refused) result).reason());
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** Remembers a page asked for by GET, so that the login page can return there, then shows the login page. */
    private static AuthenticationStatus toLoginPage(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String loginUrl = request.getContextPath() + LOGIN_PAGE;
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(AFTER_LOGIN,
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (query == null ? "" : "?" + query));
        }
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An Ajax request after the session expired: Faces must be told to redirect in a partial response.
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            write(response, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + loginUrl + "\"/></partial-response>");
            return AuthenticationStatus.SEND_CONTINUE;
        }
        return context.redirect(loginUrl);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        // Without Accept-Language the servlet API reports the server's own locale; Etika's default is Malay.
        Locale locale = request.getHeader("Accept-Language") == null ? Messages.MALAY
                : Messages.firstSupported(Collections.list(request.getLocales()));
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return context.isProtected()
                    ? refuse(response, request, locale, HttpServletResponse.SC_UNAUTHORIZED, "api.authenticationRequired")
                    : context.doNothing();
        }
        String[] loginAndPassword = decode(header.substring(6).trim());
        if (loginAndPassword == null) {
            directoryLogin.unreadable(request.getRemoteAddr());
            return refuse(response, request, locale, HttpServletResponse.SC_UNAUTHORIZED, "api.malformedAuthorization");
        }
        var cached = credentials.lookup(loginAndPassword[0], loginAndPassword[1]);
        if (cached.isPresent()) {
            return context.notifyContainerAboutLogin(cached.get().login(), cached.get().roles());
        }
        // only a cache miss reaches the directory, and so the audit trail: not every call is a login
        LoginResult result = directoryLogin.logIn(loginAndPassword[0], loginAndPassword[1], LoginChannel.API,
                request.getRemoteAddr());
        if (result instanceof LoginResult.Accepted accepted) {
            credentials.remember(loginAndPassword[0], loginAndPassword[1],
                    new ApiCredentialCache.Accepted(accepted.login(), accepted.roles()));
            return context.notifyContainerAboutLogin(accepted.login(), accepted.roles());
        }
        credentials.forget(loginAndPassword[0]);
        LoginRefusal reason = ((LoginResult.Refused) result).reason();
        return refuse(response, request, locale, statusOf(reason), reason.messageKey());
    }

    private static int statusOf(LoginRefusal reason) {
        return switch (reason) {
            case UNKNOWN_USER, WRONG_PASSWORD -> HttpServletResponse.SC_UNAUTHORIZED;
            case NOT_AN_ACTIVE_OFFICER, INVALID_DIRECTORY_ENTRY -> HttpServletResponse.SC_FORBIDDEN;
            case DIRECTORY_UNAVAILABLE -> HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        };
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, HttpServletRequest request,
            Locale locale, int status, String messageKey) {
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Etika\", charset=\"UTF-8\"");
        }
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "30");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Language", locale.toLanguageTag());
        write(response, Problem.of(status, locale, messageKey).at(request.getRequestURI()).toJson());
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** {@code login:password} from a Basic credential (RFC 7617, UTF-8); {@code null} when malformed. */
    static String[] decode(String base64) {
        try {
            String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** Writes and commits the body, so that the container cannot replace it with its own error page. */
    private static void write(HttpServletResponse response, String body) {
        try {
            response.getWriter().write(body);
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

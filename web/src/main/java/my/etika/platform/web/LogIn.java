package my.etika.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import my.etika.directory.boundary.DirectoryStatus;
import my.etika.directory.boundary.LoginRefusal;

/** The login page: hands the typed credentials to the authentication mechanism and explains a refusal. */
@Named
@RequestScoped
public class LogIn {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    @Inject
    DirectoryStatus directory;

    @Inject
    LanguageSelection language;

    private String username;
    private String password;
    private boolean loggedOut;

    /** After logging out the page says so (the session, and its messages, are gone by then). */
    public void showLoggedOut() {
        if (loggedOut && !faces.isPostback()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.text(language.getLocale(), "login.loggedOut"), null));
        }
    }

    /** With the embedded demo directory the page says where the demo accounts are. */
    public boolean isDemoMode() {
        return !directory.demoLogins().isEmpty();
    }

    public void logIn() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username, new Password(password)))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + afterLogin(request));
            case SEND_CONTINUE -> faces.responseComplete();
            default -> refused(request);
        }
    }

    private void refused(HttpServletRequest request) {
        Object reason = request.getAttribute(EtikaAuthenticationMechanism.REFUSAL);
        String key = reason instanceof LoginRefusal refusal ? refusal.messageKey() : "login.invalidCredentials";
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.text(language.getLocale(), key), null);
        faces.addMessage(null, message);
        faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_OK);
    }

    /** The page the officer asked for before logging in (a path inside Etika), or the home page. */
    private static String afterLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object requested = session == null ? null : session.getAttribute(EtikaAuthenticationMechanism.AFTER_LOGIN);
        if (session != null) {
            session.removeAttribute(EtikaAuthenticationMechanism.AFTER_LOGIN);
        }
        return requested instanceof String path && path.startsWith("/") && !path.startsWith("//")
                ? path : "/index.xhtml";
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

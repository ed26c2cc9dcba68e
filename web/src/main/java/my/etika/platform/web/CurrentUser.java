package my.etika.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import my.etika.platform.boundary.Roles;

/** The logged-in user as the layout shows them: name, roles, log out. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext faces;

    /** The servlet view of the caller: {@code null} for a stranger (the security context says "anonymous"). */
    public boolean isLoggedIn() {
        return getLogin() != null;
    }

    public String getLogin() {
        return faces.getExternalContext().getRemoteUser();
    }

    public boolean hasRole(String role) {
        return securityContext.isCallerInRole(role);
    }

    /** The caller's roles, most general first. */
    public List<String> getRoles() {
        return Roles.ALL.stream().filter(securityContext::isCallerInRole).toList();
    }

    public void logOut() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + EtikaAuthenticationMechanism.LOGIN_PAGE + "?loggedOut=true");
    }
}

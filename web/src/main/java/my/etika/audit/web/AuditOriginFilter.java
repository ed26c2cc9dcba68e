package my.etika.audit.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import my.etika.audit.boundary.AuditOrigin;

/**
 * Tells the audit trail where each request comes from: the client's address and the caller's roles (the container
 * has authenticated the request before filters run). The address is the one the server sees; behind a reverse
 * proxy the server must be configured to take it from the proxy, never from a header any client can send.
 */
@WebFilter(filterName = "auditOrigin", urlPatterns = "/*")
public class AuditOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.fill(request.getRemoteAddr(), AuditOrigin.roles(request::isUserInRole));
        chain.doFilter(request, response);
    }
}

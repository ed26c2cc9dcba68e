package my.etika.declaration.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import my.etika.declaration.boundary.MyDeclarations;
import my.etika.platform.boundary.BusinessException;

/**
 * {@code /declarations/receipt?id=}: the logged-in officer's PDF receipt (web.xml: every officer; the boundary
 * serves only the caller's own declarations).
 */
@WebServlet("/declarations/receipt")
public class ReceiptDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MyDeclarations declarations;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String verifyPage = request.getRequestURL().toString().replace(request.getRequestURI(), "")
                + request.getContextPath() + "/verify.xhtml?code=";
        byte[] pdf;
        try {
            pdf = declarations.receipt(id, verifyPage);
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"resit-akuan-" + id + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}

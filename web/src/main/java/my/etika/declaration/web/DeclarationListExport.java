package my.etika.declaration.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import my.etika.declaration.boundary.DeclarationExports;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.web.LanguageSelection;

/**
 * {@code /campaigns/export?id=&format=csv|xlsx[&status=PENDING][&orgUnit=]}: a campaign's declarations as a
 * spreadsheet, streamed page by page (web.xml: HR and ADMIN).
 */
@WebServlet("/campaigns/export")
public class DeclarationListExport extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeclarationExports exports;

    @Inject
    transient LanguageSelection language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        boolean xlsx = "xlsx".equalsIgnoreCase(request.getParameter("format"));
        String status = blankToNull(request.getParameter("status"));
        String orgUnit = request.getParameter("orgUnit");
        Locale locale = language.getLocale();
        try {
            exports.check(id);
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(xlsx ? DeclarationExports.XLSX : DeclarationExports.CSV);
        response.setHeader("Content-Disposition", "attachment; filename=\"akuan-kempen-" + id
                + (xlsx ? ".xlsx" : ".csv") + "\"");
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getOutputStream()) {
            exports.write(id, status, orgUnit, locale, xlsx, out);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package my.etika.export.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import my.etika.export.boundary.Exports;
import my.etika.platform.boundary.BusinessException;

/**
 * {@code /exports/package?id=}: the requester's ready package, streamed from disk (web.xml: AUDITOR,
 * INTEGRITY_HEAD, HR). Anybody else's export, or one not ready, is not found. The boundary records the download.
 */
@WebServlet("/exports/package")
public class ExportPackageDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Exports exports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(request.getParameter("id"));
        } catch (NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Path file;
        try {
            file = exports.packageFile(id);
        } catch (BusinessException refused) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/zip");
        response.setContentLengthLong(Files.size(file));
        response.setHeader("Content-Disposition", "attachment; filename=\"etika-export-" + id + ".zip\"");
        response.setHeader("Cache-Control", "no-store");
        try (OutputStream out = response.getOutputStream()) {
            Files.copy(file, out);
        }
    }
}

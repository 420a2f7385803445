package id.saring.catalog.boundary;

import id.saring.catalog.yaml.YamlMap;
import id.saring.identity.entity.Role;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Downloads a course version as a zip of its folder, for administrators:
 * {@code /admin/courses/export?course=<id>&version=<n>} (without {@code version}, the version
 * students get now). web.xml lets only administrators into {@code /admin/*}; the role is asked
 * again here, as every boundary does. Anything that names no stored version is "not found".
 */
@WebServlet("/admin/courses/export")
public class CourseExportServlet extends HttpServlet {

    private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,5}");

    @Inject
    transient CourseVersions versions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, true);
    }

    /**
     * What a download would be, without the download: a link checker or a download manager asking
     * first is not an export, so nothing goes to the audit trail.
     */
    @Override
    protected void doHead(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response, false);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, boolean download) throws IOException {
        if (!request.isUserInRole(Role.ADMIN_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String course = request.getParameter("course");
        String version = request.getParameter("version");
        if (course == null
                || !YamlMap.ID.matcher(course).matches()
                || (version != null && !NUMBER.matcher(version).matches())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Integer> number = Optional.ofNullable(version).map(Integer::valueOf);
        Optional<CourseExport> export = download ? versions.export(course, number) : versions.peek(course, number);
        if (export.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] zip = export.get().zip();
        response.setContentType("application/zip");
        response.setHeader(
                "Content-Disposition", "attachment; filename=\"" + export.get().fileName() + "\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(zip.length);
        if (download) {
            response.getOutputStream().write(zip);
        }
    }
}

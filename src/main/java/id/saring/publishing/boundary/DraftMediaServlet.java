package id.saring.publishing.boundary;

import id.saring.catalog.reading.CourseReader;
import id.saring.identity.entity.Role;
import id.saring.publishing.entity.DraftFile;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves the pictures of a course's draft at {@code /admin/drafts/media/<course>/<path>} and
 * {@code /teach/drafts/media/<course>/<path>}, for the editor's preview: to whoever may write the
 * course ({@link Authoring#mayWrite}: administrators, and a teacher their own course; web.xml
 * guards each folder by role). Anyone else finds nothing there. Never cached, since a draft's
 * picture can change at any moment.
 */
@WebServlet({"/admin/drafts/media/*", "/teach/drafts/media/*"})
public class DraftMediaServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]{1,64})/([^?#]{1,255})");

    @Inject
    transient Drafts drafts;

    @Inject
    transient Authoring authoring;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String role = request.getServletPath().startsWith("/admin/") ? Role.ADMIN_NAME : Role.TEACHER_NAME;
        if (!request.isUserInRole(role) || request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Matcher path = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        Optional<String> type =
                path.matches() && authoring.mayWrite(request.getUserPrincipal().getName(), path.group(1))
                        ? CourseReader.imageType(path.group(2))
                        : Optional.empty();
        Optional<DraftFile> file = type.flatMap(t -> drafts.file(path.group(1), path.group(2)));
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = file.get().getContent();
        response.setContentType(type.get());
        response.setContentLength(bytes.length);
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(bytes);
    }

    /** Where an administrator's preview finds a picture of a course's draft. */
    public static String url(String contextPath, String courseId, String path) {
        return url(contextPath, "admin", courseId, path);
    }

    /** Where the preview finds a picture of a course's draft, in the pages' folder ("admin" or "teach"). */
    public static String url(String contextPath, String folder, String courseId, String path) {
        return contextPath + "/" + folder + "/drafts/media/" + courseId + "/" + path;
    }
}

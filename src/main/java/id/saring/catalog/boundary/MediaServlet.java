package id.saring.catalog.boundary;

import id.saring.catalog.content.Asset;
import id.saring.identity.entity.Role;
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
 * Serves a course version's images at {@code /media/<course>/<version>/<path>}. A version never
 * changes, so browsers may keep an image for a year without asking again: on 3G every request
 * saved counts. Images of unpublished courses are for administrators' previews only.
 */
@WebServlet("/media/*")
public class MediaServlet extends HttpServlet {

    private static final Pattern PATH = Pattern.compile("/([a-z0-9-]+)/(\\d{1,6})/(.+)");

    @Inject
    transient Catalog catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(Optional.ofNullable(request.getPathInfo()).orElse(""));
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String courseId = path.group(1);
        int number = Integer.parseInt(path.group(2));
        boolean mayPreview = request.isUserInRole(Role.ADMIN_NAME);
        if (!mayPreview && !catalog.isPublished(courseId)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<Asset> asset =
                catalog.version(courseId, number).map(c -> c.assets().get(path.group(3)));
        if (asset.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(asset.get().mediaType());
        response.setContentLength(asset.get().bytes().length);
        response.setHeader("Cache-Control", "private, max-age=31536000, immutable");
        response.getOutputStream().write(asset.get().bytes());
    }
}

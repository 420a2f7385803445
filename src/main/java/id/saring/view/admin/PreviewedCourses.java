package id.saring.view.admin;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.yaml.YamlMap;
import id.saring.publishing.boundary.DraftMediaServlet;
import id.saring.publishing.boundary.Publisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The course an administrator previews, as the previews' {@code version} names it: a version's
 * number, or {@value #DRAFT} for the course's draft as it would be published now.
 */
@ApplicationScoped
public class PreviewedCourses {

    public static final String DRAFT = "draft";

    private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,5}");

    @Inject
    Catalog catalog;

    @Inject
    Publisher publisher;

    @Inject
    ServletContext servletContext;

    /** @return empty for a course, version or draft that does not exist, or a draft with a problem */
    public Optional<Course> find(String courseId, String version) {
        return find("admin", courseId, version);
    }

    /**
     * As {@link #find(String, String)}, with a draft's pictures served from the pages' folder
     * ("admin", or "teach" for a teacher's own course).
     */
    public Optional<Course> find(String folder, String courseId, String version) {
        if (courseId == null || version == null || !YamlMap.ID.matcher(courseId).matches()) {
            return Optional.empty();
        }
        if (DRAFT.equals(version)) {
            String context = servletContext.getContextPath();
            return publisher.readDraft(courseId, path -> DraftMediaServlet.url(context, folder, courseId, path));
        }
        return NUMBER.matcher(version).matches()
                ? catalog.version(courseId, Integer.parseInt(version))
                : Optional.empty();
    }

    public static boolean isDraft(String version) {
        return DRAFT.equals(version);
    }
}

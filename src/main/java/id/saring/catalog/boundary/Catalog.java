package id.saring.catalog.boundary;

import id.saring.catalog.content.Course;
import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.TagVocabulary;
import id.saring.catalog.yaml.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Logger;

/**
 * The courses as pages show them. A published version never changes, so each is read from its
 * stored files once and kept in memory, on every instance; which version is current and whether a
 * course is published are asked of the database every time, so they are never stale.
 */
@ApplicationScoped
public class Catalog {

    private static final Logger LOG = Logger.getLogger(Catalog.class.getName());

    @Inject
    CourseVersions versions;

    @Inject
    ServletContext servletContext;

    private final ConcurrentMap<String, Optional<Course>> read = new ConcurrentHashMap<>();

    /** The current versions of the published courses, for students. */
    public List<Course> published() {
        return versions.all().stream()
                .filter(PublishedCourse::isPublished)
                .flatMap(course -> version(course.getId(), course.getCurrentVersion()).stream())
                .toList();
    }

    /** The current version, if the course is published. */
    public Optional<Course> current(String courseId) {
        return versions.find(courseId)
                .filter(PublishedCourse::isPublished)
                .flatMap(course -> version(course.getId(), course.getCurrentVersion()));
    }

    /** The number of the version students get now, if the course is published. */
    public Optional<Integer> currentVersionNumber(String courseId) {
        return versions.find(courseId).filter(PublishedCourse::isPublished).map(PublishedCourse::getCurrentVersion);
    }

    public boolean isPublished(String courseId) {
        return versions.find(courseId).map(PublishedCourse::isPublished).orElse(false);
    }

    /** Any version, published or not: for administrators' previews and for attempts started on it. */
    public Optional<Course> version(String courseId, int number) {
        String key = courseId + "/" + number;
        Optional<Course> known = read.get(key);
        if (known != null) {
            return known;
        }
        Optional<CourseVersion> stored = versions.version(courseId, number);
        if (stored.isEmpty()) {
            // Not kept: another instance of a cluster may publish this version a moment later.
            return Optional.empty();
        }
        return read.computeIfAbsent(key, k -> readStored(stored.get()));
    }

    public String mediaUrl(String courseId, int number, String path) {
        return servletContext.getContextPath() + "/media/" + courseId + "/" + number + "/" + path;
    }

    private Optional<Course> readStored(CourseVersion stored) {
        Problems problems = new Problems();
        Optional<Course> course = CourseFiles.zip(stored.getCourseId() + ".zip", stored.getFiles(), problems)
                .flatMap(files -> TagVocabulary.read(stored.getTags(), problems).flatMap(tags -> new CourseReader(tags)
                        .read(files, path -> mediaUrl(stored.getCourseId(), stored.getNumber(), path), problems)));
        if (course.isEmpty()) {
            LOG.severe(() -> "Stored version " + stored.getNumber() + " of course " + stored.getCourseId()
                    + " cannot be read back: " + problems.all());
        }
        return course;
    }
}

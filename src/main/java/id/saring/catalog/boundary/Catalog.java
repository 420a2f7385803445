package id.saring.catalog.boundary;

import id.saring.catalog.content.Course;
import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.TagVocabulary;
import id.saring.catalog.yaml.Problems;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.logging.Level;
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

    /**
     * {@link Course#downloadBytes} of each version kept in {@link #read}, computed once when it is
     * read: it renders the text of every offline quiz, and the home page asked it of every course
     * on every load (14% of the server's CPU samples while 1,000 students logged in with their
     * cards, most of the home page's).
     */
    private final ConcurrentMap<Kept, Long> downloadBytes = new ConcurrentHashMap<>();

    /** A version kept here, as itself: its record equality would compare (and hash) the whole course. */
    private record Kept(Course course) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Kept kept && kept.course == course;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(course);
        }
    }

    /** The application's context path, known from the start on (no request needed to ask it). */
    private volatile String contextPath;

    /**
     * Reads the published versions once the courses folder has been published (CourseSync), so
     * that the first students after a start do not wait for it: the first home pages of a
     * benchmark run queued 3.9 s on the map while one request read a course's files.
     */
    void readOnStart(
            @Observes @Priority(Interceptor.Priority.APPLICATION + 20) @Initialized(ApplicationScoped.class)
                    Object start) {
        if (start instanceof ServletContext context) {
            contextPath = context.getContextPath();
        }
        long began = System.nanoTime();
        try {
            int courses = published().size();
            LOG.info(() ->
                    "Read " + courses + " published courses in " + (System.nanoTime() - began) / 1_000_000 + " ms.");
        } catch (RuntimeException e) {
            // The first student's request reads them then, as before.
            LOG.log(Level.WARNING, "The published courses could not be read at start", e);
        }
    }

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

    /**
     * What a student downloads to keep the course offline ({@link Course#downloadBytes}): computed
     * once for a version this catalog keeps, each time for any other (a draft's preview).
     */
    public long downloadBytes(Course course) {
        Long kept = downloadBytes.get(new Kept(course));
        return kept != null ? kept : course.downloadBytes();
    }

    public String mediaUrl(String courseId, int number, String path) {
        String root = contextPath != null ? contextPath : servletContext.getContextPath();
        return root + "/media/" + courseId + "/" + number + "/" + path;
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
        course.ifPresent(read -> downloadBytes.put(new Kept(read), read.downloadBytes()));
        return course;
    }
}

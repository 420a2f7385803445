package id.saring.publishing.boundary;

import id.saring.catalog.boundary.CourseVersions;
import id.saring.catalog.content.Course;
import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseProblems;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.TagVocabulary;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a course and, when it has no problem at all, stores it as a new version and serves it.
 * A course with any problem changes nothing: the version students had stays.
 */
@ApplicationScoped
public class Publisher {

    private static final Logger LOG = Logger.getLogger(Publisher.class.getName());

    @Inject
    CourseVersions versions;

    @Inject
    Drafts drafts;

    @Inject
    @ConfigProperty(name = "saring.courses.dir", defaultValue = "./courses")
    String coursesDir;

    /** Publishes every course folder in the courses folder that is new or changed. */
    public List<Publication> syncFolder(String by) {
        Path root = Path.of(coursesDir);
        List<Publication> publications = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return publications;
        }
        try (Stream<Path> children = Files.list(root)) {
            for (Path folder : children.filter(f -> Files.isRegularFile(f.resolve(CourseReader.COURSE_FILE)))
                    .sorted()
                    .toList()) {
                publications.add(publishSafely(
                        folder.getFileName().toString(),
                        () -> publish(CourseFiles.folder(folder), CourseVersion.Source.FOLDER, by)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return publications;
    }

    /** Publishes an uploaded zip. */
    public Publication publishZip(String fileName, byte[] zip, String by) {
        Problems problems = new Problems();
        Optional<CourseFiles> files = CourseFiles.zip(fileName, zip, problems);
        return files.isPresent()
                ? publishSafely(fileName, () -> publish(files.get(), CourseVersion.Source.UPLOAD, by))
                : Publication.refused(fileName, problems.all());
    }

    /** A course that cannot be stored (a lost database connection) is refused, not thrown. */
    private static Publication publishSafely(String source, Callable<Publication> publishing) {
        try {
            return publishing.call();
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Publishing " + source + " failed", e);
            Problems problems = new Problems();
            problems.report(
                    source, 0, PublishingProblems.PUBLISH_FAILED, e.getClass().getSimpleName());
            return Publication.refused(source, problems.all());
        }
    }

    /**
     * Publishes a course's draft written in the browser, with the same checks as a folder or a
     * zip. Once published (or found to be the version students already get), the draft ends,
     * unless someone saved a file of it meanwhile.
     */
    public Publication publishDraft(String courseId, String by) {
        Optional<CourseFiles> files = drafts.courseFiles(courseId);
        if (files.isEmpty()) {
            Problems problems = new Problems();
            problems.report(courseId, 0, PublishingProblems.DRAFT_GONE);
            return Publication.refused(courseId, problems.all());
        }
        Publication publication = publishSafely(
                courseId, () -> publish(files.get(), Optional.of(courseId), CourseVersion.Source.EDITOR, by));
        if (!publication.isRefused()) {
            drafts.endPublished(courseId, files.get().checksum());
        }
        return publication;
    }

    /**
     * The course's draft as students would get it if it were published now, for a preview.
     *
     * @param assetUrl where the preview finds a picture of the draft, by its path
     * @return empty when there is no draft or it has a problem (then {@link #checkDraft} says which)
     */
    public Optional<Course> readDraft(String courseId, Function<String, String> assetUrl) {
        return drafts.courseFiles(courseId)
                .flatMap(files -> read(files, Optional.of(courseId), assetUrl, new Problems()))
                .map(Read::course);
    }

    /** Every problem the course's draft has now, as publishing it would report them. */
    public List<Problem> checkDraft(String courseId) {
        Problems problems = new Problems();
        Optional<CourseFiles> files = drafts.courseFiles(courseId);
        if (files.isEmpty()) {
            problems.report(courseId, 0, PublishingProblems.DRAFT_GONE);
        } else {
            read(files.get(), Optional.of(courseId), path -> path, problems);
        }
        return problems.all();
    }

    Publication publish(CourseFiles files, CourseVersion.Source source, String by) {
        return publish(files, Optional.empty(), source, by);
    }

    private Publication publish(
            CourseFiles files, Optional<String> expectedId, CourseVersion.Source source, String by) {
        Problems problems = new Problems();
        Optional<Read> read = read(files, expectedId, path -> path, problems);
        if (read.isEmpty()) {
            return Publication.refused(files.name(), problems.all());
        }
        String id = read.get().course().id();
        Optional<Integer> version =
                versions.store(id, files.checksum(), files.zip(), read.get().tags(), source, by);
        return version.map(n -> new Publication(files.name(), id, Publication.Outcome.PUBLISHED, n, List.of()))
                .orElseGet(() -> new Publication(
                        files.name(),
                        id,
                        Publication.Outcome.UNCHANGED,
                        versions.find(id).orElseThrow().getCurrentVersion(),
                        List.of()));
    }

    /** A course read and checked, with the tag list it was checked against. */
    private record Read(Course course, byte[] tags) {}

    private Optional<Read> read(
            CourseFiles files, Optional<String> expectedId, Function<String, String> assetUrl, Problems problems) {
        Optional<byte[]> tags = vocabularyFile(problems);
        Optional<Course> course = tags.flatMap(t -> TagVocabulary.read(t, problems))
                .flatMap(vocabulary -> new CourseReader(vocabulary).read(files, assetUrl, problems));
        if (course.isPresent()
                && expectedId.isPresent()
                && !expectedId.get().equals(course.get().id())) {
            problems.report(
                    CourseReader.COURSE_FILE,
                    0,
                    PublishingProblems.DRAFT_ID_CHANGED,
                    course.get().id(),
                    expectedId.get());
            return Optional.empty();
        }
        return course.map(c -> new Read(c, tags.get()));
    }

    /**
     * The tags authors may use with their names, sorted by tag: what an editor offers, named in the
     * reader's language as reports and students name them.
     */
    public Map<String, LocalizedText> tagNames() {
        Problems problems = new Problems();
        return vocabularyFile(problems)
                .flatMap(t -> TagVocabulary.read(t, problems))
                .<Map<String, LocalizedText>>map(vocabulary -> new TreeMap<>(vocabulary.labels()))
                .orElse(Map.of());
    }

    private Optional<byte[]> vocabularyFile(Problems problems) {
        Path file = Path.of(coursesDir, TagVocabulary.FILE);
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.report(file.toString(), 0, CourseProblems.TAGS_MISSING);
            return Optional.empty();
        }
    }
}

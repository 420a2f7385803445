package id.saring.publishing.boundary;

import id.saring.catalog.boundary.CourseVersions;
import id.saring.catalog.content.Course;
import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseProblems;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.TagVocabulary;
import id.saring.catalog.yaml.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
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

    Publication publish(CourseFiles files, CourseVersion.Source source, String by) {
        Problems problems = new Problems();
        Optional<byte[]> tags = vocabularyFile(problems);
        Optional<Course> course = tags.flatMap(t -> TagVocabulary.read(t, problems))
                .flatMap(vocabulary -> new CourseReader(vocabulary).read(files, path -> path, problems));
        if (course.isEmpty()) {
            return Publication.refused(files.name(), problems.all());
        }
        String id = course.get().id();
        Optional<Integer> version = versions.store(id, files.checksum(), files.zip(), tags.get(), source, by);
        return version.map(n -> new Publication(files.name(), id, Publication.Outcome.PUBLISHED, n, List.of()))
                .orElseGet(() -> new Publication(
                        files.name(),
                        id,
                        Publication.Outcome.UNCHANGED,
                        versions.find(id).orElseThrow().getCurrentVersion(),
                        List.of()));
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

package id.saring.testing;

import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.reading.TagVocabulary;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the real war the build just packaged. */
public final class Deployments {

    /** The administrator password the test containers are started with (arquillian.xml). */
    public static final String ADMIN_USERNAME = "admin";

    public static final String ADMIN_PASSWORD = "Admin-Test-2026";

    private Deployments() {}

    /** The courses folder the H2 containers read (arquillian.xml). */
    public static final Path COURSES = Path.of("target", "it-courses");

    /** The sample course (every question type) under its own id, for quiz tests. */
    public static final String QUIZ_COURSE = "kuis-contoh";

    public static final String QUIZ = "kuis-modul-satu";

    /**
     * The real war, with the sample course (and its module's lesson plan) in the courses folder it
     * publishes on start. Written
     * before every deployment, so each container starts from the same files.
     */
    public static WebArchive saringWarWithSampleCourse() {
        return saringWarWithSampleCourse(COURSES);
    }

    /** The same, with the sample course written to another courses folder (the PostgreSQL container's). */
    public static WebArchive saringWarWithSampleCourse(Path courses) {
        try {
            Files.createDirectories(courses);
            Files.copy(
                    Path.of("courses", TagVocabulary.FILE),
                    courses.resolve(TagVocabulary.FILE),
                    StandardCopyOption.REPLACE_EXISTING);
            Map<String, byte[]> files = SampleCourse.filesWithPlan();
            SampleCourse.put(
                    files,
                    "course.yaml",
                    SampleCourse.COURSE
                            .replace("id: contoh-kursus", "id: " + QUIZ_COURSE)
                            .replace("Kursus Contoh", "Kuis Contoh"));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = courses.resolve(QUIZ_COURSE).resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return saringWar();
    }

    public static WebArchive saringWar() {
        String path = System.getProperty("saring.war", "target/saring.war");
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException(
                    "No " + path + ": integration tests run after 'mvn package' (use 'mvn verify').");
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }

    /**
     * Takes a course folder a test wrote into {@link #COURSES} away again: other tests' containers
     * publish the courses folder too, so such a course is for its own test only.
     */
    public static void removeCourse(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}

package id.saring.catalog.reading;

import id.saring.catalog.content.Course;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks course folders from the command line, the way Saring checks them before publishing:
 *
 * <pre>
 * mvn -q compile exec:java -Dexec.args="courses"                 every course in courses/
 * mvn -q compile exec:java -Dexec.args="courses/etika-digital"   one course
 * mvn -q compile exec:java -Dexec.args="--en courses"            messages in English
 * </pre>
 *
 * Prints every problem as {@code file:line: message} and exits with 1 when there is any.
 */
public final class CheckCourses {

    private CheckCourses() {}

    public static void main(String[] args) throws IOException {
        System.exit(run(List.of(args), System.out));
    }

    /** @return the exit status: 0 all good, 1 problems found, 2 wrong use */
    static int run(List<String> args, PrintStream out) throws IOException {
        Locale locale = args.contains("--en") ? Locale.ENGLISH : Locale.forLanguageTag("id");
        List<Path> folders =
                args.stream().filter(a -> !a.startsWith("--")).map(Path::of).toList();
        if (folders.isEmpty()) {
            out.println(text(locale, CourseProblems.CHECK_USAGE));
            return 2;
        }
        int problemCount = 0;
        for (Path folder : folders) {
            for (Path course : courses(folder)) {
                problemCount += check(course, locale, out);
            }
        }
        return problemCount == 0 ? 0 : 1;
    }

    private static int check(Path folder, Locale locale, PrintStream out) throws IOException {
        Problems problems = new Problems();
        Optional<TagVocabulary> vocabulary = vocabularyFor(folder, problems);
        Optional<Course> course = vocabulary.flatMap(v -> readFolder(folder, v, problems));
        for (Problem problem : problems.all()) {
            out.println(folder.resolve(problem.file()) + (problem.line() > 0 ? ":" + problem.line() : "") + ": "
                    + problem.message(locale));
        }
        if (course.isPresent()) {
            Course c = course.get();
            out.println(text(
                    locale,
                    CourseProblems.CHECK_OK,
                    folder.toString(),
                    c.modules().size(),
                    c.lessonCount(),
                    c.questionCount(),
                    String.format(Locale.ROOT, "%.1f", c.downloadBytes() / 1_048_576.0)));
        } else {
            out.println(text(locale, CourseProblems.CHECK_FAILED, folder.toString(), problems.size()));
        }
        return problems.size();
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return new Problem("", 0, key, List.of(arguments)).message(locale);
    }

    private static Optional<Course> readFolder(Path folder, TagVocabulary vocabulary, Problems problems) {
        try {
            CourseFiles files = CourseFiles.folder(folder);
            return new CourseReader(vocabulary).read(files, path -> path, problems);
        } catch (IOException e) {
            problems.report(folder.toString(), 0, CourseProblems.FOLDER_UNREADABLE, e.getMessage());
            return Optional.empty();
        }
    }

    /** tags.yaml lives beside the course folders, in the courses folder. */
    private static Optional<TagVocabulary> vocabularyFor(Path course, Problems problems) throws IOException {
        Path parent = course.toAbsolutePath().getParent();
        Path file = parent == null ? null : parent.resolve(TagVocabulary.FILE);
        if (file == null || !Files.isRegularFile(file)) {
            problems.report(String.valueOf(file), 0, CourseProblems.TAGS_MISSING);
            return Optional.empty();
        }
        return TagVocabulary.read(Files.readAllBytes(file), problems);
    }

    /** The folder itself when it is a course, else every course folder inside it. */
    static List<Path> courses(Path folder) throws IOException {
        if (Files.isRegularFile(folder.resolve(CourseReader.COURSE_FILE))) {
            return List.of(folder);
        }
        List<Path> courses = new ArrayList<>();
        try (Stream<Path> children = Files.list(folder)) {
            children.filter(child -> Files.isRegularFile(child.resolve(CourseReader.COURSE_FILE)))
                    .sorted()
                    .forEach(courses::add);
        }
        return courses;
    }
}

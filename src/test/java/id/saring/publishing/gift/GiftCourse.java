package id.saring.publishing.gift;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.TagVocabulary;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Puts a generated quiz.yaml into a small in-memory course and reads it like any course. */
final class GiftCourse {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static final String COURSE =
            """
            id: kursus-impor
            title: Kursus hasil impor
            summary: Kursus kecil untuk memeriksa kuis hasil impor GIFT.
            grades: 7-9
            hours: 1
            """;

    private static final String MODULE =
            """
            id: modul-impor
            title: Modul hasil impor
            """;

    private GiftCourse() {}

    /** The quiz as CourseReader reads it; fails the test when CourseReader finds any problem. */
    static Quiz read(String quizYaml) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("course.yaml", COURSE.getBytes(StandardCharsets.UTF_8));
        files.put("01-modul/module.yaml", MODULE.getBytes(StandardCharsets.UTF_8));
        files.put("01-modul/quiz.yaml", quizYaml.getBytes(StandardCharsets.UTF_8));
        Problems problems = new Problems();
        Optional<Course> course = new CourseReader(vocabulary()).read(CourseFiles.of("impor", files), p -> p, problems);
        assertTrue(problems.isEmpty(), () -> describe(problems.all()) + "\n" + quizYaml);
        return course.orElseThrow().modules().get(0).quiz().orElseThrow();
    }

    static String fixture(String name) {
        try (InputStream in = GiftCourse.class.getResourceAsStream("/gift/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first line of {@code gift} containing {@code text}. */
    static int line(String gift, String text) {
        return line(gift, text, 1);
    }

    /** The same, searching from line {@code from} on. */
    static int line(String gift, String text, int from) {
        List<String> lines = gift.lines().toList();
        for (int i = from - 1; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("No line contains " + text);
    }

    static String describe(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.key() + " " + p.describe(INDONESIAN))
                .collect(Collectors.joining("\n"));
    }

    private static TagVocabulary vocabulary() {
        try {
            return TagVocabulary.read(Files.readAllBytes(Path.of("courses", TagVocabulary.FILE)), new Problems())
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

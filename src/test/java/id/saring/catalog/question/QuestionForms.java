package id.saring.catalog.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Question;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.QuizSource;
import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What the tests of the types' editor forms share: every shipped question of a type (the quiz
 * files under {@code courses/}), the round trip of each through its form, and a question written
 * by a form read back by the course reader, as publishing would.
 */
public final class QuestionForms {

    /** A shipped question: where it is written, and as written. */
    public record Shipped(Path file, String id, Map<String, Object> question) {}

    private QuestionForms() {}

    /** Every question of this type in the shipped courses, in file order. */
    public static List<Shipped> shipped(QuestionType type) {
        List<Shipped> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("courses"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(CourseReader.QUIZ_FILE))
                    .sorted()
                    .toList()) {
                QuizSource source = QuizSource.parse(Files.readString(file)).orElseThrow();
                for (Map<String, Object> question : source.questions()) {
                    if (type.name().equals(question.get("type"))) {
                        found.add(new Shipped(file, String.valueOf(question.get("id")), question));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /**
     * Opens every shipped question of the type in its form and writes it back untouched: the
     * question must be exactly as written, key for key and text for text. Returns how many.
     */
    public static int assertEveryShippedQuestionRoundTrips(QuestionType type) {
        List<Shipped> shipped = shipped(type);
        assertTrue(shipped.size() > 0, "the courses hold questions of type " + type.name());
        for (Shipped one : shipped) {
            Map<String, Object> copy = deepCopy(one.question());
            type.form(copy).orElseThrow().writeInto(copy);
            assertEquals(one.question(), copy, one.file() + " " + one.id() + " written back");
        }
        return shipped.size();
    }

    /** A new question of the type with its id and text, for a form to fill. */
    public static Map<String, Object> newQuestion(QuestionType type, String id, String text) {
        Map<String, Object> question = new LinkedHashMap<>();
        question.put("id", id);
        question.put("type", type.name());
        question.put("text", text);
        return question;
    }

    /** The question added to the sample quiz and read by the course reader; fails on any problem. */
    public static Question readBack(Map<String, Object> question) {
        Problems problems = new Problems();
        Question read = read(question, problems);
        String quiz = QuizSource.parse(SampleCourse.QUIZ).orElseThrow().append(question);
        assertTrue(
                problems.isEmpty(),
                () -> problems.all().stream()
                                .map(p -> p.describe(Locale.ENGLISH))
                                .toList() + "\n" + quiz);
        return read;
    }

    /** The problems the course reader finds in the question, added to the sample quiz. */
    public static List<Problem> problemsOf(Map<String, Object> question) {
        Problems problems = new Problems();
        read(question, problems);
        return problems.all();
    }

    private static Question read(Map<String, Object> question, Problems problems) {
        String quiz = QuizSource.parse(SampleCourse.QUIZ).orElseThrow().append(question);
        Map<String, byte[]> files = SampleCourse.files();
        SampleCourse.put(files, "01-modul-satu/quiz.yaml", quiz);
        var course =
                new CourseReader(SampleCourse.vocabulary()).read(CourseFiles.of("contoh", files), p -> p, problems);
        String id = String.valueOf(question.get("id"));
        return course.flatMap(c -> c.modules().get(0).quiz())
                .flatMap(q -> q.questions().stream()
                        .filter(one -> one.id().equals(id))
                        .findFirst())
                .orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T)
                    new ArrayList<>(list.stream().map(QuestionForms::deepCopy).toList());
        }
        return value;
    }
}

package id.saring.catalog.question;

import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.yaml.Problems;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sample question a type keeps beside its tests: {@code sample.yaml} in the type's package
 * among the test resources, one item of a quiz's {@code questions:} list. Every type has one
 * ({@link EveryQuestionTypeTest}); the sample course is made of them.
 */
public final class QuestionSample {

    private QuestionSample() {}

    /** The sample's YAML, as written (unindented, starting with {@code - id:}). */
    public static String yaml(QuestionType type) {
        String path = "/" + type.getClass().getPackageName().replace('.', '/') + "/sample.yaml";
        try (InputStream in = QuestionSample.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The question type " + type.name() + " has no " + path
                        + " in src/test/resources: every type keeps a sample question there.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String yaml(String typeName) {
        return yaml(QuestionTypes.named(typeName).orElseThrow(() -> new IllegalArgumentException(typeName)));
    }

    /** The sample as items of a {@code questions:} list, indented by {@code spaces}. */
    public static String indented(String typeName, int spaces) {
        String indent = " ".repeat(spaces);
        return yaml(typeName).lines().map(line -> indent + line).collect(Collectors.joining("\n", "", "\n"));
    }

    /** The sample question of a type, read by the course reader as part of a quiz of its own. */
    public static Question question(QuestionType type) {
        return quiz(type).questions().get(0);
    }

    /** A quiz holding only the type's sample, in the sample course; fails on any problem. */
    public static Quiz quiz(QuestionType type) {
        String quiz = "id: kuis-modul-satu\ntitle: Kuis contoh\nquestions:\n" + indented(type.name(), 2);
        Map<String, byte[]> files = SampleCourse.files();
        SampleCourse.put(files, "01-modul-satu/quiz.yaml", quiz);
        Problems problems = new Problems();
        var course =
                new CourseReader(SampleCourse.vocabulary()).read(CourseFiles.of("contoh", files), p -> p, problems);
        if (!problems.isEmpty() || course.isEmpty()) {
            throw new AssertionError("the sample of " + type.name() + " does not read: "
                    + problems.all().stream()
                            .map(p -> p.describe(Locale.ENGLISH))
                            .toList());
        }
        return course.get().modules().get(0).quiz().orElseThrow();
    }
}

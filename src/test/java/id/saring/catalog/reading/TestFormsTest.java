package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.yaml.Problems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A pre-test and a post-test in two parallel forms, given in counterbalanced order, and a delayed retest. */
class TestFormsTest {

    private static final String COURSE = SampleCourse.COURSE
            + """
            pre-test: kuis-pra
            post-test: kuis-pasca
            retest: kuis-tunda
            """;

    @Test
    void theTestsShareOneBankAndEachStudentIsServedOneForm() {
        Course course = read(files(test("kuis-pra", "pra", "a"), test("kuis-pasca", "pasca", "b")))
                .orElseThrow();
        Quiz pre = quiz(course, "kuis-pra");
        Quiz post = quiz(course, "kuis-pasca");
        Quiz retest = quiz(course, "kuis-tunda");

        assertEquals(List.of("pra-1", "pra-2", "pasca-1", "pasca-2"), ids(pre.questions()));
        assertEquals(ids(pre.questions()), ids(retest.questions()));
        assertEquals(List.of("a", "b"), post.formNames());
        assertEquals(2, pre.servedCount());
        assertEquals(Optional.of("b"), pre.formOf(List.of("pasca-2", "pasca-1")));

        // Even ids: A first. Odd ids: B first. The retest repeats the pre-test form.
        assertEquals(Optional.of("a"), course.formFor(pre, 42));
        assertEquals(Optional.of("b"), course.formFor(post, 42));
        assertEquals(Optional.of("a"), course.formFor(retest, 42));
        assertEquals(Optional.of("b"), course.formFor(pre, 7));
        assertEquals(Optional.of("a"), course.formFor(post, 7));
        assertEquals(Optional.of("b"), course.formFor(retest, 7));
        assertEquals(
                List.of("pasca-1", "pasca-2"),
                ids(pre.questionsOf(course.formFor(pre, 7).get())));

        // Other quizzes are served whole; the course counts each shared question once.
        Quiz module = quiz(course, "kuis-modul-satu");
        assertTrue(course.formFor(module, 7).isEmpty());
        assertEquals(module.questions().size(), module.servedCount());
        assertEquals(module.questions().size() + 4, course.questionCount());
        assertTrue(course.isTest("kuis-tunda"));
    }

    @Test
    void theCourseIsCompleteWithoutTheDelayedRetest() {
        Course course = read(files(test("kuis-pra", "pra", "a"), test("kuis-pasca", "pasca", "b")))
                .orElseThrow();
        java.util.Set<String> read = new java.util.HashSet<>();
        Map<String, id.saring.progress.control.QuizOutcome> quizzes = new java.util.HashMap<>();
        for (var module : course.modules()) {
            module.lessons().forEach(l -> read.add(l.id()));
            module.quiz()
                    .ifPresent(q -> quizzes.put(
                            q.id(),
                            new id.saring.progress.control.QuizOutcome(
                                    id.saring.progress.control.QuizOutcome.State.PASSED,
                                    java.util.OptionalLong.of(100))));
        }
        quizzes.remove("kuis-tunda");

        var progress = id.saring.progress.control.CourseProgress.of(course, read, quizzes);

        assertEquals(100, progress.percent());
        assertTrue(progress.isComplete());
        assertTrue(progress.next().isEmpty());
    }

    @Test
    void formsOfDifferentSizesOrAQuestionWithoutAFormAreRefused() {
        String uneven = test("kuis-pasca", "pasca", "b")
                + """
                  - id: pasca-3
                    form: b
                    type: true-false
                    text: Satu lagi.
                    answer: salah
                """;
        Problems problems = new Problems();
        assertTrue(read(files(test("kuis-pra", "pra", "a"), uneven), problems).isEmpty());
        assertTrue(
                problems.all().stream().anyMatch(p -> p.key().equals("course.unevenForms")),
                problems.all().toString());

        Problems missing = new Problems();
        assertTrue(read(
                        files(
                                test("kuis-pra", "pra", "a"),
                                test("kuis-pasca", "pasca", "b").replace("    form: b\n", "")),
                        missing)
                .isEmpty());
        assertTrue(
                missing.all().stream().anyMatch(p -> p.key().equals("course.unevenForms")),
                missing.all().toString());
    }

    @Test
    void aRetestWithoutFormsToBorrowHasNoQuestions() {
        Problems problems = new Problems();
        Map<String, byte[]> files = files(
                test("kuis-pra", "pra", "a").replace("    form: a\n", ""),
                test("kuis-pasca", "pasca", "b").replace("    form: b\n", ""));

        assertTrue(read(files, problems).isEmpty());
        assertEquals("quiz.noQuestions", problems.all().get(0).key());
        assertEquals("98-tunda/quiz.yaml", problems.all().get(0).file());
    }

    private static String test(String id, String prefix, String form) {
        return """
                id: %1$s
                title: Tes %1$s
                settings:
                  pass-mark: 0
                  max-attempts: 1
                questions:
                  - id: %2$s-1
                    form: %3$s
                    type: true-false
                    text: Foto lama bisa dipakai untuk kejadian baru.
                    answer: benar
                  - id: %2$s-2
                    form: %3$s
                    type: true-false
                    text: Semua kabar dari akun pribadi itu hoaks.
                    answer: salah
                """
                .formatted(id, prefix, form);
    }

    private static Map<String, byte[]> files(String preQuiz, String postQuiz) {
        Map<String, byte[]> files = SampleCourse.files();
        SampleCourse.put(files, "course.yaml", COURSE);
        SampleCourse.put(files, "00-pra/module.yaml", "id: pra\ntitle: Pra-tes\n");
        SampleCourse.put(files, "00-pra/quiz.yaml", preQuiz);
        SampleCourse.put(files, "97-pasca/module.yaml", "id: pasca\ntitle: Pasca-tes\n");
        SampleCourse.put(files, "97-pasca/quiz.yaml", postQuiz);
        SampleCourse.put(files, "98-tunda/module.yaml", "id: tunda\ntitle: Tes tunda\n");
        SampleCourse.put(files, "98-tunda/quiz.yaml", "id: kuis-tunda\ntitle: Tes tunda\n");
        return files;
    }

    private static Optional<Course> read(Map<String, byte[]> files) {
        Problems problems = new Problems();
        Optional<Course> course = read(files, problems);
        assertTrue(problems.all().isEmpty(), problems.all().toString());
        return course;
    }

    private static Optional<Course> read(Map<String, byte[]> files, Problems problems) {
        return new CourseReader(SampleCourse.vocabulary()).read(CourseFiles.of("contoh", files), p -> p, problems);
    }

    private static Quiz quiz(Course course, String id) {
        return course.modules().stream()
                .flatMap(m -> m.quiz().stream())
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> ids(List<Question> questions) {
        return questions.stream().map(Question::id).toList();
    }
}

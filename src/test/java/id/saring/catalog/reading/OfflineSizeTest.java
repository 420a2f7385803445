package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.content.QuizSettings;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A course's offline size ({@link Course#downloadBytes}) counts what "Simpan untuk offline"
 * keeps: its quizzes' pages too, for the quizzes that can be taken offline, with their keys only
 * where the quiz gives feedback at once (only such a page carries them).
 */
class OfflineSizeTest {

    private final CourseReader reader = new CourseReader(SampleCourse.vocabulary());

    @Test
    void theOfflineSizeCountsTheQuizPageAsItIsSaved() {
        Course withQuiz = course(UnaryOperator.identity());
        Course without = course(quiz -> null);
        Quiz quiz = withQuiz.modules().get(0).quiz().orElseThrow();

        assertTrue(quiz.offlineBytes() > 0);
        assertEquals(without.downloadBytes() + quiz.offlineBytes(), withQuiz.downloadBytes(), "the one number");
        long questions = quiz.questions().stream()
                .map(Question::text)
                .mapToLong(text -> text.in("id").getBytes(StandardCharsets.UTF_8).length)
                .sum();
        assertTrue(quiz.offlineBytes() > 2 * questions, "more than the questions' text: what is answered, and the key");
    }

    @Test
    void theKeyCountsOnlyWhereTheQuizGivesFeedbackAtOnce() {
        Quiz immediate =
                course(UnaryOperator.identity()).modules().get(0).quiz().orElseThrow();
        Quiz afterSubmit = course(quiz -> quiz.replace("feedback: immediate", "feedback: after-submit"))
                .modules()
                .get(0)
                .quiz()
                .orElseThrow();

        assertTrue(afterSubmit.offlineBytes() > 0);
        assertTrue(afterSubmit.offlineBytes() < immediate.offlineBytes(), "no key, no explanations on its page");
    }

    @Test
    void aTimedQuizIsNotSavedSoItAddsNothing() {
        Course timed = course(quiz -> quiz.replace("settings:\n", "settings:\n  time-limit-minutes: 20\n"));
        Course without = course(quiz -> null);

        assertFalse(timed.modules().get(0).quiz().orElseThrow().mayTakeOffline());
        assertEquals(0, timed.modules().get(0).quiz().orElseThrow().offlineBytes());
        assertEquals(without.downloadBytes(), timed.downloadBytes());
    }

    @Test
    void anUntimedQuizMayBeTakenOfflineButNotATimedOneOrATestInForms() {
        assertTrue(quiz(0, Map.of()).mayTakeOffline());
        assertFalse(quiz(20, Map.of()).mayTakeOffline(), "the time is the server's");
        assertFalse(quiz(0, Map.of("q1", "a", "q2", "b")).mayTakeOffline(), "the form is the server's");
    }

    private static Quiz quiz(int minutes, Map<String, String> forms) {
        QuizSettings settings = new QuizSettings(
                70, 0, QuizSettings.Grading.HIGHEST, QuizSettings.Feedback.IMMEDIATE, false, false, minutes);
        return new Quiz("kuis", LocalizedText.indonesian("Kuis"), settings, List.of(), forms);
    }

    /** The sample course with its quiz file changed (none when the change gives null). */
    private Course course(UnaryOperator<String> quiz) {
        Map<String, byte[]> files = SampleCourse.files();
        String changed = quiz.apply(SampleCourse.QUIZ);
        if (changed == null) {
            files.remove("01-modul-satu/quiz.yaml");
        } else {
            SampleCourse.put(files, "01-modul-satu/quiz.yaml", changed);
        }
        Problems problems = new Problems();
        Course course = reader.read(CourseFiles.of("contoh", files), path -> "/media/" + path, problems)
                .orElseThrow(() -> new AssertionError(problems.toString()));
        assertTrue(problems.isEmpty(), problems.toString());
        return course;
    }
}

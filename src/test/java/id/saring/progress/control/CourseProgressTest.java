package id.saring.progress.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Course;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.yaml.Problems;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

    private static final Course COURSE = new CourseReader(SampleCourse.vocabulary())
            .read(CourseFiles.of("contoh", SampleCourse.files()), p -> p, new Problems())
            .orElseThrow();

    private static final CourseProgress.Step LESSON =
            new CourseProgress.Step(CourseProgress.Step.Kind.LESSON, "apa-itu-hoaks");
    private static final CourseProgress.Step QUIZ =
            new CourseProgress.Step(CourseProgress.Step.Kind.QUIZ, "kuis-modul-satu");

    @Test
    void aNewStudentStartsAtTheFirstLesson() {
        CourseProgress progress = CourseProgress.of(COURSE, Set.of(), Map.of());

        assertEquals(0, progress.percent());
        assertEquals(Optional.of(LESSON), progress.next());
        assertFalse(progress.isStarted());
    }

    @Test
    void afterReadingComesTheQuiz() {
        CourseProgress progress = CourseProgress.of(COURSE, Set.of("apa-itu-hoaks"), Map.of());

        assertEquals(50, progress.percent());
        assertEquals(Optional.of(QUIZ), progress.next());
        assertTrue(progress.isStarted());
        assertFalse(progress.isComplete());
    }

    @Test
    void aModuleIsCompleteWhenItsLessonsAreReadAndItsQuizPassed() {
        QuizOutcome failed = new QuizOutcome(QuizOutcome.State.NOT_PASSED, OptionalLong.of(40));
        QuizOutcome passed = new QuizOutcome(QuizOutcome.State.PASSED, OptionalLong.of(80));

        assertFalse(CourseProgress.of(COURSE, Set.of("apa-itu-hoaks"), Map.of("kuis-modul-satu", failed))
                .isComplete());
        assertFalse(
                CourseProgress.of(COURSE, Set.of(), Map.of("kuis-modul-satu", passed))
                        .isComplete(),
                "lessons unread");
        CourseProgress done = CourseProgress.of(COURSE, Set.of("apa-itu-hoaks"), Map.of("kuis-modul-satu", passed));
        assertTrue(done.isComplete());
        assertEquals(100, done.percent());
        assertEquals(Optional.empty(), done.next());
    }

    @Test
    void readingALessonThatNoLongerExistsChangesNothing() {
        assertEquals(
                0, CourseProgress.of(COURSE, Set.of("pelajaran-lama"), Map.of()).percent());
    }

    @Test
    void theRouteGoesFromTheLastLessonOfAModuleToItsQuiz() {
        assertEquals(Optional.of(QUIZ), Route.after(COURSE, "apa-itu-hoaks"));
        assertEquals(Optional.empty(), Route.after(COURSE, "tidak-ada"));
    }
}

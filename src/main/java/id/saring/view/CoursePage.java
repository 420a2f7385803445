package id.saring.view;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Lesson;
import id.saring.catalog.content.LessonImages;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Quiz;
import id.saring.infrastructure.web.DataCost;
import id.saring.progress.control.CourseProgress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the course overview and lesson fragments need from the page that includes them: the
 * course, and where links go (the student's pages, or an administrator's preview).
 */
public interface CoursePage {

    Course getCourse();

    String courseUrl();

    String lessonUrl(String lessonId);

    /** Where a quiz is taken; an administrator's preview stays on the overview. */
    default String quizUrl(String quizId) {
        return courseUrl();
    }

    /** Where the module's lesson plan is read, if it has one and the page is not a student's. */
    /**
     * Where a student takes a module's quiz without a connection, if it may be taken offline (see
     * {@code view.learn.OfflineQuizBacking}); empty on pages that are not a student's.
     */
    default Optional<String> offlineQuizUrl(Quiz quiz) {
        return Optional.empty();
    }

    default Optional<String> planUrl(Module module) {
        return Optional.empty();
    }

    /** The student's progress; empty on an administrator's preview. */
    default Optional<CourseProgress> getProgress() {
        return Optional.empty();
    }

    /** When a teacher wants the module done by, if it was assigned to the student. */
    default Optional<Instant> dueFor(String moduleId) {
        return Optional.empty();
    }

    /** Where "Lanjutkan" goes: the first lesson not read or quiz not passed. */
    default String continueUrl() {
        return getProgress()
                .flatMap(CourseProgress::next)
                .map(step -> step.kind() == CourseProgress.Step.Kind.LESSON ? lessonUrl(step.id()) : quizUrl(step.id()))
                .orElse(courseUrl());
    }

    /** The lessons of the whole course, in reading order. */
    default List<Lesson> lessonsInOrder() {
        List<Lesson> lessons = new ArrayList<>();
        getCourse().modules().forEach(m -> lessons.addAll(m.lessons()));
        return lessons;
    }

    default Optional<Lesson> neighbour(String lessonId, int step) {
        List<Lesson> lessons = lessonsInOrder();
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i).id().equals(lessonId)) {
                int at = i + step;
                return at >= 0 && at < lessons.size() ? Optional.of(lessons.get(at)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    default Optional<Module> moduleOf(String lessonId) {
        return getCourse().modules().stream()
                .filter(m -> m.lesson(lessonId).isPresent())
                .findFirst();
    }

    /** The lesson's HTML; with "hemat data" on, its images wait for a tap. */
    default String lessonHtml(Lesson lesson, String language, boolean saveData, String imageLabel) {
        String html = lesson.html().in(language);
        return saveData ? LessonImages.deferred(html, getCourse().assets(), imageLabel) : html;
    }

    /** What keeping the course offline downloads ({@link Course#downloadBytes}). */
    default long downloadBytes() {
        return getCourse().downloadBytes();
    }

    /** Megabytes with one decimal, for "download size" labels. */
    default String downloadMegabytes() {
        return DataCost.megabytes(downloadBytes());
    }
}

package id.saring.progress.control;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Lesson;
import id.saring.catalog.content.Module;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A student's progress through one course, computed from what is stored (lessons read, quiz
 * outcomes) each time it is shown, so it can never disagree with them. A module is complete when
 * its lessons are read and its quiz passed; a course when all its modules are.
 */
public record CourseProgress(Course course, List<ModuleProgress> modules, int percent, Optional<Step> next) {

    public CourseProgress {
        modules = List.copyOf(modules);
    }

    /** Where "Lanjutkan" (continue) goes: a lesson or a quiz. */
    public record Step(Kind kind, String id) {
        /** What kind of page. */
        public enum Kind {
            LESSON,
            QUIZ
        }
    }

    /** One module: lessons read of lessons, and its quiz. */
    public record ModuleProgress(Module module, Set<String> read, Optional<QuizOutcome> quiz) {

        public ModuleProgress {
            read = Set.copyOf(read);
        }

        public long lessonsRead() {
            return module.lessons().stream().filter(l -> read.contains(l.id())).count();
        }

        public boolean isRead(Lesson lesson) {
            return read.contains(lesson.id());
        }

        public boolean isComplete() {
            return lessonsRead() == module.lessons().size()
                    && quiz.map(QuizOutcome::isPassed).orElse(true);
        }

        public boolean isStarted() {
            return lessonsRead() > 0
                    || quiz.map(q -> q.state() != QuizOutcome.State.NOT_STARTED).orElse(false);
        }
    }

    public static CourseProgress of(Course course, Set<String> read, Map<String, QuizOutcome> quizzes) {
        List<ModuleProgress> modules = new ArrayList<>();
        int steps = 0;
        int done = 0;
        Optional<Step> next = Optional.empty();
        for (Module module : course.modules()) {
            Optional<QuizOutcome> quiz = module.quiz().map(q -> quizzes.getOrDefault(q.id(), QuizOutcome.NOT_STARTED));
            modules.add(new ModuleProgress(module, read, quiz));
            for (Lesson lesson : module.lessons()) {
                steps++;
                if (read.contains(lesson.id())) {
                    done++;
                } else if (next.isEmpty()) {
                    next = Optional.of(new Step(Step.Kind.LESSON, lesson.id()));
                }
            }
            // The delayed retest is assigned weeks after the course: finishing the course does not wait for it.
            if (module.quiz().isPresent() && !isRetest(course, module)) {
                steps++;
                if (quiz.orElseThrow().isPassed()) {
                    done++;
                } else if (next.isEmpty()) {
                    next = Optional.of(
                            new Step(Step.Kind.QUIZ, module.quiz().get().id()));
                }
            }
        }
        int percent = steps == 0 ? 0 : (int) Math.floor(100.0 * done / steps);
        return new CourseProgress(course, modules, percent, next);
    }

    public boolean isComplete() {
        return modules.stream().filter(m -> !isRetest(course, m.module())).allMatch(ModuleProgress::isComplete);
    }

    private static boolean isRetest(Course course, Module module) {
        return module.quiz().isPresent()
                && course.retest().filter(module.quiz().get().id()::equals).isPresent();
    }

    public boolean isStarted() {
        return modules.stream().anyMatch(ModuleProgress::isStarted);
    }

    public Optional<ModuleProgress> module(String moduleId) {
        return modules.stream().filter(m -> m.module().id().equals(moduleId)).findFirst();
    }
}

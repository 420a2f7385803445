package id.saring.progress.control;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import java.util.List;
import java.util.Optional;

/** The reading order of a course: after a lesson comes the next lesson, or the module's quiz. */
public final class Route {

    private Route() {}

    public static Optional<CourseProgress.Step> after(Course course, String lessonId) {
        List<Module> modules = course.modules();
        for (int m = 0; m < modules.size(); m++) {
            Module module = modules.get(m);
            for (int l = 0; l < module.lessons().size(); l++) {
                if (!module.lessons().get(l).id().equals(lessonId)) {
                    continue;
                }
                if (l + 1 < module.lessons().size()) {
                    return lesson(module.lessons().get(l + 1).id());
                }
                if (module.quiz().isPresent()) {
                    return Optional.of(new CourseProgress.Step(
                            CourseProgress.Step.Kind.QUIZ, module.quiz().get().id()));
                }
                for (Module later : modules.subList(m + 1, modules.size())) {
                    if (!later.lessons().isEmpty()) {
                        return lesson(later.lessons().get(0).id());
                    }
                    if (later.quiz().isPresent()) {
                        return Optional.of(new CourseProgress.Step(
                                CourseProgress.Step.Kind.QUIZ,
                                later.quiz().get().id()));
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<CourseProgress.Step> lesson(String id) {
        return Optional.of(new CourseProgress.Step(CourseProgress.Step.Kind.LESSON, id));
    }
}

package id.saring.view.teach.schoolclass;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The class page's list of lesson plans: every published course that has any, and its modules
 * that have one, read from the published courses each time (as the assignment form's choices are).
 */
@Named("lessonPlans")
@ApplicationScoped
public class LessonPlans {

    @Inject
    Catalog catalog;

    public List<Course> getCourses() {
        return catalog.published().stream().filter(c -> !withPlan(c).isEmpty()).toList();
    }

    public List<Module> withPlan(Course course) {
        return course.modules().stream().filter(m -> m.plan().isPresent()).toList();
    }
}

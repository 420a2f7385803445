package id.saring.view.teach.schoolclass;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.view.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The class page's list of lesson plans: every course the teacher may assign that has any, and its modules
 * that have one, read from the published courses each time (as the assignment form's choices are).
 */
@Named("lessonPlans")
@ApplicationScoped
public class LessonPlans {

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    CurrentUser currentUser;

    public List<Course> getCourses() {
        return visibleCourses.forTeacher(currentUser.getUsername()).stream()
                .filter(c -> !withPlan(c).isEmpty())
                .toList();
    }

    public List<Module> withPlan(Course course) {
        return course.modules().stream().filter(m -> m.plan().isPresent()).toList();
    }
}

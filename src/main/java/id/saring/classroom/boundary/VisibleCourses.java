package id.saring.classroom.boundary;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.boundary.CourseVersions;
import id.saring.catalog.content.Course;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.identity.boundary.Accounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Which published courses each one sees, above the catalog (which knows no learner and no class):
 * the general catalog holds the school-wide courses; a teacher also sees and assigns their own
 * courses; a student sees a teacher's own course only through work their class was given
 * ({@link Assignments#forStudent}). Another teacher sees it once an administrator made it
 * school-wide.
 */
@ApplicationScoped
public class VisibleCourses {

    @Inject
    Catalog catalog;

    @Inject
    CourseVersions versions;

    @Inject
    Accounts accounts;

    @Inject
    Assignments assignments;

    /** The school-wide published courses: what every student may open, and every teacher assign. */
    public List<Course> general() {
        return published(record -> record.getVisibility() == PublishedCourse.Visibility.SCHOOL);
    }

    /** What a teacher may assign and report on: the school-wide courses and their own. */
    public List<Course> forTeacher(String teacherUsername) {
        long teacher = accounts.getByUsername(teacherUsername).getId();
        return published(record -> record.isVisibleTo(teacher));
    }

    /** Whether the teacher may assign the course: published, and school-wide or their own. */
    public boolean mayAssign(String teacherUsername, String courseId) {
        long teacher = accounts.getByUsername(teacherUsername).getId();
        return versions.find(courseId)
                .filter(PublishedCourse::isPublished)
                .map(record -> record.isVisibleTo(teacher))
                .orElse(false);
    }

    /**
     * Whether a student may open the course: a school-wide one, or a teacher's own course their
     * class gave them.
     */
    public boolean mayOpen(String studentUsername, String courseId) {
        return isGeneral(courseId) || assignments.isGiven(studentUsername, courseId);
    }

    /** Whether a course is school-wide (every student may open it without being given it). */
    public boolean isGeneral(String courseId) {
        return versions.find(courseId)
                .map(record -> record.getVisibility() == PublishedCourse.Visibility.SCHOOL)
                .orElse(false);
    }

    private List<Course> published(Predicate<PublishedCourse> visible) {
        Map<String, PublishedCourse> records = new LinkedHashMap<>();
        versions.all().forEach(record -> records.put(record.getId(), record));
        return catalog.published().stream()
                .filter(course -> Optional.ofNullable(records.get(course.id()))
                        .filter(visible)
                        .isPresent())
                .toList();
    }
}

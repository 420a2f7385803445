package id.saring.view;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.classroom.ClassroomMessages;
import id.saring.classroom.boundary.Assignments;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.classroom.entity.SchoolClass;
import id.saring.infrastructure.web.DataCost;
import id.saring.progress.boundary.Progress;
import id.saring.progress.control.CourseProgress;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** home.xhtml: what each role sees first. */
@Named("home")
@RequestScoped
public class HomeBacking {

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    Progress progress;

    @Inject
    CurrentUser currentUser;

    private List<Course> courses;

    private List<SchoolClass> classes;

    private final Map<String, CourseProgress> progressByCourse = new HashMap<>();

    @Inject
    Classrooms classrooms;

    @Inject
    Catalog catalog;

    @Inject
    Assignments assignments;

    private List<Assignments.Due> due;

    /** Why joining a class was refused, as the join servlet says it: only keys it can send are shown. */
    private static final Set<String> JOIN_REFUSALS =
            Set.of(ClassroomMessages.CLASS_UNKNOWN_CODE, ClassroomMessages.CLASS_ONLY_STUDENTS);

    public Optional<String> getJoinRefusal() {
        String refused = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("joinRefused");
        return Optional.ofNullable(refused).filter(JOIN_REFUSALS::contains);
    }

    /** The work the student's teachers gave them, late work first. */
    public List<Assignments.Due> getAssignments() {
        if (due == null) {
            due = assignments.forStudent(currentUser.getUsername());
        }
        return due;
    }

    /** Where a piece of work starts: the module's first lesson, or the course page. */
    public String assignmentUrl(Assignments.Due due, String contextPath) {
        return due.module()
                .flatMap(m -> m.lessons().stream().findFirst())
                .map(l -> contextPath + "/learn/lesson.xhtml?course="
                        + due.course().id() + "&lesson=" + l.id())
                .orElse(contextPath + "/learn/course.xhtml?id=" + due.course().id());
    }

    /**
     * The school-wide published courses, open to every student until classes assign them (a
     * teacher's own course reaches students only as their class's work); a teacher sees their own
     * courses among them.
     */
    public List<Course> getCourses() {
        if (courses == null) {
            courses = currentUser.isTeacher()
                    ? visibleCourses.forTeacher(currentUser.getUsername())
                    : visibleCourses.general();
        }
        return courses;
    }

    /** The classes the student is in, or the teacher teaches. */
    public List<SchoolClass> getClasses() {
        if (classes == null) {
            classes = currentUser.isTeacher()
                    ? classrooms.of(currentUser.getUsername())
                    : classrooms.joinedBy(currentUser.getUsername());
        }
        return classes;
    }

    public String getClassNames() {
        return String.join(", ", getClasses().stream().map(SchoolClass::getName).toList());
    }

    /**
     * The student's progress in a course, for its progress bar and "Lanjutkan": read once per course
     * and request (the page asks five times per course, each three queries before).
     */
    public CourseProgress progress(Course course) {
        return progressByCourse.computeIfAbsent(course.id(), id -> progress.of(currentUser.getUsername(), course));
    }

    public String continueUrl(Course course, String contextPath) {
        return progress(course)
                .next()
                .map(step -> contextPath + "/learn/"
                        + (step.kind() == CourseProgress.Step.Kind.LESSON
                                ? "lesson.xhtml?course=" + course.id() + "&lesson=" + step.id()
                                : "quiz.xhtml?course=" + course.id() + "&quiz=" + step.id()))
                .orElse(contextPath + "/learn/course.xhtml?id=" + course.id());
    }

    public String megabytes(Course course) {
        return DataCost.megabytes(catalog.downloadBytes(course));
    }
}

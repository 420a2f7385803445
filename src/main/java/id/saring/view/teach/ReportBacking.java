package id.saring.view.teach;

import id.saring.catalog.content.Course;
import id.saring.catalog.text.LocalizedText;
import id.saring.classroom.boundary.ClassReports;
import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.entity.SchoolClass;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/**
 * teach/report.xhtml?id=...&amp;course=...: one class's reports for one course. This bean knows
 * which class and course; each section of the page has its own bean in {@code view.teach.report},
 * and every figure comes from {@link ClassReports}, which checks the class is the teacher's.
 */
@Named("teachReport")
@ViewScoped
public class ReportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    ClassReports reports;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    private long id;
    private String course;

    private transient SchoolClass schoolClass;
    private transient List<Course> courses;
    private transient Course currentCourse;

    public void load() throws IOException {
        try {
            schoolClass = classrooms.get(currentUser.getUsername(), id);
            if (course == null || course.isBlank() || getCourses().stream().noneMatch(c -> c.id().equals(course))) {
                course = getCourses().isEmpty() ? null : getCourses().get(0).id();
            }
        } catch (ClassroomException e) {
            NotFound.send(FacesContext.getCurrentInstance());
        }
    }

    public SchoolClass getSchoolClass() {
        if (schoolClass == null) {
            schoolClass = classrooms.get(currentUser.getUsername(), id);
        }
        return schoolClass;
    }

    public List<Course> getCourses() {
        if (courses == null) {
            courses = reports.courses(currentUser.getUsername(), id);
        }
        return courses;
    }

    /** Read once per view: the heat map asks for it in every header cell. */
    public Course getCurrentCourse() {
        if (currentCourse == null) {
            currentCourse = reports.course(course);
        }
        return currentCourse;
    }

    public boolean isHasCourse() {
        return course != null;
    }

    /** A tag's name in the page's language, e.g. "teknik:peniruan" → "Peniruan". */
    public String tagName(String tag, String language) {
        LocalizedText name = getCurrentCourse().tagNames().get(tag);
        return name == null ? tag : name.in(language);
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }
}

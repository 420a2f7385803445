package id.saring.view.teach;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * teach/plan.xhtml?course=...&module=...[&version=...]: a module's 40-minute lesson plan on its own
 * printable page. For teachers and administrators only (web.xml names this page for both, and the
 * page checks again); teachers read the published version of a course they may assign (school-wide,
 * or their own: {@link VisibleCourses}), administrators any version they preview. A module without a
 * plan, or of another teacher's own course, is "not found".
 */
@Named("plan")
@RequestScoped
public class PlanBacking {

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    FacesContext faces;

    private String courseId;
    private String moduleId;
    private Integer version;
    private Course course;
    private Module module;

    public void load() throws IOException {
        if (!currentUser.isTeacher() && !currentUser.isAdmin()) {
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
            faces.responseComplete();
            return;
        }
        course = read().orElse(null);
        module = course == null
                ? null
                : course.modules().stream()
                        .filter(m -> m.id().equals(moduleId) && m.plan().isPresent())
                        .findFirst()
                        .orElse(null);
        if (module == null) {
            NotFound.send(faces);
        }
    }

    /** The published course; a version by number only for an administrator's preview. */
    private Optional<Course> read() {
        if (courseId == null || moduleId == null) {
            return Optional.empty();
        }
        if (!currentUser.isAdmin() && !visibleCourses.mayAssign(currentUser.getUsername(), courseId)) {
            return Optional.empty();
        }
        if (version == null) {
            return catalog.current(courseId);
        }
        return currentUser.isAdmin() ? catalog.version(courseId, version) : Optional.empty();
    }

    public Course getCourse() {
        return course;
    }

    public Module getModule() {
        return module;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public String getModuleId() {
        return moduleId;
    }

    public void setModuleId(String moduleId) {
        this.moduleId = moduleId;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}

package id.saring.view.admin;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Lesson;
import id.saring.catalog.content.Module;
import id.saring.publishing.boundary.Drafts;
import id.saring.view.CoursePage;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Optional;

/**
 * admin/preview.xhtml?course=...&version=...[&lesson=...]: any version of a course (or its draft), published or
 * not, through the very fragments students' pages use.
 */
@Named("preview")
@RequestScoped
public class PreviewBacking implements CoursePage {

    @Inject
    PreviewedCourses courses;

    @Inject
    Drafts drafts;

    @Inject
    FacesContext faces;

    private String courseId;
    private String version;
    private String lessonId;
    private Course course;
    private Lesson lesson;

    public void load() throws IOException {
        course = courses.find(courseId, version).orElse(null);
        if (course != null && lessonId != null) {
            lesson = course.modules().stream()
                    .flatMap(m -> m.lesson(lessonId).stream())
                    .findFirst()
                    .orElse(null);
        }
        if (course == null && isDraft() && drafts.find(courseId).isPresent()) {
            // A draft with a problem: the page says so and leads back to the editor.
            return;
        }
        if (course == null || (lessonId != null && lesson == null)) {
            NotFound.send(faces);
        }
    }

    @Override
    public Course getCourse() {
        return course;
    }

    @Override
    public String courseUrl() {
        return base();
    }

    /** The quiz taken as a student takes it, nothing recorded. */
    @Override
    public String quizUrl(String quizId) {
        return faces.getExternalContext().getRequestContextPath() + "/admin/quiz-preview.xhtml?course=" + courseId
                + "&version=" + version + "&quiz=" + quizId;
    }

    @Override
    public String lessonUrl(String lessonId) {
        return base() + "&lesson=" + lessonId;
    }

    /** The plan of the previewed version, which an administrator may read before it is published. */
    @Override
    public Optional<String> planUrl(Module module) {
        return module.plan()
                .filter(p -> !isDraft())
                .map(p -> faces.getExternalContext().getRequestContextPath() + "/teach/plan.xhtml?course=" + courseId
                        + "&module=" + module.id() + "&version=" + version);
    }

    private String base() {
        return faces.getExternalContext().getRequestContextPath() + "/admin/preview.xhtml?course=" + courseId
                + "&version=" + version;
    }

    public Lesson getLesson() {
        return lesson;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    /** A version's number, or "draft" for the course's draft as it would be published now. */
    public String getVersion() {
        return version;
    }

    public boolean isDraft() {
        return PreviewedCourses.isDraft(version);
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getLessonId() {
        return lessonId;
    }

    public void setLessonId(String lessonId) {
        this.lessonId = lessonId;
    }
}

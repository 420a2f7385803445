package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Quiz;
import id.saring.classroom.boundary.Assignments;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.progress.boundary.Progress;
import id.saring.progress.control.CourseProgress;
import id.saring.view.CoursePage;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** learn/course.xhtml?id=...: a published course's modules and lessons. */
@Named("learnCourse")
@RequestScoped
public class CourseBacking implements CoursePage {

    @Inject
    Catalog catalog;

    @Inject
    FacesContext faces;

    @Inject
    Progress progress;

    @Inject
    CurrentUser currentUser;

    @Inject
    Assignments assignments;

    @Inject
    VisibleCourses visibleCourses;

    private Map<String, Instant> due;

    private Optional<CourseProgress> courseProgress;

    private String id;
    private Course course;
    private int version;

    public void load() throws IOException {
        course = id == null || !visibleCourses.mayOpen(currentUser.getUsername(), id)
                ? null
                : catalog.current(id).orElse(null);
        if (course == null) {
            NotFound.send(faces);
        }
    }

    @Override
    public Course getCourse() {
        return course;
    }

    /** A published version's, computed once (the overview shows it three times). */
    @Override
    public long downloadBytes() {
        return catalog.downloadBytes(course);
    }

    @Override
    public Optional<Instant> dueFor(String moduleId) {
        if (due == null) {
            due = assignments.dueDates(currentUser.getUsername(), course.id());
        }
        return Optional.ofNullable(due.getOrDefault(moduleId, due.get(Assignments.WHOLE_COURSE)));
    }

    @Override
    public Optional<CourseProgress> getProgress() {
        if (courseProgress == null) {
            courseProgress =
                    course == null ? Optional.empty() : Optional.of(progress.of(currentUser.getUsername(), course));
        }
        return courseProgress;
    }

    @Override
    public String courseUrl() {
        return faces.getExternalContext().getRequestContextPath() + "/learn/course.xhtml?id=" + course.id();
    }

    @Override
    public String lessonUrl(String lessonId) {
        return faces.getExternalContext().getRequestContextPath() + "/learn/lesson.xhtml?course=" + course.id()
                + "&lesson=" + lessonId;
    }

    @Override
    public String quizUrl(String quizId) {
        return faces.getExternalContext().getRequestContextPath() + "/learn/quiz.xhtml?course=" + course.id() + "&quiz="
                + quizId;
    }

    @Override
    public Optional<String> offlineQuizUrl(Quiz quiz) {
        if (!quiz.mayTakeOffline()) {
            return Optional.empty();
        }
        if (version == 0) {
            version = catalog.currentVersionNumber(course.id()).orElse(0);
        }
        return Optional.of(OfflineQuizBacking.url(
                faces.getExternalContext().getRequestContextPath(), course.id(), version, quiz.id()));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}

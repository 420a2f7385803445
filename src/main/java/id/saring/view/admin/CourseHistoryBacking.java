package id.saring.view.admin;

import id.saring.catalog.boundary.CourseVersions;
import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.infrastructure.i18n.Messages;
import id.saring.publishing.boundary.Authoring;
import id.saring.view.CurrentUser;
import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * The version history of one course (WEB-INF/includes/course-history.xhtml, on admin/ and
 * teach/courses.xhtml): every version, what changed since the one before, and restoring one as a
 * new version. For those who may write the course ({@link Authoring#mayWrite}: administrators any,
 * a teacher their own), asked when the history opens and again on every restore.
 */
@Named("courseHistory")
@ViewScoped
public class CourseHistoryBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A version was restored as a new one: the pages' course lists read their rows again. */
    public record Restored(String courseId) {}

    @Inject
    CourseVersions versions;

    @Inject
    Authoring authoring;

    @Inject
    CurrentUser currentUser;

    @Inject
    Event<Restored> restored;

    private String historyOf;

    /** Opens the course's history, when the reader may write the course. */
    public void show(String courseId) {
        historyOf = mayWrite(courseId) ? courseId : null;
    }

    public List<CourseVersion> getHistory() {
        return historyOf == null ? List.of() : versions.versions(historyOf);
    }

    /** The version students get now of the course whose history is open. */
    public int getCurrentOfHistory() {
        return historyOf == null
                ? 0
                : versions.find(historyOf)
                        .map(PublishedCourse::getCurrentVersion)
                        .orElse(0);
    }

    public String getHistoryOf() {
        return historyOf;
    }

    /** Publishes an older version again as a new one; the history keeps every version. */
    public void restore(String courseId, int number) {
        if (!mayWrite(courseId)) {
            return;
        }
        Optional<Integer> restoredAs = versions.restore(courseId, number, currentUser.getUsername());
        if (restoredAs.isPresent()) {
            Messages.info(AdminMessages.ADMIN_COURSES_RESTORED, courseId, number, restoredAs.get());
            restored.fire(new Restored(courseId));
        } else {
            Messages.info(AdminMessages.ADMIN_COURSES_UNCHANGED, courseId, number);
        }
    }

    /** The pages' folder the history links into: "admin" for administrators, "teach" for teachers. */
    public String getFolder() {
        return currentUser.isAdmin() ? "admin" : "teach";
    }

    private boolean mayWrite(String courseId) {
        return courseId != null && authoring.mayWrite(currentUser.getUsername(), courseId);
    }
}

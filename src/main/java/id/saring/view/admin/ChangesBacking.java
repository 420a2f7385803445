package id.saring.view.admin;

import id.saring.catalog.boundary.CourseVersions;
import id.saring.catalog.reading.CourseChanges;
import id.saring.publishing.boundary.Authoring;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * admin/ and teach/changes.xhtml?course=...&from=...&to=...: what changed between two versions of a
 * course, for those who may write it ({@link Authoring#mayWrite}: administrators any course, a
 * teacher their own); anyone else finds nothing.
 */
@Named("changes")
@RequestScoped
public class ChangesBacking {

    private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,5}");

    @Inject
    CourseVersions versions;

    @Inject
    Authoring authoring;

    @Inject
    CurrentUser currentUser;

    private String courseId;
    private String from;
    private String to;
    private List<CourseChanges.FileChange> files;

    public void load() throws IOException {
        Optional<List<CourseChanges.FileChange>> changes = courseId == null
                        || !isNumber(from)
                        || !isNumber(to)
                        || !authoring.mayWrite(currentUser.getUsername(), courseId)
                ? Optional.empty()
                : versions.changes(courseId, Integer.parseInt(from), Integer.parseInt(to));
        if (changes.isEmpty()) {
            NotFound.send(FacesContext.getCurrentInstance());
            return;
        }
        files = changes.get();
    }

    /** A version number as a link carries it; anything else is a version that does not exist. */
    private static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text).matches();
    }

    /** The pages' folder the way back leads to: "admin" for administrators, "teach" for teachers. */
    public String getFolder() {
        return currentUser.isAdmin() ? "admin" : "teach";
    }

    public List<CourseChanges.FileChange> getFiles() {
        return files;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}

package id.saring.view.teach;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.infrastructure.i18n.Messages;
import id.saring.publishing.AuthoringMessages;
import id.saring.publishing.boundary.Authoring;
import id.saring.publishing.boundary.AuthoringException;
import id.saring.publishing.boundary.Drafts;
import id.saring.view.CurrentUser;
import id.saring.view.admin.CourseHistoryBacking;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * teach/courses.xhtml: the teacher's own courses (written in the browser with the administrators'
 * editor, on teach/draft.xhtml), a form that starts a new one, and "Salin modul": a module of a
 * course the teacher may assign, copied into a new course of theirs or one they have.
 */
@Named("teachCourses")
@ViewScoped
public class CoursesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The copy form's target meaning "a new course". */
    public static final String NEW_COURSE = "";

    @Inject
    Authoring authoring;

    @Inject
    Drafts drafts;

    @Inject
    Catalog catalog;

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    CurrentUser currentUser;

    private transient List<Row> rows;

    private String title;
    private String summary;
    private String module;
    private String into = NEW_COURSE;
    private String copyTitle;

    /** One of the teacher's courses. */
    public record Row(PublishedCourse record, Optional<Course> current, boolean hasDraft) {
        public String title(String language) {
            return current.map(c -> c.title().in(language)).orElse(record.getId());
        }

        public boolean isSchoolWide() {
            return record.getVisibility() == PublishedCourse.Visibility.SCHOOL;
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            for (PublishedCourse course : authoring.own(currentUser.getUsername())) {
                rows.add(new Row(
                        course,
                        course.hasVersion()
                                ? catalog.version(course.getId(), course.getCurrentVersion())
                                : Optional.empty(),
                        drafts.find(course.getId()).isPresent()));
            }
        }
        return rows;
    }

    /** A version restored in the history dialog: the list shows the new current version. */
    void restored(@Observes(notifyObserver = Reception.IF_EXISTS) CourseHistoryBacking.Restored restored) {
        rows = null;
    }

    /** Starts a new course of the teacher's and opens its first lesson in the editor. */
    public String create() {
        try {
            String courseId = authoring.start(currentUser.getUsername(), title, summary);
            return "/teach/draft.xhtml?faces-redirect=true&course=" + courseId;
        } catch (AuthoringException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    /** Opens the course's draft (a new one holds the version students get now) in the editor. */
    public String edit(String courseId) {
        if (!authoring.mayWrite(currentUser.getUsername(), courseId)
                || drafts.open(courseId, currentUser.getUsername()).isEmpty()) {
            Messages.error(AuthoringMessages.NOT_YOUR_DRAFT);
            return null;
        }
        return "/teach/draft.xhtml?faces-redirect=true&course=" + courseId;
    }

    /** Copies the chosen module into a new course or one of the teacher's, and opens that draft. */
    public String copy() {
        int slash = module == null ? -1 : module.indexOf('/');
        if (slash < 1) {
            Messages.error(AuthoringMessages.NO_SUCH_MODULE);
            return null;
        }
        try {
            String target = authoring.copyModule(
                    currentUser.getUsername(),
                    module.substring(0, slash),
                    module.substring(slash + 1),
                    into == null || into.isEmpty() ? Optional.empty() : Optional.of(into),
                    copyTitle);
            Messages.infoAfterRedirect(TeachMessages.COURSE_MODULE_COPIED, target);
            return "/teach/draft.xhtml?faces-redirect=true&course=" + target;
        } catch (AuthoringException e) {
            Messages.error(e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    /** The modules a teacher may copy, one group per course they may assign: "course-id/module-id". */
    public List<SelectItem> modules(String language) {
        List<SelectItem> groups = new ArrayList<>();
        for (Course course : visibleCourses.forTeacher(currentUser.getUsername())) {
            List<SelectItem> items = new ArrayList<>();
            for (Module each : course.modules()) {
                items.add(new SelectItem(
                        course.id() + "/" + each.id(), each.title().in(language)));
            }
            SelectItemGroup group = new SelectItemGroup(course.title().in(language));
            group.setSelectItems(items.toArray(SelectItem[]::new));
            groups.add(group);
        }
        return groups;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public String getInto() {
        return into;
    }

    public void setInto(String into) {
        this.into = into;
    }

    public String getCopyTitle() {
        return copyTitle;
    }

    public void setCopyTitle(String copyTitle) {
        this.copyTitle = copyTitle;
    }
}

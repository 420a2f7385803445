package id.saring.view.admin;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.boundary.CourseVersions;
import id.saring.catalog.content.Course;
import id.saring.catalog.entity.PublishedCourse;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.infrastructure.i18n.Messages;
import id.saring.publishing.boundary.Drafts;
import id.saring.publishing.boundary.Publication;
import id.saring.publishing.boundary.Publisher;
import id.saring.view.CurrentUser;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.event.FileUploadEvent;

/** admin/courses.xhtml: publish from the folder or a zip, show problems, (un)publish, edit, history. */
@Named("adminCourses")
@ViewScoped
public class CoursesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Publisher publisher;

    @Inject
    CourseVersions versions;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    Drafts drafts;

    @Inject
    Accounts accounts;

    private transient List<Row> rows;
    private List<Publication> publications = List.of();

    /**
     * One course in the table.
     *
     * @param owner the username of the teacher who wrote it; empty for a course from the courses
     *     folder or an upload
     */
    public record Row(PublishedCourse record, Optional<Course> current, boolean hasDraft, Optional<String> owner) {
        public boolean isSchoolWide() {
            return record.getVisibility() == PublishedCourse.Visibility.SCHOOL;
        }

        public String title(String language) {
            return current.map(c -> c.title().in(language)).orElse(record.getId());
        }
    }

    public List<Row> getRows() {
        if (rows == null) {
            rows = new ArrayList<>();
            Map<Long, String> usernames = new HashMap<>();
            for (PublishedCourse course : versions.all()) {
                Optional<String> owner = course.getOwnerId().map(id -> usernames.computeIfAbsent(id, this::username));
                rows.add(new Row(
                        course,
                        course.hasVersion()
                                ? catalog.version(course.getId(), course.getCurrentVersion())
                                : Optional.empty(),
                        drafts.find(course.getId()).isPresent(),
                        owner));
            }
        }
        return rows;
    }

    public void sync() {
        show(publisher.syncFolder(currentUser.getUsername()));
    }

    public void upload(FileUploadEvent event) {
        var file = event.getFile();
        show(List.of(publisher.publishZip(file.getFileName(), file.getContent(), currentUser.getUsername())));
    }

    private String username(long accountId) {
        return accounts.all().stream()
                .filter(a -> a.getId() == accountId)
                .map(Account::getUsername)
                .findFirst()
                .orElse("?");
    }

    /** Lets every teacher assign a teacher's course (audited). */
    public void makeSchoolWide(String courseId) {
        if (versions.show(courseId, PublishedCourse.Visibility.SCHOOL)) {
            Messages.info(AdminMessages.ADMIN_COURSES_MADE_SCHOOL_WIDE, courseId);
        }
        rows = null;
    }

    /** Keeps a teacher's course to its author again (audited); classes it was given keep it. */
    public void makeOwnerOnly(String courseId) {
        if (versions.show(courseId, PublishedCourse.Visibility.OWNER)) {
            Messages.info(AdminMessages.ADMIN_COURSES_MADE_OWNER_ONLY, courseId);
        }
        rows = null;
    }

    public void unpublish(String courseId) {
        versions.unpublish(courseId);
        rows = null;
        Messages.info(AdminMessages.ADMIN_COURSES_UNPUBLISHED, courseId);
    }

    public void republish(String courseId) {
        if (versions.find(courseId).filter(PublishedCourse::hasVersion).isEmpty()) {
            return;
        }
        versions.republish(courseId);
        rows = null;
        Messages.info(AdminMessages.ADMIN_COURSES_REPUBLISHED, courseId);
    }

    /** Opens the course's draft (a new one holds the version students get now) in the editor. */
    public String edit(String courseId) {
        return drafts.open(courseId, currentUser.getUsername()).isPresent()
                ? "/admin/draft.xhtml?faces-redirect=true&course=" + courseId
                : null;
    }

    /** A version restored in the history dialog: the list shows the new current version. */
    void restored(@Observes(notifyObserver = Reception.IF_EXISTS) CourseHistoryBacking.Restored restored) {
        rows = null;
    }

    public List<Publication> getPublications() {
        return publications;
    }

    public String problemText(id.saring.catalog.yaml.Problem problem) {
        return problem.describe(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    private void show(List<Publication> done) {
        publications = done;
        rows = null;
        for (Publication publication : done) {
            switch (publication.outcome()) {
                case PUBLISHED ->
                    Messages.info(AdminMessages.ADMIN_COURSES_PUBLISHED, publication.courseId(), publication.version());
                case UNCHANGED ->
                    Messages.info(AdminMessages.ADMIN_COURSES_UNCHANGED, publication.courseId(), publication.version());
                case REFUSED ->
                    Messages.error(
                            AdminMessages.ADMIN_COURSES_REFUSED,
                            publication.source(),
                            publication.problems().size());
            }
        }
        if (done.isEmpty()) {
            Messages.info(AdminMessages.ADMIN_COURSES_NOTHING_IN_FOLDER);
        }
    }
}

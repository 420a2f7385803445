package id.saring.view.admin;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.Messages;
import id.saring.publishing.boundary.Drafts;
import id.saring.publishing.boundary.Publication;
import id.saring.publishing.boundary.Publisher;
import id.saring.publishing.entity.CourseDraft;
import id.saring.publishing.entity.DraftFile;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * admin/draft.xhtml?course=...[&file=...]: a course's draft, its files by module, checking and
 * publishing it. Writing one file is {@link DraftEditor}'s part.
 */
@Named("draft")
@ViewScoped
public class DraftBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Drafts drafts;

    @Inject
    Publisher publisher;

    @Inject
    CurrentUser currentUser;

    @Inject
    DraftEditor editor;

    private String courseId;
    private String file;
    private int baseVersion;
    private List<Problem> problems = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<CourseDraft> draft = courseId == null ? Optional.empty() : drafts.find(courseId);
        if (draft.isEmpty()) {
            NotFound.send(faces);
            return;
        }
        baseVersion = draft.get().getBaseVersion();
        String shown = file != null ? file : getTree().firstLesson().orElse(null);
        if (shown == null || !DraftTree.isText(shown) || !editor.open(courseId, shown)) {
            if (file != null) {
                NotFound.send(faces);
            }
        }
    }

    /** Runs the publishing checks without publishing, and shows every problem at its file. */
    public void check() {
        editor.save();
        problems = publisher.checkDraft(courseId);
        if (problems.isEmpty()) {
            Messages.info(AdminMessages.ADMIN_DRAFT_CHECKED);
        } else {
            Messages.error(AdminMessages.ADMIN_DRAFT_PROBLEMS, problems.size());
        }
    }

    public String publish() {
        editor.save();
        Publication publication = publisher.publishDraft(courseId, currentUser.getUsername());
        switch (publication.outcome()) {
            case PUBLISHED ->
                Messages.infoAfterRedirect(
                        AdminMessages.ADMIN_COURSES_PUBLISHED, publication.courseId(), publication.version());
            case UNCHANGED ->
                Messages.infoAfterRedirect(
                        AdminMessages.ADMIN_COURSES_UNCHANGED, publication.courseId(), publication.version());
            case REFUSED -> {
                problems = publication.problems();
                Messages.error(AdminMessages.ADMIN_DRAFT_NOT_PUBLISHED, problems.size());
                return null;
            }
        }
        return "/admin/courses.xhtml?faces-redirect=true";
    }

    public String discard() {
        drafts.discard(courseId);
        Messages.infoAfterRedirect(AdminMessages.ADMIN_DRAFT_DISCARDED, courseId);
        return "/admin/courses.xhtml?faces-redirect=true";
    }

    /** Adds an empty lesson at the end of a module and opens it. */
    public String addLesson(String folder) {
        editor.save();
        Optional<String> path = getTree().newLessonPath(folder);
        if (path.isEmpty()
                || drafts.add(courseId, path.get(), DraftTree.NEW_LESSON, currentUser.getUsername())
                        .isEmpty()) {
            Messages.error(AdminMessages.ADMIN_DRAFT_NO_LESSON, folder);
            return null;
        }
        return "/admin/draft.xhtml?faces-redirect=true&course=" + courseId + "&file=" + path.get();
    }

    /**
     * The draft's files as they are now: built again for each response (a picture added by this
     * very request included), once per response however often the page asks.
     */
    public DraftTree getTree() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getCurrentPhaseId() != PhaseId.RENDER_RESPONSE) {
            return buildTree();
        }
        return (DraftTree) faces.getAttributes().computeIfAbsent(DraftTree.class, key -> buildTree());
    }

    private DraftTree buildTree() {
        return new DraftTree(
                drafts.files(courseId).stream().map(DraftFile::getPath).toList(), problems);
    }

    /** The problems of the file being written, each with its line. */
    public List<Problem> getFileProblems() {
        return problems.stream().filter(p -> p.file().equals(editor.getPath())).toList();
    }

    /** Problems that belong to no file of the draft (the whole course, or the tag list). */
    public List<Problem> getOtherProblems() {
        return problems.stream().filter(p -> !getTree().has(p.file())).toList();
    }

    public String problemText(Problem problem) {
        return problem.describe(locale());
    }

    public String problemMessage(Problem problem) {
        return problem.message(locale());
    }

    public int getBaseVersion() {
        return baseVersion;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public String getFile() {
        return file;
    }

    public void setFile(String file) {
        this.file = file;
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}

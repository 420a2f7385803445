package id.saring.view.admin;

import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.Messages;
import id.saring.publishing.boundary.Authoring;
import id.saring.publishing.boundary.Drafts;
import id.saring.publishing.boundary.Publication;
import id.saring.publishing.boundary.Publisher;
import id.saring.publishing.control.NewCourse;
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
 * admin/draft.xhtml and teach/draft.xhtml ?course=...[&file=...]: a course's draft, its files by
 * module, checking and publishing it. Both pages include the same editor
 * (WEB-INF/includes/draft-editor.xhtml); an administrator writes any course, a teacher only their
 * own ({@link Authoring#mayWrite}, asked on loading and again by every action). Writing one file
 * is {@link DraftEditor}'s part.
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

    @Inject
    Authoring authoring;

    private String courseId;
    private String file;
    private int baseVersion;
    private List<Problem> problems = List.of();

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Optional<CourseDraft> draft = mayWrite() ? drafts.find(courseId) : Optional.empty();
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
        if (!mayWrite()) {
            return;
        }
        editor.save();
        problems = publisher.checkDraft(courseId);
        if (problems.isEmpty()) {
            Messages.info(AdminMessages.ADMIN_DRAFT_CHECKED);
        } else {
            Messages.error(AdminMessages.ADMIN_DRAFT_PROBLEMS, problems.size());
        }
    }

    public String publish() {
        if (!mayWrite()) {
            return null;
        }
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
        return coursesPage();
    }

    public String discard() {
        if (!mayWrite()) {
            return null;
        }
        drafts.discard(courseId);
        Messages.infoAfterRedirect(AdminMessages.ADMIN_DRAFT_DISCARDED, courseId);
        return coursesPage();
    }

    /** Adds an empty lesson at the end of a module and opens it. */
    public String addLesson(String folder) {
        if (!mayWrite()) {
            return null;
        }
        editor.save();
        Optional<String> path = getTree().newLessonPath(folder);
        if (path.isEmpty()
                || drafts.add(courseId, path.get(), DraftTree.NEW_LESSON, currentUser.getUsername())
                        .isEmpty()) {
            Messages.error(AdminMessages.ADMIN_DRAFT_NO_LESSON, folder);
            return null;
        }
        return draftPage(path.get());
    }

    /** Adds a quiz, with no question yet, to a module that has none, and opens it. */
    public String addQuiz(String folder) {
        if (!mayWrite()) {
            return null;
        }
        editor.save();
        String path = folder + "/" + CourseReader.QUIZ_FILE;
        if (!getTree().has(folder + "/" + CourseReader.MODULE_FILE)
                || drafts.add(courseId, path, NewCourse.quiz(folder), currentUser.getUsername())
                        .isEmpty()) {
            Messages.error(AdminMessages.ADMIN_DRAFT_NO_QUIZ, folder);
            return null;
        }
        return draftPage(path);
    }

    /** Whether the one asking may write this course: an administrator any, a teacher their own. */
    private boolean mayWrite() {
        return courseId != null && authoring.mayWrite(currentUser.getUsername(), courseId);
    }

    /** The pages' folder this editor is in: "admin" for administrators, "teach" for teachers. */
    public String getFolder() {
        return folder(FacesContext.getCurrentInstance());
    }

    static String folder(FacesContext faces) {
        return faces.getViewRoot().getViewId().startsWith("/teach/") ? "teach" : "admin";
    }

    private String draftPage(String path) {
        return "/" + getFolder() + "/draft.xhtml?faces-redirect=true&course=" + courseId + "&file=" + path;
    }

    private String coursesPage() {
        return "/" + getFolder() + "/courses.xhtml?faces-redirect=true";
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

package id.saring.view.admin;

import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import id.saring.catalog.yaml.YamlMap;
import id.saring.infrastructure.i18n.Messages;
import id.saring.publishing.boundary.Authoring;
import id.saring.publishing.boundary.Drafts;
import id.saring.publishing.gift.GiftImport;
import id.saring.publishing.gift.GiftImporter;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * admin/gift.xhtml and teach/gift.xhtml (WEB-INF/includes/gift-import.xhtml): turns a Moodle GIFT
 * export into a quiz.yaml for a module folder, and says what could not be carried over. Opened
 * from a module of a draft its reader may write ({@link Authoring#mayWrite}: administrators any,
 * a teacher their own), it puts the questions straight into that module's quiz.
 */
@Named("adminGift")
@ViewScoped
public class GiftBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private String fileName = GiftImporter.DEFAULT_FILE;
    private String gift;
    private String quizId;
    private String quizTitle;
    private GiftImport result;
    private String course;
    private String module;

    @Inject
    Drafts drafts;

    @Inject
    CurrentUser currentUser;

    @Inject
    Authoring authoring;

    public void upload(FileUploadEvent event) {
        fileName = event.getFile().getFileName();
        String text = new String(event.getFile().getContent(), StandardCharsets.UTF_8);
        gift = text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    public void convert() {
        if (quizId == null || !YamlMap.ID.matcher(quizId).matches()) {
            Messages.error(AdminMessages.ADMIN_GIFT_BAD_ID);
            return;
        }
        // Ids are unique in a course: questions going into a draft avoid the ids it already gives.
        Set<String> taken = isForDraft() ? drafts.idsInUse(course) : Set.of();
        result = new GiftImporter().convert(fileName, gift == null ? "" : gift, quizId, quizTitle, taken);
        if (result.questionCount() == 0) {
            Messages.error(AdminMessages.ADMIN_GIFT_NOTHING);
        } else if (result.isComplete()) {
            Messages.info(AdminMessages.ADMIN_GIFT_CONVERTED, result.questionCount());
        } else {
            Messages.info(
                    AdminMessages.ADMIN_GIFT_PARTLY,
                    result.questionCount(),
                    result.problems().size());
        }
    }

    /** Puts the converted questions into the module of the draft this page was opened from, and opens that quiz file. */
    public String intoDraft() {
        if (result == null || result.questionCount() == 0 || !isForDraft()) {
            return null;
        }
        Problems problems = new Problems();
        Optional<String> path =
                drafts.importQuiz(course, module, result.quizYaml(), currentUser.getUsername(), problems);
        if (path.isEmpty()) {
            Messages.error(
                    AdminMessages.ADMIN_GIFT_NOT_IN_DRAFT,
                    problems.all().getFirst().message(locale()));
            return null;
        }
        Messages.infoAfterRedirect(AdminMessages.ADMIN_GIFT_IN_DRAFT, result.questionCount(), path.get());
        return "/" + getFolder() + "/draft.xhtml?faces-redirect=true&course=" + course + "&file=" + path.get();
    }

    /**
     * Whether the page was opened from a module of a draft its reader may write (it then offers to
     * put the quiz there).
     */
    public boolean isForDraft() {
        return course != null
                && module != null
                && YamlMap.ID.matcher(course).matches()
                && authoring.mayWrite(currentUser.getUsername(), course)
                && drafts.find(course).isPresent();
    }

    /** The pages' folder this page is in: "admin" for administrators, "teach" for teachers. */
    public String getFolder() {
        return currentUser.isAdmin() ? "admin" : "teach";
    }

    public String getIntoDraftLabel() {
        return Messages.text(locale(), AdminMessages.ADMIN_GIFT_INTO_DRAFT, module);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getModule() {
        return module;
    }

    public void setModule(String module) {
        this.module = module;
    }

    public StreamedContent getDownload() {
        byte[] yaml = result.quizYaml().getBytes(StandardCharsets.UTF_8);
        return Downloads.of("quiz.yaml", "text/yaml; charset=UTF-8", yaml);
    }

    public String describe(Problem problem) {
        return problem.describe(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public GiftImport getResult() {
        return result;
    }

    public List<Problem> getProblems() {
        return result == null ? List.of() : result.problems();
    }

    public String getGift() {
        return gift;
    }

    public void setGift(String gift) {
        this.gift = gift;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId;
    }

    public String getQuizTitle() {
        return quizTitle;
    }

    public void setQuizTitle(String quizTitle) {
        this.quizTitle = quizTitle;
    }
}

package id.saring.view.admin;

import id.saring.catalog.question.FormText;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.QuestionTypes;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.QuizSource;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.Messages;
import id.saring.publishing.boundary.Authoring;
import id.saring.publishing.boundary.Drafts;
import id.saring.publishing.boundary.Publisher;
import id.saring.publishing.boundary.Saving;
import id.saring.publishing.entity.DraftFile;
import id.saring.view.CurrentUser;
import id.saring.view.Moments;
import id.saring.view.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * admin/question.xhtml?course=...&file=...&question=... (or &type=... for a new one): one question
 * of a draft's quiz file in its type's own editor. Every change is written back into the same
 * draft file in place of the question's lines, under the draft editor's rule: never over
 * someone else's save. After each save the draft is checked, and the problems of this question
 * are shown at their fields.
 */
@Named("questionEditor")
@ViewScoped
public class QuestionEditorBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    Drafts drafts;

    @Inject
    Authoring authoring;

    @Inject
    Publisher publisher;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moments moments;

    private String courseId;
    private String file;
    private String question;
    private String newType;

    private String type;
    private LinkedHashMap<String, Object> written;
    private String storedId;
    private String id;
    private FormText text;
    private FormText explanation;
    private QuestionForm form;
    private String fileText;
    private int revision;
    private Saving lastSaving;
    private boolean unreadable;
    private String quizId;
    private int position;
    private List<Problem> problems = List.of();
    private TreeMap<Integer, String> paths = new TreeMap<>();

    private String selectionField;
    private Integer selectionStart;
    private Integer selectionEnd;

    public void load() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!mayWrite() || file == null || !file.endsWith("/" + CourseReader.QUIZ_FILE)) {
            NotFound.send(faces);
        } else if (!open() && !unreadable) {
            NotFound.send(faces);
        }
    }

    /** Administrators write every course, a teacher only their own ({@link Authoring#mayWrite}). */
    private boolean mayWrite() {
        return courseId != null && authoring.mayWrite(currentUser.getUsername(), courseId);
    }

    /** The pages' folder this editor is in: "admin" for administrators, "teach" for teachers. */
    public String getFolder() {
        return DraftBacking.folder(FacesContext.getCurrentInstance());
    }

    /** Reads the file and the question from the draft; false when either is not there. */
    private boolean open() {
        Optional<DraftFile> stored = drafts.file(courseId, file);
        if (stored.isEmpty()) {
            return false;
        }
        fileText = new String(stored.get().getContent(), StandardCharsets.UTF_8);
        revision = stored.get().getRevision();
        lastSaving = null;
        Optional<QuizSource> source = QuizSource.parse(fileText);
        unreadable = source.isEmpty();
        if (unreadable) {
            Messages.error(QuestionEditorMessages.ADMIN_QUESTION_UNREADABLE);
            form = null;
            return false;
        }
        String wanted = storedId != null ? storedId : question;
        Optional<Integer> index =
                wanted == null ? Optional.empty() : source.get().indexOf(wanted);
        if (index.isPresent()) {
            written = new LinkedHashMap<>(source.get().questions().get(index.get()));
            type = FormText.stringOf(written.get("type"));
            storedId = wanted;
        } else if (question == null && newType != null) {
            written = new LinkedHashMap<>();
            written.put("id", freshId(source.get()));
            written.put("type", newType);
            type = newType;
            storedId = null;
        } else {
            return false;
        }
        Optional<QuestionForm> made =
                QuestionTypes.named(type).flatMap(t -> t.form(storedId == null ? Map.of() : written));
        if (made.isEmpty()) {
            return false;
        }
        form = made.get();
        id = FormText.stringOf(written.get("id"));
        text = FormText.of(written.get("text"));
        explanation = FormText.of(written.get("explanation"));
        quizId = source.get().quizId().orElse("");
        position = index.map(i -> i + 1).orElse(source.get().size() + 1);
        problems = List.of();
        return true;
    }

    private static String freshId(QuizSource source) {
        int n = source.size() + 1;
        while (source.indexOf("soal-" + n).isPresent()) {
            n++;
        }
        return "soal-" + n;
    }

    /** Writes the question into the draft file, unless someone else saved the file meanwhile. */
    public void save() {
        if (form == null || lastSaving instanceof Saving.Conflict) {
            return;
        }
        store();
    }

    /** After a conflict: this question is written into the other person's file, as the author chose. */
    public void overwrite() {
        drafts.file(courseId, file).ifPresent(f -> {
            fileText = new String(f.getContent(), StandardCharsets.UTF_8);
            revision = f.getRevision();
        });
        store();
    }

    /** After a conflict: the question as the other person left it. */
    public void takeTheirs() {
        open();
    }

    /** Shows why a form's action could not be done, or saves what it did. */
    public void after(Optional<String> refusal) {
        refusal.ifPresentOrElse(Messages::error, this::save);
    }

    /** The selection the page last saw in one of the form's texts, as its field and two offsets. */
    public int start() {
        return selectionStart == null ? 0 : selectionStart;
    }

    public int end() {
        return selectionEnd == null ? 0 : selectionEnd;
    }

    private void store() {
        // A question without an id could not be found in the file again: asked for, not saved.
        if (id == null || id.isBlank()) {
            Messages.error(QuestionEditorMessages.ADMIN_QUESTION_ID_REQUIRED);
            return;
        }
        Optional<QuizSource> source = QuizSource.parse(fileText);
        if (source.isEmpty()) {
            Messages.error(QuestionEditorMessages.ADMIN_QUESTION_UNREADABLE);
            return;
        }
        LinkedHashMap<String, Object> changed = new LinkedHashMap<>(written);
        FormText.put(changed, "id", id.strip());
        changed.put("type", type);
        text.writeInto(changed, "text");
        form.writeInto(changed);
        explanation.writeInto(changed, "explanation");
        Optional<Integer> index =
                storedId == null ? Optional.empty() : source.get().indexOf(storedId);
        String newText = index.map(i -> source.get().replace(i, changed))
                .orElseGet(() -> source.get().append(changed));
        if (!mayWrite()) {
            Messages.error(AdminMessages.ADMIN_DRAFT_GONE);
            return;
        }
        lastSaving = drafts.save(courseId, file, newText, revision, currentUser.getUsername());
        if (lastSaving instanceof Saving.Saved saved) {
            revision = saved.revision();
            fileText = newText;
            written = changed;
            storedId = FormText.stringOf(changed.get("id"));
            check();
        }
    }

    /** The draft checked as publishing would; this question's problems kept, with their fields. */
    private void check() {
        QuizSource source = QuizSource.parse(fileText).orElseThrow();
        int index = source.indexOf(storedId).orElseThrow();
        int first = source.firstLine(index);
        int last = source.lastLine(index);
        position = index + 1;
        paths = source.paths(index);
        problems = publisher.checkDraft(courseId).stream()
                .filter(p -> p.file().equals(file) && p.line() >= first && p.line() <= last)
                .toList();
    }

    /**
     * The problems at a field ({@code post.body}) or under it ({@code segments.bagian-1}); all of
     * this question's problems for an empty path.
     */
    public List<Problem> problemsAt(String path) {
        if (path.isEmpty()) {
            return problems;
        }
        return problems.stream()
                .filter(p -> {
                    String field = fieldOf(p);
                    return field.equals(path) || field.startsWith(path + ".");
                })
                .toList();
    }

    /**
     * The problems of a list itself ({@code choices}: too few, none correct), none of its items'.
     * The checker places such a problem on the list's first line, which is also its first item's
     * ({@code choices.0}); a problem there shows at the list.
     */
    public List<Problem> problemsOnlyAt(String path) {
        return problems.stream()
                .filter(p -> fieldOf(p).equals(path) || fieldOf(p).equals(path + ".0"))
                .toList();
    }

    /** The problems of one item of a list ({@code choices.2} and under it), as {@link #problemsOnlyAt} leaves them. */
    public List<Problem> problemsInItem(String list, int index) {
        String item = list + "." + index;
        return problems.stream()
                .filter(p -> fieldOf(p).startsWith(item + ".")
                        || index > 0 && fieldOf(p).equals(item))
                .toList();
    }

    private String fieldOf(Problem problem) {
        Map.Entry<Integer, String> at = paths.floorEntry(problem.line());
        return at == null ? "" : at.getValue();
    }

    public String problemMessage(Problem problem) {
        return problem.message(locale());
    }

    /** What the status line says about saving, in the page's language. */
    public String getStatus() {
        Locale locale = locale();
        return switch (lastSaving) {
            case null -> "";
            case Saving.Saved saved ->
                Messages.text(locale, AdminMessages.ADMIN_DRAFT_SAVED, moments.format(saved.at()))
                        + " "
                        + (problems.isEmpty()
                                ? Messages.text(locale, QuestionEditorMessages.ADMIN_QUESTION_READY)
                                : Messages.text(
                                        locale, QuestionEditorMessages.ADMIN_QUESTION_PROBLEMS, problems.size()));
            case Saving.Conflict conflict ->
                Messages.text(locale, AdminMessages.ADMIN_DRAFT_CONFLICT, conflict.by(), moments.format(conflict.at()));
            case Saving.Gone gone -> Messages.text(locale, AdminMessages.ADMIN_DRAFT_GONE);
        };
    }

    public boolean isConflict() {
        return lastSaving instanceof Saving.Conflict;
    }

    /** Whether the question is in the file yet (a new one is, from its first save). */
    public boolean isStored() {
        return storedId != null;
    }

    /** The techniques authors may name: the {@code teknik:} tags of the tag list. */
    public List<String> getTechniques() {
        return publisher.tagNames().keySet().stream()
                .filter(tag -> tag.startsWith("teknik:"))
                .toList();
    }

    /**
     * The same techniques as choices, each shown by its name in the page's language (as reports
     * and students see it, e.g. "Memancing emosi") and stored by its tag; and the technique
     * {@code written} in the question when the tag list lacks it (a course file from another
     * server may carry one): it is offered, and stays chosen, as written, so opening and saving
     * the question keeps it, and the checker still reports it at its field.
     */
    public List<SelectItem> techniqueItemsWith(String written) {
        Locale locale = locale();
        return techniqueItems(
                publisher.tagNames(),
                locale.getLanguage(),
                written,
                unknown -> Messages.text(locale, QuestionEditorMessages.ADMIN_QUESTION_UNKNOWN_TECHNIQUE, unknown));
    }

    /** The {@code teknik:} tags by their names in {@code language}, then {@code written} if it is none of them. */
    static List<SelectItem> techniqueItems(
            Map<String, LocalizedText> tagNames,
            String language,
            String written,
            Function<String, String> unknownLabel) {
        List<SelectItem> items = new ArrayList<>();
        tagNames.forEach((tag, name) -> {
            if (tag.startsWith("teknik:")) {
                items.add(new SelectItem(tag, name.in(language)));
            }
        });
        if (written != null
                && !written.isBlank()
                && items.stream().noneMatch(item -> written.equals(item.getValue()))) {
            items.add(new SelectItem(written, unknownLabel.apply(written)));
        }
        return items;
    }

    /** The types that bring an editor of their own, for "add a question" on the draft page. */
    public static List<String> typesWithEditor() {
        return QuestionTypes.all().stream()
                .filter(QuestionType::hasEditor)
                .map(QuestionType::name)
                .toList();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public QuestionForm getForm() {
        return form;
    }

    public String getType() {
        return type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null ? "" : id;
    }

    public FormText getText() {
        return text;
    }

    public FormText getExplanation() {
        return explanation;
    }

    public String getQuizId() {
        return quizId;
    }

    public int getPosition() {
        return position;
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

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getSelectionField() {
        return selectionField;
    }

    public void setSelectionField(String selectionField) {
        this.selectionField = selectionField;
    }

    public Integer getSelectionStart() {
        return selectionStart;
    }

    public void setSelectionStart(Integer selectionStart) {
        this.selectionStart = selectionStart;
    }

    public Integer getSelectionEnd() {
        return selectionEnd;
    }

    public void setSelectionEnd(Integer selectionEnd) {
        this.selectionEnd = selectionEnd;
    }
}

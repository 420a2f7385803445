package id.saring.view.teach;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.LocalizedText;
import id.saring.catalog.content.Quiz;
import id.saring.classroom.boundary.ClassReports;
import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.boundary.Classrooms;
import id.saring.classroom.control.ClassMastery;
import id.saring.classroom.control.GradeSheet;
import id.saring.classroom.control.PrePost;
import id.saring.classroom.control.ProgressGrid;
import id.saring.classroom.control.QuestionAnalysis;
import id.saring.classroom.control.TableExport;
import id.saring.classroom.control.Worksheets;
import id.saring.classroom.entity.SchoolClass;
import id.saring.infrastructure.i18n.Messages;
import id.saring.progress.control.Mastery;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import id.saring.view.Moments;
import id.saring.view.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.primefaces.model.StreamedContent;

/**
 * teach/report.xhtml?id=...&course=...: one class's reports for one course: progress grid,
 * question analysis, technique heat map, pre-test/post-test change and weekly activity. Every
 * figure comes from {@link ClassReports}, which checks the class is the teacher's.
 */
@Named("teachReport")
@ViewScoped
public class ReportBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Weeks of activity the chart shows. */
    static final int WEEKS = 8;

    @Inject
    ClassReports reports;

    @Inject
    Classrooms classrooms;

    @Inject
    CurrentUser currentUser;

    @Inject
    Moments moments;

    private long id;
    private String course;
    private String quiz;

    private transient SchoolClass schoolClass;
    private transient Course currentCourse;
    private transient List<Course> courses;
    private transient ProgressGrid grid;
    private transient List<QuestionAnalysis> questions;
    private transient ClassMastery mastery;
    private transient Optional<PrePost> prePost;

    public void load() throws IOException {
        try {
            schoolClass = classrooms.get(currentUser.getUsername(), id);
            if (course == null || course.isBlank() || getCourses().stream().noneMatch(c -> c.id().equals(course))) {
                course = getCourses().isEmpty() ? null : getCourses().get(0).id();
            }
            if (course != null && (quiz == null || getQuizzes().stream().noneMatch(q -> q.id().equals(quiz)))) {
                quiz = getQuizzes().isEmpty() ? null : getQuizzes().get(0).id();
            }
        } catch (ClassroomException e) {
            NotFound.send(FacesContext.getCurrentInstance());
        }
    }

    public SchoolClass getSchoolClass() {
        if (schoolClass == null) {
            schoolClass = classrooms.get(currentUser.getUsername(), id);
        }
        return schoolClass;
    }

    public List<Course> getCourses() {
        if (courses == null) {
            courses = reports.courses(currentUser.getUsername(), id);
        }
        return courses;
    }

    /** Read once per view: the heat map asks for it in every header cell. */
    public Course getCurrentCourse() {
        if (currentCourse == null) {
            currentCourse = reports.course(course);
        }
        return currentCourse;
    }

    public boolean isHasCourse() {
        return course != null;
    }

    public ProgressGrid getGrid() {
        if (grid == null) {
            grid = reports.grid(currentUser.getUsername(), id, course);
        }
        return grid;
    }

    public long getStuckCount() {
        return getGrid().stuckCount();
    }

    public long getBehindCount() {
        return getGrid().behindCount();
    }

    public List<Quiz> getQuizzes() {
        return reports.quizzes(getCurrentCourse());
    }

    public List<QuestionAnalysis> getQuestions() {
        if (questions == null) {
            questions = quiz == null ? List.of() : reports.questions(currentUser.getUsername(), id, course, quiz);
        }
        return questions;
    }

    /** The three red flags of a hoax post missed most often (the rest is in the worksheet key). */
    public List<QuestionAnalysis.MissedFlag> mostMissed(QuestionAnalysis analysis) {
        return analysis.missedFlags().stream()
                .filter(f -> f.missed() > 0)
                .limit(3)
                .toList();
    }

    /** A new quiz was picked: its analysis is read again. */
    public void quizChanged() {
        questions = null;
    }

    public ClassMastery getMastery() {
        if (mastery == null) {
            mastery = reports.mastery(currentUser.getUsername(), id, course);
        }
        return mastery;
    }

    public PrePost getPrePost() {
        if (prePost == null) {
            prePost = reports.prePost(currentUser.getUsername(), id, course);
        }
        return prePost.orElse(null);
    }

    /** A tag's name in the page's language, e.g. "teknik:peniruan" → "Peniruan". */
    public String tagName(String tag, String language) {
        LocalizedText name = getCurrentCourse().tagNames().get(tag);
        return name == null ? tag : name.in(language);
    }

    /** The class's weakest techniques and skills, named, for the sentence above the heat map. */
    public String weakest(String language) {
        return String.join(
                ", ",
                getMastery().weakest(3).stream()
                        .map(tag -> tagName(tag, language) + " ("
                                + getMastery().classAverage().get(tag).percent() + "%)")
                        .toList());
    }

    /** Heat map colour band of a percentage, 0 (weak) to 3 (strong). */
    public int band(int percent) {
        return percent < 40 ? 0 : percent < 60 ? 1 : percent < 80 ? 2 : 3;
    }

    /** The CSS classes of a grid cell: its state, and whether it is late or stuck. */
    public String cellClass(ProgressGrid.Cell cell) {
        return "cell " + cell.state().name().toLowerCase(Locale.ROOT) + (cell.late() ? " late" : "")
                + (cell.stuck() ? " stuck" : "");
    }

    /** A grid cell in words: "Selesai · 85", "Sedang dikerjakan · terlambat"... */
    public String cellLabel(ProgressGrid.Cell cell) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        StringBuilder label = new StringBuilder(Messages.text(locale, "report.state." + cell.state()));
        cell.score().ifPresent(score -> label.append(" · ").append(score));
        if (cell.late()) {
            label.append(" · ").append(Messages.text(locale, "report.late"));
        }
        if (cell.stuck()) {
            label.append(" · ").append(Messages.text(locale, "report.stuck"));
        }
        return label.toString();
    }

    public String heatClass(Optional<Mastery> mastery) {
        return mastery.map(m -> "band-" + band(m.percent())).orElse("none");
    }

    public String heatLabel(Optional<Mastery> mastery) {
        return mastery.map(m -> m.percent() + "%").orElse("–");
    }

    /** A discernment (-1 to 1) as points from -100 to +100, or a dash. */
    public String points(OptionalDouble value) {
        return value.isPresent() ? String.format(Locale.ROOT, "%+d", Math.round(100 * value.getAsDouble())) : "–";
    }

    /** A share (0 to 1) or a gain as a percentage, or a dash. */
    public String percent(OptionalDouble value) {
        return value.isPresent() ? Math.round(100 * value.getAsDouble()) + "%" : "–";
    }

    /** Whether the class judges true news false more often after the course: cynicism, not discernment. */
    public boolean isMoreCynical() {
        PrePost change = getPrePost();
        return change != null && change.grewCynical();
    }

    public StreamedContent getGradesCsv() {
        return download("csv", TableExport.CSV_MEDIA_TYPE, TableExport.csv(gradeSheet("csv")));
    }

    public StreamedContent getGradesXlsx() {
        return download("xlsx", TableExport.XLSX_MEDIA_TYPE, TableExport.xlsx(gradeSheet("xlsx")));
    }

    /** The chosen quiz on paper, for classes without devices. */
    public StreamedContent getWorksheet() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Quiz chosen = chosenQuiz();
        return pdf("lembar-kerja-" + chosen.id(), Worksheets.worksheet(getCurrentCourse(), chosen, locale));
    }

    /** Its answer key, kept apart so that the worksheet can be handed out. */
    public StreamedContent getAnswerKey() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Quiz chosen = chosenQuiz();
        return pdf("kunci-" + chosen.id(), Worksheets.answerKey(getCurrentCourse(), chosen, locale));
    }

    private Quiz chosenQuiz() {
        return getQuizzes().stream()
                .filter(q -> q.id().equals(quiz))
                .findFirst()
                .orElseThrow(() -> new ClassroomException("report.noQuiz"));
    }

    private static StreamedContent pdf(String name, byte[] bytes) {
        return Downloads.of(name + ".pdf", Downloads.PDF, bytes);
    }

    private TableExport.Table gradeSheet(String format) {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return GradeSheet.of(
                reports.export(currentUser.getUsername(), id, course, format),
                getSchoolClass().getName(),
                locale);
    }

    private StreamedContent download(String extension, String type, byte[] bytes) {
        String name = ("nilai-" + getSchoolClass().getName() + "-" + course).replaceAll("[^A-Za-z0-9-]", "");
        return Downloads.of(name + "." + extension, type, bytes);
    }

    /** Chart.js configuration: lessons read and quizzes submitted per week. */
    public String getActivityChart() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMM", locale);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder read = Json.createArrayBuilder();
        JsonArrayBuilder submitted = Json.createArrayBuilder();
        reports.activity(currentUser.getUsername(), id, course, WEEKS, moments.zone())
                .forEach(week -> {
                    labels.add(day.format(week.monday()));
                    read.add(week.lessonsRead());
                    submitted.add(week.quizzesSubmitted());
                });
        return barChart(
                labels,
                Json.createArrayBuilder()
                        .add(dataset(Messages.text(locale, "report.activity.read"), read, "#0b6e4f"))
                        .add(dataset(Messages.text(locale, "report.activity.submitted"), submitted, "#d98e04")),
                false);
    }

    /** Chart.js configuration: the class's mastery per technique and skill, as horizontal bars. */
    public String getMasteryChart() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        getMastery().classAverage().forEach((tag, average) -> {
            labels.add(tagName(tag, locale.getLanguage()));
            values.add(average.percent());
        });
        return barChart(
                labels,
                Json.createArrayBuilder()
                        .add(dataset(Messages.text(locale, "report.mastery.class"), values, "#0b6e4f")),
                true);
    }

    private static String barChart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal) {
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options(horizontal))
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", colour);
    }

    private static JsonObjectBuilder options(boolean horizontal) {
        var options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
        if (horizontal) {
            options.add("indexAxis", "y")
                    .add(
                            "scales",
                            Json.createObjectBuilder()
                                    .add(
                                            "x",
                                            Json.createObjectBuilder()
                                                    .add("min", 0)
                                                    .add("max", 100)));
        }
        return options;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getQuiz() {
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }
}

package id.saring.view.teach.report;

import id.saring.catalog.content.Quiz;
import id.saring.classroom.ClassroomMessages;
import id.saring.classroom.boundary.ClassReports;
import id.saring.classroom.boundary.ClassroomException;
import id.saring.classroom.control.QuestionAnalysis;
import id.saring.classroom.control.Worksheets;
import id.saring.view.CurrentUser;
import id.saring.view.Downloads;
import id.saring.view.teach.ReportBacking;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * The report's question analysis of one quiz of the course (the first until the teacher picks
 * another), with the quiz on paper and its answer key. The quiz picked comes back with every
 * post of the report's form (its menu's value), so nothing of it is kept between requests.
 */
@Named("reportQuestions")
@RequestScoped
public class QuestionReport {

    @Inject
    ClassReports reports;

    @Inject
    CurrentUser currentUser;

    @Inject
    ReportBacking page;

    private String quiz;
    private List<Quiz> quizzes;
    private List<QuestionAnalysis> questions;

    public List<Quiz> getQuizzes() {
        if (quizzes == null) {
            quizzes = page.isHasCourse() ? reports.quizzes(page.getCurrentCourse()) : List.of();
        }
        return quizzes;
    }

    public List<QuestionAnalysis> getQuestions() {
        if (questions == null) {
            questions = getQuiz() == null
                    ? List.of()
                    : reports.questions(currentUser.getUsername(), page.getId(), page.getCourse(), quiz);
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

    /** The chosen quiz on paper, for classes without devices. */
    public StreamedContent getWorksheet() {
        Quiz chosen = chosenQuiz();
        return pdf("lembar-kerja-" + chosen.id(), Worksheets.worksheet(page.getCurrentCourse(), chosen, locale()));
    }

    /** Its answer key, kept apart so that the worksheet can be handed out. */
    public StreamedContent getAnswerKey() {
        Quiz chosen = chosenQuiz();
        return pdf("kunci-" + chosen.id(), Worksheets.answerKey(page.getCurrentCourse(), chosen, locale()));
    }

    /** The quiz picked, or the course's first when none (or one not in the course) was. */
    public String getQuiz() {
        if (quiz == null || getQuizzes().stream().noneMatch(q -> q.id().equals(quiz))) {
            quiz = getQuizzes().isEmpty() ? null : getQuizzes().get(0).id();
        }
        return quiz;
    }

    public void setQuiz(String quiz) {
        this.quiz = quiz;
    }

    private Quiz chosenQuiz() {
        return getQuizzes().stream()
                .filter(q -> q.id().equals(getQuiz()))
                .findFirst()
                .orElseThrow(() -> new ClassroomException(ClassroomMessages.REPORT_NO_QUIZ));
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    private static StreamedContent pdf(String name, byte[] bytes) {
        return Downloads.of(name + ".pdf", Downloads.PDF, bytes);
    }
}

package id.saring.view.admin;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Response;
import id.saring.publishing.boundary.Authoring;
import id.saring.quiz.entity.Attempt;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import id.saring.view.learn.AnswerSheet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * admin/ and teach/quiz-preview.xhtml?course=...&version=...&quiz=...&q=...: a quiz of any version (or the
 * draft: {@code version=draft}) taken
 * as a student takes it, through the students' own question fragments, with the feedback of
 * every answer shown at once. The answers live in the session ({@link QuizPreviews}), never in
 * the attempts: nothing a preview does is recorded or counted. Those who may write the course
 * preview it ({@link Authoring#mayWrite}): administrators every course, a teacher their own.
 */
@Named("quizPreview")
@RequestScoped
public class QuizPreviewBacking {

    @Inject
    PreviewedCourses courses;

    @Inject
    QuizPreviews previews;

    @Inject
    Authoring authoring;

    @Inject
    CurrentUser currentUser;

    private String courseId;
    private String version;
    private String quizId;
    private int position = 1;
    private Course course;
    private AnswerSheet sheet;

    public void load() throws IOException {
        course = authoring.mayWrite(currentUser.getUsername(), courseId)
                ? courses.find(getFolder(), courseId, version).orElse(null)
                : null;
        Optional<Quiz> quiz = Optional.ofNullable(course).flatMap(c -> quizOf(c, quizId));
        if (quiz.isEmpty()) {
            NotFound.send(FacesContext.getCurrentInstance());
            return;
        }
        sheet = new AnswerSheet(attempt(quiz.get()), quiz.get(), course);
        position = Math.max(1, Math.min(position, sheet.getQuestions().size()));
    }

    static Optional<Quiz> quizOf(Course course, String quizId) {
        return course.modules().stream()
                .flatMap(m -> m.quiz().stream())
                .filter(q -> q.id().equals(quizId))
                .findFirst();
    }

    /** An attempt that exists only for this page: the preview's shuffles and checked answers. */
    private Attempt attempt(Quiz quiz) {
        QuizPreviews.Preview preview = previews.of(QuizPreviews.key(courseId, version, quizId));
        List<String> order =
                new ArrayList<>(quiz.questions().stream().map(Question::id).toList());
        if (quiz.settings().shuffleQuestions()) {
            Collections.shuffle(order, new Random(preview.seed()));
        }
        Instant now = Instant.now();
        // Version 0: no attempt of a student's ever has it; this one is never stored anyway.
        Attempt attempt = new Attempt(0, courseId, 0, quizId, 1, order, preview.seed(), now, Optional.empty());
        preview.answers()
                .forEach((questionId, values) -> quiz.question(questionId).ifPresent(question -> {
                    Response response = new Response(values);
                    attempt.answer(questionId, response, 1, now);
                    attempt.check(questionId, question.definition().grade(response), now);
                }));
        return attempt;
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    public Question getQuestion() {
        return sheet.getQuestions().get(position - 1);
    }

    public String getModuleTitle() {
        return course.modules().stream()
                .filter(m -> m.quiz().map(q -> q.id().equals(quizId)).orElse(false))
                .findFirst()
                .map(Module::title)
                .map(t -> t.in(FacesContext.getCurrentInstance()
                        .getViewRoot()
                        .getLocale()
                        .getLanguage()))
                .orElse("");
    }

    /** The pages' folder this preview is in: "admin" for administrators, "teach" for a teacher's own course. */
    public String getFolder() {
        return DraftBacking.folder(FacesContext.getCurrentInstance());
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId;
    }
}

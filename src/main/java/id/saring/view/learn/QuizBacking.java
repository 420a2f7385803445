package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Quiz;
import id.saring.classroom.boundary.TestGate;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.classroom.control.PollDelay;
import id.saring.quiz.QuizMessages;
import id.saring.quiz.boundary.Attempts;
import id.saring.quiz.boundary.StartGate;
import id.saring.quiz.entity.Attempt;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * learn/quiz.xhtml?course=...&quiz=...: what the quiz is, earlier attempts, and the way in; while
 * the class's test is not open yet, the waiting page that lets the student in when it opens.
 */
@Named("learnQuiz")
@RequestScoped
public class QuizBacking {

    /** The refusals the start servlet sends back here that this page explains; it says nothing of others. */
    private static final Set<String> REFUSALS = Set.of(QuizMessages.QUIZ_NO_ATTEMPTS_LEFT);

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    Catalog catalog;

    @Inject
    Attempts attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    TestGate testGate;

    @Inject
    FacesContext faces;

    private String courseId;
    private String quizId;
    private Course course;
    private Quiz quiz;
    private List<Attempt> history;
    private Optional<StartGate.Closed> waiting;

    public void load() throws IOException {
        if (getQuiz() == null) {
            NotFound.send(faces);
        }
    }

    public Course getCourse() {
        if (course == null && courseId != null && visibleCourses.mayOpen(currentUser.getUsername(), courseId)) {
            course = catalog.current(courseId).orElse(null);
        }
        return course;
    }

    public Quiz getQuiz() {
        if (quiz == null && getCourse() != null) {
            quiz = course.modules().stream()
                    .flatMap(m -> m.quiz().stream())
                    .filter(q -> q.id().equals(quizId))
                    .findFirst()
                    .orElse(null);
        }
        return quiz;
    }

    public List<Attempt> getHistory() {
        if (history == null) {
            history = getQuiz() == null ? List.of() : attempts.of(currentUser.getUsername(), courseId, quizId);
        }
        return history;
    }

    public Optional<Attempt> getOpen() {
        return getHistory().stream().filter(a -> !a.isSubmitted()).findFirst();
    }

    /**
     * Why the student waits: their class's test is not open yet. Never while they have an attempt
     * going, which they may always continue, nor when they have no attempt left to wait for.
     */
    public Optional<StartGate.Closed> getWaiting() {
        if (waiting == null) {
            waiting = getQuiz() == null || getOpen().isPresent() || getAttemptsLeft() == 0
                    ? Optional.empty()
                    : testGate.closedFor(currentUser.getUsername(), courseId, quizId);
        }
        return waiting;
    }

    /** How long the waiting page waits before it first asks whether the test is open, in milliseconds. */
    public long getFirstAsk() {
        return PollDelay.next(
                        0,
                        getWaiting().flatMap(StartGate.Closed::opens),
                        Instant.now(Clock.systemUTC()),
                        ThreadLocalRandom.current())
                .toMillis();
    }

    /** Why starting was refused, as the start servlet says it, if it is one this page explains. */
    public Optional<String> getRefusal() {
        String refused = faces.getExternalContext().getRequestParameterMap().get("refused");
        return Optional.ofNullable(refused).filter(REFUSALS::contains);
    }

    /** Attempts still allowed; -1 for no limit. */
    public int getAttemptsLeft() {
        int max = getQuiz().settings().maxAttempts();
        return max == 0 ? -1 : Math.max(0, max - getHistory().size());
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId;
    }
}

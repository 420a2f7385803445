package id.saring.quiz.boundary;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.content.QuizSettings;
import id.saring.catalog.question.InvalidResponse;
import id.saring.catalog.question.Response;
import id.saring.identity.boundary.AccountException;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.quiz.QuizMessages;
import id.saring.quiz.entity.Answer;
import id.saring.quiz.entity.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;

/**
 * Taking a quiz. Every answer is stored the moment it arrives; saves are idempotent and ordered
 * by the device's sequence; the time limit is enforced here, not in the browser; a submit grades
 * once however often it is sent. Only the student who owns an attempt can see or change it.
 */
@ApplicationScoped
@Transactional
public class Attempts {

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    Accounts accounts;

    /** What may keep a student from starting (a test the teacher has not opened); none for self-study. */
    @Inject
    @Any
    Instance<StartGate> gates;

    /** Tells the parts above that an attempt was submitted, in the submitting transaction. */
    @Inject
    Event<AttemptSubmitted> submitted;

    Clock clock = Clock.systemUTC();

    /**
     * Resumes the student's open attempt at this quiz, or starts a new one if any are left and no
     * {@link StartGate} keeps it closed ({@link QuizMessages#QUIZ_NOT_OPEN}).
     */
    public Attempt start(String username, String courseId, String quizId) {
        Account student = accounts.getByUsername(username);
        Course course = catalog.current(courseId).orElseThrow(() -> new AttemptException(QuizMessages.QUIZ_NOT_FOUND));
        Quiz quiz = quizOf(course, quizId).orElseThrow(() -> new AttemptException(QuizMessages.QUIZ_NOT_FOUND));
        List<Attempt> earlier = attemptsOf(student.getId(), courseId, quizId);
        Instant now = Instant.now(clock);
        Optional<Attempt> open = earlier.stream().filter(a -> !a.isSubmitted()).findFirst();
        if (open.isPresent()) {
            closeIfOverdue(open.get(), now);
            if (!open.get().isSubmitted()) {
                return open.get();
            }
        }
        String moduleId = moduleOf(course, quizId);
        refusal(student, course, quiz, moduleId, earlier, gate -> gate.closed(student.getId(), courseId, moduleId))
                .ifPresent(key -> {
                    throw new AttemptException(key);
                });
        QuizSettings settings = quiz.settings();
        long seed = SEEDS.nextLong();
        List<String> order = new ArrayList<>(
                served(course, quiz, student).stream().map(Question::id).toList());
        if (settings.shuffleQuestions()) {
            Collections.shuffle(order, new Random(seed));
        }
        Optional<Duration> limit = settings.timeLimitMinutes() > 0
                ? Optional.of(Duration.ofMinutes(settings.timeLimitMinutes()))
                : Optional.empty();
        int number = earlier.stream().mapToInt(Attempt::getNumber).max().orElse(0) + 1;
        Attempt attempt =
                new Attempt(student.getId(), courseId, versionOf(courseId), quizId, number, order, seed, now, limit);
        em.persist(attempt);
        return attempt;
    }

    /** The student's own attempt; an overdue one is submitted first. */
    public Attempt get(long attemptId, String username) {
        Attempt attempt = owned(attemptId, username, LockModeType.NONE);
        closeIfOverdue(attempt, Instant.now(clock));
        return attempt;
    }

    /**
     * Stores an answer.
     *
     * @throws AttemptException {@link QuizMessages#ATTEMPT_INVALID_ANSWER} for a response the question could
     *     not have produced, {@link QuizMessages#ATTEMPT_NOT_FOUND} for someone else's attempt or question
     */
    public Saved save(long attemptId, String username, String questionId, Response response, int sequence) {
        return store(owned(attemptId, username, LockModeType.PESSIMISTIC_WRITE), questionId, response, sequence);
    }

    /**
     * Immediate feedback: stores the answer just given, grades it and makes it final, in one
     * transaction. Only where the quiz gives feedback at once ({@link QuizSettings#feedbackAtOnce}):
     * its page shows the check button only there, and a check posted by hand to a test that gives
     * feedback after submitting must not tell whether an answer is right.
     *
     * @throws AttemptException {@link QuizMessages#ATTEMPT_FEEDBACK_AFTER_SUBMIT}, with nothing stored, on
     *     such a quiz; as {@link #save} for the answer
     */
    public Saved check(long attemptId, String username, String questionId, Response response, int sequence) {
        Attempt attempt = owned(attemptId, username, LockModeType.PESSIMISTIC_WRITE);
        Quiz quiz = quizOf(attempt);
        if (!quiz.settings().feedbackAtOnce()) {
            throw new AttemptException(QuizMessages.ATTEMPT_FEEDBACK_AFTER_SUBMIT);
        }
        Saved saved = store(attempt, questionId, response, sequence);
        if (saved.status() != Saved.Status.TIME_UP && saved.status() != Saved.Status.CLOSED) {
            checkStored(attempt, quiz, questionId, Instant.now(clock));
        }
        return saved;
    }

    private Saved store(Attempt attempt, String questionId, Response response, int sequence) {
        Instant now = Instant.now(clock);
        if (closeIfOverdue(attempt, now)) {
            return new Saved(Saved.Status.TIME_UP, now, sequence);
        }
        if (attempt.isSubmitted()) {
            return new Saved(Saved.Status.CLOSED, now, sequence);
        }
        Question question = question(attempt, questionId);
        try {
            question.definition().check(response);
        } catch (InvalidResponse e) {
            throw new AttemptException(QuizMessages.ATTEMPT_INVALID_ANSWER);
        }
        if (attempt.answerTo(questionId).map(Answer::isChecked).orElse(false)) {
            return new Saved(Saved.Status.LOCKED, now, sequence);
        }
        boolean stored = attempt.answer(questionId, response, sequence, now);
        Answer answer = attempt.answerTo(questionId).orElseThrow();
        return new Saved(
                stored ? Saved.Status.SAVED : Saved.Status.ALREADY_SAVED, answer.getSavedAt(), answer.getSequence());
    }

    /**
     * Grades the stored answer to one question now and makes it final: a check online ({@link #check}),
     * or one a device made offline ({@link OfflineAttempts}). The callers hold the rule of when a
     * check may be made ({@link QuizSettings#feedbackAtOnce}). Whether it was not checked before.
     */
    static boolean checkStored(Attempt attempt, Quiz quiz, String questionId, Instant now) {
        Answer stored = attempt.answerTo(questionId)
                .orElseThrow(() -> new AttemptException(QuizMessages.ATTEMPT_NOTHING_TO_CHECK));
        if (stored.isChecked()) {
            return false;
        }
        Question question =
                quiz.question(questionId).orElseThrow(() -> new AttemptException(QuizMessages.ATTEMPT_NOT_FOUND));
        attempt.check(questionId, question.definition().grade(stored.getResponse()), now);
        return true;
    }

    /** Grades and closes the attempt; sending it again returns the same result. */
    public Attempt submit(long attemptId, String username) {
        Attempt attempt = owned(attemptId, username, LockModeType.PESSIMISTIC_WRITE);
        if (!attempt.isSubmitted()) {
            attempt.submit(grades(attempt), Instant.now(clock));
            announce(attempt);
        }
        return attempt;
    }

    /** The student's attempts at a quiz, newest first. */
    public List<Attempt> of(String username, String courseId, String quizId) {
        return attemptsOf(accounts.idOf(username), courseId, quizId);
    }

    /** The quiz as it was in the course version the attempt was started on. */
    public Quiz quizOf(Attempt attempt) {
        return catalog.version(attempt.getCourseId(), attempt.getCourseVersion())
                .flatMap(course -> quizOf(course, attempt.getQuizId()))
                .orElseThrow(() -> new AttemptException(QuizMessages.QUIZ_NOT_FOUND));
    }

    /**
     * Why the student may not start a new attempt at this quiz, if they may not: the rules every
     * start obeys, online ({@link #start}) or offline ({@link OfflineAttempts}).
     *
     * @param earlier the student's attempts at this quiz
     * @param closed what one {@link StartGate} says (asked now, or at the time an offline attempt began)
     * @return a message key of {@link QuizMessages}, or empty when they may start
     */
    Optional<String> refusal(
            Account student,
            Course course,
            Quiz quiz,
            String moduleId,
            List<Attempt> earlier,
            Function<StartGate, Optional<StartGate.Closed>> closed) {
        for (StartGate gate : gates) {
            if (closed.apply(gate).isPresent()) {
                return Optional.of(QuizMessages.QUIZ_NOT_OPEN);
            }
        }
        QuizSettings settings = quiz.settings();
        if (settings.maxAttempts() > 0 && earlier.size() >= settings.maxAttempts()) {
            return Optional.of(QuizMessages.QUIZ_NO_ATTEMPTS_LEFT);
        }
        if (course.retest().filter(quiz.id()::equals).isPresent()
                && course.postTest()
                        .map(post -> attemptsOf(student.getId(), course.id(), post).stream()
                                .noneMatch(Attempt::isSubmitted))
                        .orElse(false)) {
            return Optional.of(QuizMessages.QUIZ_RETEST_TOO_EARLY);
        }
        return Optional.empty();
    }

    /** The questions this student is served: their form's, in a course with pre- and post-test forms. */
    static List<Question> served(Course course, Quiz quiz, Account student) {
        return course.formFor(quiz, student.getId()).map(quiz::questionsOf).orElse(quiz.questions());
    }

    private boolean closeIfOverdue(Attempt attempt, Instant now) {
        if (!attempt.isSubmitted() && attempt.isOverdue(now)) {
            em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
            attempt.submit(grades(attempt), now);
            announce(attempt);
            return true;
        }
        return false;
    }

    /** Tells the parts above that this attempt was just submitted (in the submitting transaction). */
    void announce(Attempt attempt) {
        submitted.fire(new AttemptSubmitted(
                attempt.getId(), attempt.getAccountId(), attempt.getCourseId(), attempt.getQuizId()));
    }

    Map<String, Double> grades(Attempt attempt) {
        Quiz quiz = quizOf(attempt);
        Map<String, Double> grades = new HashMap<>();
        for (String questionId : attempt.getQuestionOrder()) {
            attempt.answerTo(questionId)
                    .ifPresent(answer -> grades.put(
                            questionId,
                            answer.isChecked()
                                    ? answer.getFraction().orElse(0.0)
                                    : quiz.question(questionId)
                                            .map(q -> q.definition().grade(answer.getResponse()))
                                            .orElse(0.0)));
        }
        return grades;
    }

    /**
     * The student's own attempt, locked as asked: one query that also checks whose it is (every
     * answer save starts here).
     */
    /**
     * The attempt, if it is this student's. The account's id comes from what this request already read
     * of the caller ({@link Accounts#idOf}): with the account in a subquery, EclipseLink prepared the
     * locking query's SQL again on every answer save.
     */
    private Attempt owned(long attemptId, String username, LockModeType lock) {
        long account;
        try {
            account = accounts.idOf(username);
        } catch (AccountException gone) {
            throw new AttemptException(QuizMessages.ATTEMPT_NOT_FOUND);
        }
        return em.createNamedQuery(
                        lock == LockModeType.PESSIMISTIC_WRITE ? Attempt.OWNED_LOCKED : Attempt.OWNED, Attempt.class)
                .setParameter("id", attemptId)
                .setParameter("account", account)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new AttemptException(QuizMessages.ATTEMPT_NOT_FOUND));
    }

    private Question question(Attempt attempt, String questionId) {
        if (!attempt.getQuestionOrder().contains(questionId)) {
            throw new AttemptException(QuizMessages.ATTEMPT_NOT_FOUND);
        }
        return quizOf(attempt)
                .question(questionId)
                .orElseThrow(() -> new AttemptException(QuizMessages.ATTEMPT_NOT_FOUND));
    }

    List<Attempt> attemptsOf(long accountId, String courseId, String quizId) {
        return em.createNamedQuery(Attempt.OF_STUDENT, Attempt.class)
                .setParameter("account", accountId)
                .setParameter("course", courseId)
                .setParameter("quiz", quizId)
                .getResultList();
    }

    private int versionOf(String courseId) {
        return catalog.currentVersionNumber(courseId)
                .orElseThrow(() -> new AttemptException(QuizMessages.QUIZ_NOT_FOUND));
    }

    /** The id of the module whose quiz this is. */
    public static String moduleOf(Course course, String quizId) {
        return course.modules().stream()
                .filter(m -> m.quiz().filter(q -> q.id().equals(quizId)).isPresent())
                .map(Module::id)
                .findFirst()
                .orElseThrow(() -> new AttemptException(QuizMessages.QUIZ_NOT_FOUND));
    }

    private static Optional<Quiz> quizOf(Course course, String quizId) {
        return course.modules().stream()
                .flatMap(m -> m.quiz().stream())
                .filter(q -> q.id().equals(quizId))
                .findFirst();
    }
}

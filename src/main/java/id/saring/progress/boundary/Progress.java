package id.saring.progress.boundary;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Quiz;
import id.saring.identity.boundary.Accounts;
import id.saring.progress.control.CourseProgress;
import id.saring.progress.control.Mastery;
import id.saring.progress.control.QuizOutcome;
import id.saring.progress.entity.LessonRead;
import id.saring.quiz.entity.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** A student's progress, computed from lessons read and quiz attempts each time it is asked for. */
@ApplicationScoped
@Transactional
public class Progress {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Catalog catalog;

    Clock clock = Clock.systemUTC();

    /** Marks a lesson of a published course as read; marking it again changes nothing. */
    public void markRead(String username, String courseId, String lessonId) {
        long account = accounts.getByUsername(username).getId();
        boolean exists = catalog.current(courseId)
                .map(c -> c.modules().stream().anyMatch(m -> m.lesson(lessonId).isPresent()))
                .orElse(false);
        if (!exists) {
            throw new IllegalArgumentException("No lesson " + lessonId + " in " + courseId);
        }
        if (em.find(LessonRead.class, new LessonRead.Key(account, courseId, lessonId)) == null) {
            em.persist(new LessonRead(account, courseId, lessonId, Instant.now(clock)));
        }
    }

    public CourseProgress of(String username, Course course) {
        long account = accounts.getByUsername(username).getId();
        Set<String> read = new HashSet<>(em.createNamedQuery(LessonRead.OF_COURSE, String.class)
                .setParameter("account", account)
                .setParameter("course", course.id())
                .getResultList());
        List<Attempt> attempts = attemptsOf(account, course.id());
        Map<String, QuizOutcome> outcomes = new HashMap<>();
        course.modules().forEach(m -> m.quiz().ifPresent(quiz -> outcomes.put(quiz.id(), outcome(quiz, attempts))));
        return CourseProgress.of(course, read, outcomes);
    }

    /** Mastery by tag over the attempts that count, one per quiz. */
    public Map<String, Mastery> mastery(String username, Course course) {
        long account = accounts.getByUsername(username).getId();
        List<Attempt> attempts = attemptsOf(account, course.id());
        Map<Attempt, Quiz> counting = new LinkedHashMap<>();
        course.modules().forEach(m -> m.quiz().ifPresent(quiz -> counting(quiz, attempts)
                .ifPresent(attempt -> catalog.version(course.id(), attempt.getCourseVersion())
                        .flatMap(version -> version.modules().stream()
                                .flatMap(v -> v.quiz().stream())
                                .filter(q -> q.id().equals(quiz.id()))
                                .findFirst())
                        .ifPresent(asTaken -> counting.put(attempt, asTaken)))));
        return Mastery.of(counting);
    }

    /** Every attempt of the student in the course, newest first. */
    public List<Attempt> attempts(String username, String courseId) {
        return attemptsOf(accounts.getByUsername(username).getId(), courseId);
    }

    private List<Attempt> attemptsOf(long account, String courseId) {
        return em.createNamedQuery(Attempt.OF_STUDENT_IN_COURSE, Attempt.class)
                .setParameter("account", account)
                .setParameter("course", courseId)
                .getResultList();
    }

    private static QuizOutcome outcome(Quiz quiz, List<Attempt> attempts) {
        OptionalLong score = counting(quiz, attempts)
                .map(a -> OptionalLong.of(Math.round(a.getScore().orElse(0.0))))
                .orElse(OptionalLong.empty());
        boolean open = attempts.stream().anyMatch(a -> a.getQuizId().equals(quiz.id()) && !a.isSubmitted());
        if (score.isPresent() && score.getAsLong() >= quiz.settings().passMark()) {
            return new QuizOutcome(QuizOutcome.State.PASSED, score);
        }
        if (open) {
            return new QuizOutcome(QuizOutcome.State.IN_PROGRESS, score);
        }
        return score.isPresent() ? new QuizOutcome(QuizOutcome.State.NOT_PASSED, score) : QuizOutcome.NOT_STARTED;
    }

    /** The attempt that counts: the highest or the last submitted one, by the quiz's setting. */
    private static Optional<Attempt> counting(Quiz quiz, List<Attempt> attempts) {
        List<Attempt> submitted = attempts.stream()
                .filter(a -> a.getQuizId().equals(quiz.id()) && a.isSubmitted())
                .toList();
        return switch (quiz.settings().grading()) {
            case LAST -> submitted.stream().findFirst();
            case HIGHEST ->
                submitted.stream()
                        .max(Comparator.comparingDouble(a -> a.getScore().orElse(0.0)));
        };
    }
}

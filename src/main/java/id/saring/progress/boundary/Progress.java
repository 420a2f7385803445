package id.saring.progress.boundary;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Quiz;
import id.saring.identity.boundary.Accounts;
import id.saring.progress.control.CourseProgress;
import id.saring.progress.control.Mastery;
import id.saring.progress.control.QuizOutcome;
import id.saring.progress.entity.LessonRead;
import id.saring.quiz.boundary.AttemptRecords;
import id.saring.quiz.entity.Attempt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
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

    @Inject
    AttemptRecords attemptRecords;

    /** What may keep a student from a course's lessons (a teacher's own course not given them). */
    @Inject
    @Any
    Instance<ReadGate> gates;

    Clock clock = Clock.systemUTC();

    /** Whether the student may read the course's lessons: every {@link ReadGate} lets them. */
    public boolean mayRead(String username, String courseId) {
        for (ReadGate gate : gates) {
            if (!gate.mayRead(username, courseId)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks a lesson of a published course the student may read as read; marking it again changes
     * nothing.
     *
     * @throws IllegalArgumentException when there is no such lesson for this student
     */
    public void markRead(String username, String courseId, String lessonId) {
        long account = accounts.idOf(username);
        boolean exists = mayRead(username, courseId)
                && catalog.current(courseId)
                        .map(c -> c.modules().stream()
                                .anyMatch(m -> m.lesson(lessonId).isPresent()))
                        .orElse(false);
        if (!exists) {
            throw new IllegalArgumentException("No lesson " + lessonId + " in " + courseId);
        }
        if (em.find(LessonRead.class, new LessonRead.Key(account, courseId, lessonId)) == null) {
            em.persist(new LessonRead(account, courseId, lessonId, Instant.now(clock)));
        }
    }

    public CourseProgress of(String username, Course course) {
        long account = accounts.idOf(username);
        Set<String> read = new HashSet<>(em.createNamedQuery(LessonRead.OF_COURSE, String.class)
                .setParameter("account", account)
                .setParameter("course", course.id())
                .getResultList());
        return of(course, read, attemptRecords.ofStudentInCourse(account, course.id()));
    }

    /** Mastery by tag over the attempts that count, one per quiz. */
    public Map<String, Mastery> mastery(String username, Course course) {
        long account = accounts.idOf(username);
        return mastery(course, attemptRecords.ofStudentInCourse(account, course.id()));
    }

    /** The progress of many students in one course (a class), read with two queries. */
    public Map<Long, CourseProgress> ofStudents(Collection<Long> students, Course course) {
        Map<Long, Set<String>> read = new HashMap<>();
        if (!students.isEmpty()) {
            em.createQuery(
                            "select r from LessonRead r where r.accountId in :accounts and r.courseId = :course",
                            LessonRead.class)
                    .setParameter("accounts", students)
                    .setParameter("course", course.id())
                    .getResultList()
                    .forEach(r -> read.computeIfAbsent(r.getAccountId(), a -> new HashSet<>())
                            .add(r.getLessonId()));
        }
        Map<Long, List<Attempt>> attempts = attemptRecords.ofStudentsInCourse(students, course.id());
        Map<Long, CourseProgress> progress = new HashMap<>();
        for (long student : students) {
            progress.put(
                    student,
                    of(course, read.getOrDefault(student, Set.of()), attempts.getOrDefault(student, List.of())));
        }
        return progress;
    }

    /** Mastery by tag of many students in one course. */
    public Map<Long, Map<String, Mastery>> masteryOfStudents(Collection<Long> students, Course course) {
        Map<Long, List<Attempt>> attempts = attemptRecords.ofStudentsInCourse(students, course.id());
        Map<Long, Map<String, Mastery>> mastery = new HashMap<>();
        for (long student : students) {
            mastery.put(student, mastery(course, attempts.getOrDefault(student, List.of())));
        }
        return mastery;
    }

    /** When these students read lessons of the course, for activity charts. */
    public List<Instant> readOfStudents(Collection<Long> students, String courseId) {
        if (students.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select r.readAt from LessonRead r where r.accountId in :accounts and r.courseId = :course",
                        Instant.class)
                .setParameter("accounts", students)
                .setParameter("course", courseId)
                .getResultList();
    }

    private static CourseProgress of(Course course, Set<String> read, List<Attempt> attempts) {
        Map<String, QuizOutcome> outcomes = new HashMap<>();
        course.modules().forEach(m -> m.quiz().ifPresent(quiz -> outcomes.put(quiz.id(), outcome(quiz, attempts))));
        return CourseProgress.of(course, read, outcomes);
    }

    private Map<String, Mastery> mastery(Course course, List<Attempt> attempts) {
        Map<Attempt, Quiz> counting = new LinkedHashMap<>();
        course.modules().forEach(m -> m.quiz().ifPresent(quiz -> counting(quiz, attempts)
                .ifPresent(attempt -> asTaken(course.id(), attempt, quiz.id())
                        .ifPresent(asTaken -> counting.put(attempt, asTaken)))));
        return Mastery.of(counting);
    }

    /** The quiz as it was in the course version the attempt was started on. */
    public Optional<Quiz> asTaken(String courseId, Attempt attempt, String quizId) {
        return catalog.version(courseId, attempt.getCourseVersion()).flatMap(version -> version.modules().stream()
                .flatMap(v -> v.quiz().stream())
                .filter(q -> q.id().equals(quizId))
                .findFirst());
    }

    /** Every attempt of the student in the course, newest first. */
    public List<Attempt> attempts(String username, String courseId) {
        return attemptRecords.ofStudentInCourse(accounts.idOf(username), courseId);
    }

    private static QuizOutcome outcome(Quiz quiz, List<Attempt> attempts) {
        Optional<Attempt> counting = counting(quiz, attempts);
        OptionalLong score = counting.flatMap(Attempt::getPercent)
                .map(p -> OptionalLong.of(p.value()))
                .orElse(OptionalLong.empty());
        boolean open = attempts.stream().anyMatch(a -> a.getQuizId().equals(quiz.id()) && !a.isSubmitted());
        if (counting.map(a -> a.passes(quiz.settings().passMark())).orElse(false)) {
            return new QuizOutcome(QuizOutcome.State.PASSED, score);
        }
        if (open) {
            return new QuizOutcome(QuizOutcome.State.IN_PROGRESS, score);
        }
        return score.isPresent() ? new QuizOutcome(QuizOutcome.State.NOT_PASSED, score) : QuizOutcome.NOT_STARTED;
    }

    /** The attempt that counts: the highest or the last submitted one, by the quiz's setting. */
    public static Optional<Attempt> counting(Quiz quiz, List<Attempt> attempts) {
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

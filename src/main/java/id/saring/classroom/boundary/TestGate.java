package id.saring.classroom.boundary;

import id.saring.catalog.boundary.Catalog;
import id.saring.classroom.control.TestOpening;
import id.saring.classroom.entity.Assignment;
import id.saring.identity.boundary.Accounts;
import id.saring.quiz.QuizMessages;
import id.saring.quiz.boundary.AttemptException;
import id.saring.quiz.boundary.Attempts;
import id.saring.quiz.boundary.StartGate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Tests the class waits for (see {@link TestOpening} for the rule): {@link Attempts#start} asks
 * {@link #closed} before every new attempt, exactly, from the database; the students' waiting
 * pages ask {@link #waiting} every few seconds, and get an answer at most {@link #FRESH} old that
 * mostly costs no query: which assignments gate a student's quiz is kept for a minute, and each
 * assignment's opening for two seconds, shared by the whole class. The teacher's "Open now" on
 * this instance forgets the assignment at once; other instances of a cluster see it within
 * {@link #FRESH}.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TestGate implements StartGate {

    /** How old an assignment's opening may be when a waiting page is told about it. */
    static final Duration FRESH = Duration.ofSeconds(2);

    /** How long which assignments gate a student's quiz is kept (a new assignment is rare on exam day). */
    static final Duration GATING = Duration.ofMinutes(1);

    /** Past this many students or assignments kept, the expired ones are dropped. */
    private static final int TIDY_ABOVE = 5_000;

    private record Kept<T>(T value, Instant until) {}

    private record Gating(long studentId, String courseId, String moduleId, List<Long> assignments) {}

    private final ConcurrentMap<String, Kept<Gating>> gating = new ConcurrentHashMap<>();

    private final ConcurrentMap<Long, Kept<Assignment>> openings = new ConcurrentHashMap<>();

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Catalog catalog;

    Clock clock = Clock.systemUTC();

    @Override
    public Optional<Closed> closed(long studentId, String courseId, String moduleId) {
        return TestOpening.closed(gatingOf(studentId, courseId, moduleId), studentId, courseId, moduleId, now());
    }

    /**
     * An attempt taken offline counts when the test was open at the moment it began on the device
     * (at or after its opening date, which "Open now" moves to that moment) and the teacher has not
     * closed it again by the time it arrives: a held test refuses whatever reaches the server while
     * it is held, because when the teacher held it is not kept.
     */
    @Override
    public Optional<Closed> closedAt(long studentId, String courseId, String moduleId, Instant startedAt) {
        return TestOpening.closed(gatingOf(studentId, courseId, moduleId), studentId, courseId, moduleId, startedAt);
    }

    /**
     * Whether the student must still wait before starting the quiz, as {@link #closed} says now.
     *
     * @throws AttemptException {@link QuizMessages#QUIZ_NOT_FOUND} for a quiz the course does not have
     */
    public Optional<Closed> closedFor(String username, String courseId, String quizId) {
        return closed(accounts.idOf(username), courseId, moduleOf(courseId, quizId));
    }

    /**
     * The same answer as {@link #closedFor}, at most {@link #FRESH} old, for pages that ask again
     * and again.
     *
     * @throws AttemptException {@link QuizMessages#QUIZ_NOT_FOUND} for a quiz the course does not have
     */
    public Optional<Closed> waiting(String username, String courseId, String quizId) {
        Instant now = now();
        String key = username + "\n" + courseId + "\n" + quizId;
        Kept<Gating> known = gating.get(key);
        if (known == null || !known.until().isAfter(now)) {
            long studentId = accounts.idOf(username);
            String moduleId = moduleOf(courseId, quizId);
            List<Assignment> found = gatingOf(studentId, courseId, moduleId);
            found.forEach(a -> openings.put(a.getId(), new Kept<>(a, now.plus(FRESH))));
            known = new Kept<>(
                    new Gating(
                            studentId,
                            courseId,
                            moduleId,
                            found.stream().map(Assignment::getId).toList()),
                    now.plus(GATING));
            gating.put(key, known);
            tidy(now);
        }
        Gating student = known.value();
        List<Assignment> current = new ArrayList<>();
        for (long id : student.assignments()) {
            Kept<Assignment> opening = openings.get(id);
            if (opening == null || !opening.until().isAfter(now)) {
                Assignment read = em.find(Assignment.class, id);
                if (read == null) {
                    continue;
                }
                opening = new Kept<>(read, now.plus(FRESH));
                openings.put(id, opening);
            }
            current.add(opening.value());
        }
        return TestOpening.closed(current, student.studentId(), student.courseId(), student.moduleId(), now);
    }

    /** An assignment was opened, closed or removed here: waiting pages hear of it at their next question. */
    void forget(long assignmentId) {
        openings.remove(assignmentId);
    }

    /** An assignment was given: which assignments gate whom is read again. */
    void forgetGating() {
        gating.clear();
    }

    private List<Assignment> gatingOf(long studentId, String courseId, String moduleId) {
        return em.createNamedQuery(Assignment.GATING, Assignment.class)
                .setParameter("student", studentId)
                .setParameter("course", courseId)
                .setParameter("module", moduleId)
                .getResultList();
    }

    private String moduleOf(String courseId, String quizId) {
        return Attempts.moduleOf(
                catalog.current(courseId).orElseThrow(() -> new AttemptException(QuizMessages.QUIZ_NOT_FOUND)), quizId);
    }

    private void tidy(Instant now) {
        if (gating.size() > TIDY_ABOVE) {
            gating.values().removeIf(k -> !k.until().isAfter(now));
        }
        if (openings.size() > TIDY_ABOVE) {
            openings.values().removeIf(k -> !k.until().isAfter(now));
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}

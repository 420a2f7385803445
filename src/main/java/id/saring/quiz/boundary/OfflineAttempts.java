package id.saring.quiz.boundary;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.InvalidResponse;
import id.saring.identity.boundary.Accounts;
import id.saring.identity.entity.Account;
import id.saring.quiz.QuizMessages;
import id.saring.quiz.entity.Attempt;
import id.saring.quiz.entity.OfflineSync;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Attempts taken on a device without a connection, received when it has one again
 * ({@code /learn/sync}): each is stored exactly once per student and device id, checked against the
 * rules an attempt started online obeys (attempts allowed, a test the teacher has not opened,
 * {@link Attempts#refusal}) as of when it began, and graded on the course version it was taken
 * on. A timed quiz is never taken offline: its clock runs on the server. The attempt belongs to
 * the student who took it: the device records who was logged in on it then, and only that
 * account's session may send it ({@link QuizMessages#SYNC_OTHER_STUDENT} otherwise: on a shared
 * phone the next student's login never gets it), whichever password that session was opened
 * with; an account erased in between refuses it, and nothing of a refused attempt is stored. An
 * answer checked on the device ("Periksa") is made final as a check online makes it, where the
 * quiz gives feedback at once.
 */
@ApplicationScoped
@Transactional
public class OfflineAttempts {

    /** How far past the server's clock a device's time may run (after correcting its clock) and still be believed. */
    static final Duration AHEAD = Duration.ofMinutes(5);

    private static final SecureRandom SEEDS = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    Accounts accounts;

    @Inject
    Attempts attempts;

    /**
     * Takes one attempt in, in a transaction of its own. Two requests with the same attempt (two
     * tabs) are handled one after the other, the student's account row being locked; should they
     * still meet, V16's unique constraint fails the second, which is then answered by calling
     * this again ({@link Receipt.Status#ALREADY}).
     */
    public Receipt receive(String username, OfflineAttempt sent, Instant receivedAt) {
        Optional<Account> found = accounts.findByUsername(username);
        if (found.isEmpty()) {
            return Receipt.refused(sent.clientId(), receivedAt, QuizMessages.SYNC_ACCOUNT_GONE);
        }
        Account student = found.get();
        if (sent.student().filter(owner -> owner != student.getId()).isPresent()) {
            // Taken by another student on a shared device: it waits there for that student's login.
            return Receipt.refused(sent.clientId(), receivedAt, QuizMessages.SYNC_OTHER_STUDENT);
        }
        em.lock(student, LockModeType.PESSIMISTIC_WRITE);
        Optional<Attempt> known = em.createNamedQuery(Attempt.FROM_DEVICE, Attempt.class)
                .setParameter("account", student.getId())
                .setParameter("client", sent.clientId())
                .getResultStream()
                .findFirst();
        if (known.isPresent()) {
            return again(known.get(), sent, receivedAt);
        }
        return first(student, sent, receivedAt);
    }

    /** Notes that the student's device was in touch now, for the teacher's class page. */
    public void synced(String username, Instant at) {
        accounts.findByUsername(username).ifPresent(student -> {
            em.lock(student, LockModeType.PESSIMISTIC_WRITE);
            OfflineSync sync = em.find(OfflineSync.class, student.getId());
            if (sync == null) {
                em.persist(new OfflineSync(student.getId(), at));
            } else {
                sync.synced(at);
            }
        });
    }

    /** The session's student, as a device records it on the attempts it takes offline. */
    public Optional<Account> student(String username) {
        return accounts.findByUsername(username);
    }

    /** When the student's device last sent what it kept offline. */
    public Optional<Instant> lastSynced(String username) {
        return accounts.findByUsername(username)
                .map(student -> em.find(OfflineSync.class, student.getId()))
                .map(OfflineSync::getSyncedAt);
    }

    private Receipt first(Account student, OfflineAttempt sent, Instant receivedAt) {
        Optional<Course> version = catalog.isPublished(sent.courseId())
                ? catalog.version(sent.courseId(), sent.version())
                : Optional.empty();
        Optional<Module> module = version.flatMap(course -> course.modules().stream()
                .filter(m -> m.id().equals(sent.moduleId()))
                .findFirst());
        Optional<Quiz> found = module.flatMap(Module::quiz);
        if (found.isEmpty()) {
            return Receipt.refused(sent.clientId(), receivedAt, QuizMessages.QUIZ_NOT_FOUND);
        }
        Course course = version.orElseThrow();
        Quiz quiz = found.get();
        String moduleId = module.orElseThrow().id();
        if (quiz.settings().timeLimitMinutes() > 0) {
            return Receipt.refused(sent.clientId(), receivedAt, QuizMessages.SYNC_TIMED);
        }
        if (!believable(sent, receivedAt)) {
            return Receipt.refused(sent.clientId(), receivedAt, QuizMessages.SYNC_CLOCK);
        }
        List<Attempt> earlier = attempts.attemptsOf(student.getId(), course.id(), quiz.id());
        Optional<String> refusal = attempts.refusal(
                student,
                course,
                quiz,
                moduleId,
                earlier,
                gate -> gate.closedAt(student.getId(), course.id(), moduleId, sent.startedAt()));
        if (refusal.isPresent()) {
            // A test not open says so in the words of a sync, not of the waiting page.
            String reason =
                    refusal.get().equals(QuizMessages.QUIZ_NOT_OPEN) ? QuizMessages.SYNC_NOT_OPEN : refusal.get();
            return Receipt.refused(sent.clientId(), receivedAt, reason);
        }
        List<String> order = Attempts.served(course, quiz, student).stream()
                .map(Question::id)
                .toList();
        if (!fits(sent, quiz, order)) {
            return Receipt.refused(sent.clientId(), receivedAt, QuizMessages.SYNC_INVALID_ANSWER);
        }
        int number = earlier.stream().mapToInt(Attempt::getNumber).max().orElse(0) + 1;
        Instant started = earliest(sent.startedAt(), receivedAt);
        Attempt attempt = new Attempt(
                student.getId(),
                course.id(),
                sent.version(),
                quiz.id(),
                number,
                order,
                SEEDS.nextLong(),
                started,
                Optional.empty());
        attempt.arrivedFrom(sent.clientId(), receivedAt);
        em.persist(attempt);
        answer(attempt, sent, receivedAt);
        em.flush();
        return Receipt.of(attempt, Receipt.Status.ACCEPTED);
    }

    /**
     * The same attempt again: from a second sending, another tab, or, if it was kept open because
     * the student had not submitted it yet, with the answers given since and perhaps its submission.
     */
    private Receipt again(Attempt attempt, OfflineAttempt sent, Instant receivedAt) {
        if (attempt.isSubmitted()) {
            return Receipt.of(attempt, Receipt.Status.ALREADY);
        }
        if (!believable(sent, receivedAt) || !fits(sent, attempts.quizOf(attempt), attempt.getQuestionOrder())) {
            return Receipt.refused(
                    sent.clientId(),
                    receivedAt,
                    believable(sent, receivedAt) ? QuizMessages.SYNC_INVALID_ANSWER : QuizMessages.SYNC_CLOCK);
        }
        boolean changed = answer(attempt, sent, receivedAt);
        em.flush();
        return Receipt.of(attempt, changed ? Receipt.Status.ACCEPTED : Receipt.Status.ALREADY);
    }

    /**
     * Stores the answers, older sequences first, checks those the student checked on the device
     * (where the quiz gives feedback at once: the device showed the key only then), and submits if
     * the student did; whether anything changed.
     */
    private boolean answer(Attempt attempt, OfflineAttempt sent, Instant receivedAt) {
        boolean changed = false;
        Quiz quiz = attempts.quizOf(attempt);
        boolean immediate = quiz.settings().feedbackAtOnce();
        for (OfflineAttempt.SentAnswer answer : sent.answers().stream()
                .sorted(Comparator.comparingInt(OfflineAttempt.SentAnswer::sequence))
                .toList()) {
            changed |= attempt.answer(answer.questionId(), answer.response(), answer.sequence(), receivedAt);
            if (immediate && answer.checked()) {
                changed |= Attempts.checkStored(attempt, quiz, answer.questionId(), receivedAt);
            }
        }
        if (sent.submittedAt().isPresent()) {
            Instant submitted = earliest(sent.submittedAt().get(), receivedAt);
            boolean wasOpen = !attempt.isSubmitted();
            attempt.submit(
                    attempts.grades(attempt), submitted.isBefore(attempt.getStartedAt()) ? receivedAt : submitted);
            if (wasOpen) {
                attempts.announce(attempt); // an LMS gradebook hears of it as of an online submission
            }
            changed = true;
        }
        return changed;
    }

    /** Whether every answer is to a question the student was served, and one its type could have produced. */
    private static boolean fits(OfflineAttempt sent, Quiz quiz, List<String> order) {
        for (OfflineAttempt.SentAnswer answer : sent.answers()) {
            Optional<Question> question =
                    order.contains(answer.questionId()) ? quiz.question(answer.questionId()) : Optional.empty();
            if (question.isEmpty()) {
                return false;
            }
            try {
                question.get().definition().check(answer.response());
            } catch (InvalidResponse e) {
                return false;
            }
        }
        return true;
    }

    /** Times a device could have written: not ahead of the server's clock, submitted after it began. */
    private static boolean believable(OfflineAttempt sent, Instant receivedAt) {
        Instant latest = receivedAt.plus(AHEAD);
        return !sent.startedAt().isAfter(latest)
                && sent.submittedAt()
                        .map(s -> !s.isAfter(latest) && !s.isBefore(sent.startedAt()))
                        .orElse(true);
    }

    private static Instant earliest(Instant device, Instant server) {
        return device.isAfter(server) ? server : device;
    }
}

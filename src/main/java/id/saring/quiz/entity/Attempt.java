package id.saring.quiz.entity;

import id.saring.catalog.question.Percent;
import id.saring.catalog.question.Response;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.MapKey;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One try at a quiz by one student, on the course version it was started on. Open until it is
 * submitted, or until its deadline passes; then its answers are final.
 */
@Entity
@Table(name = "quiz_attempt")
@NamedQuery(
        name = Attempt.OF_STUDENT,
        query = "select a from Attempt a where a.accountId = :account and a.courseId = :course"
                + " and a.quizId = :quiz order by a.number desc")
@NamedQuery(
        name = Attempt.OF_STUDENT_IN_COURSE,
        query = "select a from Attempt a where a.accountId = :account and a.courseId = :course order by a.number desc")
@NamedQuery(
        name = Attempt.OF_STUDENTS_IN_COURSE,
        query = "select a from Attempt a where a.accountId in :accounts and a.courseId = :course"
                + " order by a.number desc")
@NamedQuery(
        name = Attempt.FROM_DEVICE,
        query = "select a from Attempt a where a.accountId = :account and a.clientId = :client")
@NamedQuery(name = Attempt.OWNED, query = "select a from Attempt a where a.id = :id and a.accountId = :account")
@NamedQuery(
        name = Attempt.OWNED_LOCKED,
        query = "select a from Attempt a where a.id = :id and a.accountId = :account",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
@NamedQuery(
        name = Attempt.ALL_OF_STUDENT,
        query = "select a from Attempt a where a.accountId = :account order by a.startedAt, a.id")
public class Attempt {

    public static final String OF_STUDENT = "Attempt.ofStudent";
    public static final String OF_STUDENT_IN_COURSE = "Attempt.ofStudentInCourse";
    public static final String OF_STUDENTS_IN_COURSE = "Attempt.ofStudentsInCourse";
    public static final String ALL_OF_STUDENT = "Attempt.allOfStudent";
    /** One attempt, if it is the student's (by username): ownership checked in the same query. */
    public static final String OWNED = "Attempt.owned";
    /**
     * {@link #OWNED}, its row locked for writing. A query of its own, prepared once: a lock mode set on
     * {@link #OWNED} at each call made EclipseLink prepare its SQL again every time.
     */
    public static final String OWNED_LOCKED = "Attempt.ownedLocked";

    public static final String FROM_DEVICE = "Attempt.fromDevice";

    @Id
    @SequenceGenerator(name = "attempt_seq", sequenceName = "attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attempt_seq")
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "course_id", nullable = false, length = 64)
    private String courseId;

    @Column(name = "course_version", nullable = false)
    private int courseVersion;

    @Column(name = "quiz_id", nullable = false, length = 64)
    private String quizId;

    @Column(nullable = false)
    private int number;

    @Column(name = "question_order", nullable = false, length = 4000)
    private String questionOrder;

    @Column(nullable = false)
    private long seed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    private Instant deadline;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    private Double score;

    /** The id the device gave an attempt taken offline; unique per student (V16), so it is stored once. */
    @Column(name = "client_id", length = 36)
    private String clientId;

    /** When an attempt taken offline reached the server. */
    @Column(name = "received_at")
    private Instant receivedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
    @MapKey(name = "questionId")
    private Map<String, Answer> answers = new HashMap<>();

    protected Attempt() {
        // for JPA
    }

    public Attempt(
            long accountId,
            String courseId,
            int courseVersion,
            String quizId,
            int number,
            List<String> questionOrder,
            long seed,
            Instant startedAt,
            Optional<Duration> timeLimit) {
        if (questionOrder.isEmpty()) {
            throw new IllegalArgumentException("A quiz has questions.");
        }
        this.accountId = accountId;
        this.courseId = Objects.requireNonNull(courseId);
        this.courseVersion = courseVersion;
        this.quizId = Objects.requireNonNull(quizId);
        this.number = number;
        this.questionOrder = String.join(",", questionOrder);
        this.seed = seed;
        this.startedAt = Objects.requireNonNull(startedAt);
        this.deadline = timeLimit.map(startedAt::plus).orElse(null);
    }

    /**
     * This attempt was taken on a device without a connection and has just arrived: the device's id
     * for it makes a second copy of it recognisable.
     */
    public void arrivedFrom(String deviceId, Instant at) {
        if (clientId != null) {
            throw new IllegalStateException("Attempt " + id + " arrived already.");
        }
        this.clientId = Objects.requireNonNull(deviceId);
        this.receivedAt = Objects.requireNonNull(at);
    }

    /**
     * Stores an answer unless an equal or newer one (by the device's sequence) is there already.
     *
     * @return whether this answer is now the stored one
     */
    public boolean answer(String questionId, Response response, int sequence, Instant now) {
        requireOpen(now);
        requireQuestion(questionId);
        Answer existing = answers.get(questionId);
        if (existing == null) {
            answers.put(questionId, new Answer(this, questionId, response, sequence, now));
            return true;
        }
        if (existing.isChecked()) {
            return false;
        }
        return existing.replace(response, sequence, now);
    }

    /** Immediate feedback: the answer is graded now and cannot change any more. */
    public void check(String questionId, double grade, Instant now) {
        requireOpen(now);
        requireQuestion(questionId);
        Answer answer = answers.get(questionId);
        if (answer == null) {
            throw new IllegalStateException("Nothing to check for " + questionId);
        }
        answer.check(grade);
    }

    /** Grades every answer and closes the attempt; the score is the mean over all questions, in percent. */
    public void submit(Map<String, Double> grades, Instant now) {
        if (isSubmitted()) {
            return;
        }
        double total = 0;
        for (String questionId : getQuestionOrder()) {
            double grade = grades.getOrDefault(questionId, 0.0);
            Answer answer = answers.get(questionId);
            if (answer != null) {
                answer.grade(grade);
            }
            total += grade;
        }
        this.score = 100 * total / getQuestionOrder().size();
        this.submittedAt = isOverdue(now) && deadline != null ? deadline : now;
    }

    public boolean isSubmitted() {
        return submittedAt != null;
    }

    public boolean isOverdue(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }

    public Optional<Duration> remaining(Instant now) {
        return Optional.ofNullable(deadline)
                .map(d -> Duration.between(now, d))
                .map(d -> d.isNegative() ? Duration.ZERO : d);
    }

    private void requireOpen(Instant now) {
        if (isSubmitted() || isOverdue(now)) {
            throw new IllegalStateException("Attempt " + id + " is closed.");
        }
    }

    private void requireQuestion(String questionId) {
        if (!getQuestionOrder().contains(questionId)) {
            throw new IllegalArgumentException("Question " + questionId + " is not in attempt " + id);
        }
    }

    public Optional<Answer> answerTo(String questionId) {
        return Optional.ofNullable(answers.get(questionId));
    }

    /**
     * Whether the question has an answer: the one rule behind the question buttons, the summary,
     * the review and the reports. An answer checked with immediate feedback stays answered.
     */
    public boolean isAnswered(String questionId) {
        return answerTo(questionId).map(a -> !a.getResponse().isEmpty()).orElse(false);
    }

    public long answeredCount() {
        return getQuestionOrder().stream().filter(this::isAnswered).count();
    }

    /** Where to pick up: the first question without an answer (1-based), or the summary after the last. */
    public int resumePosition() {
        List<String> order = getQuestionOrder();
        for (int i = 0; i < order.size(); i++) {
            if (!isAnswered(order.get(i))) {
                return i + 1;
            }
        }
        return order.size() + 1;
    }

    public Long getId() {
        return id;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getCourseId() {
        return courseId;
    }

    public int getCourseVersion() {
        return courseVersion;
    }

    public String getQuizId() {
        return quizId;
    }

    public int getNumber() {
        return number;
    }

    public List<String> getQuestionOrder() {
        return Arrays.asList(questionOrder.split(","));
    }

    public long getSeed() {
        return seed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Optional<Instant> getDeadline() {
        return Optional.ofNullable(deadline);
    }

    public Optional<Instant> getSubmittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    /** The exact score, 0-100, for ordering attempts; pages and exports show {@link #getPercent()}. */
    public Optional<Double> getScore() {
        return Optional.ofNullable(score);
    }

    /** The score as every page, PDF and export shows it; empty until submitted. */
    public Optional<Percent> getPercent() {
        return getScore().map(Percent::of);
    }

    /**
     * The submitted score in points, one per question (a partly right answer earns part of its
     * point), to two decimals: the same score as {@link #getPercent()}, counted differently.
     */
    public Optional<BigDecimal> getPoints() {
        return getScore().map(s -> BigDecimal.valueOf(s * getMaxPoints() / 100)
                .setScale(6, RoundingMode.HALF_UP)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros());
    }

    /** What a score in points is out of: the number of questions served. */
    public int getMaxPoints() {
        return getQuestionOrder().size();
    }

    /** The device's id of an attempt taken offline; empty for one taken online. */
    public Optional<String> getClientId() {
        return Optional.ofNullable(clientId);
    }

    /** When an attempt taken offline reached the server. */
    public Optional<Instant> getReceivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    /** Whether the submitted score, as shown, reaches the pass mark. */
    public boolean passes(int passMark) {
        return getPercent().map(p -> p.reaches(passMark)).orElse(false);
    }
}

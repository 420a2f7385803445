package id.saring.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A submitted attempt's score for an LMS gradebook column: written with the attempt's submission,
 * sent when the LMS answers, tried again later (less and less often) when it does not.
 */
@Entity
@Table(name = "lti_score")
@NamedQuery(
        name = PendingScore.DUE,
        query = "select s from PendingScore s where s.sentAt is null and s.nextTryAt <= :now order by s.nextTryAt")
@NamedQuery(
        name = PendingScore.OF_LINK,
        query = "select s from PendingScore s where s.linkId = :link and s.attemptId = :attempt")
public class PendingScore {

    public static final String DUE = "PendingScore.due";
    public static final String OF_LINK = "PendingScore.ofLink";

    /** The longest wait between two tries: an LMS down for a weekend gets its scores within the hour after. */
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    @Id
    @SequenceGenerator(name = "lti_score_seq", sequenceName = "lti_score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lti_score_seq")
    private Long id;

    @Column(name = "link_id", nullable = false)
    private long linkId;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "score_given", nullable = false)
    private double scoreGiven;

    @Column(name = "score_maximum", nullable = false)
    private double scoreMaximum;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int tries;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    protected PendingScore() {
        // for JPA
    }

    public PendingScore(long linkId, long attemptId, double scoreGiven, double scoreMaximum, Instant submittedAt) {
        this.linkId = linkId;
        this.attemptId = attemptId;
        this.scoreGiven = scoreGiven;
        this.scoreMaximum = scoreMaximum;
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.nextTryAt = submittedAt;
    }

    public void sent(Instant now) {
        sentAt = now;
        tries++;
        lastError = null;
    }

    /**
     * A try that failed: the next waits twice as long as the one before ({@code firstWait}, then
     * twice that, and so on, at most an hour).
     */
    public void failed(String error, Instant now, Duration firstWait) {
        tries++;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        Duration wait = firstWait.multipliedBy(1L << Math.min(tries - 1, 12));
        nextTryAt = now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    public Long getId() {
        return id;
    }

    public long getLinkId() {
        return linkId;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public double getScoreGiven() {
        return scoreGiven;
    }

    public double getScoreMaximum() {
        return scoreMaximum;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Optional<Instant> getSentAt() {
        return Optional.ofNullable(sentAt);
    }

    public Instant getNextTryAt() {
        return nextTryAt;
    }

    public int getTries() {
        return tries;
    }

    public Optional<String> getLastError() {
        return Optional.ofNullable(lastError);
    }
}

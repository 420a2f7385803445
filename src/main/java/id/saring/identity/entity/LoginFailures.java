package id.saring.identity.entity;

import id.saring.identity.control.LoginThrottle;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Consecutive failed logins for one username from browsers without a device cookie for it
 * ({@link LoginDevice}), whether or not such an account exists. Counting per username rather than
 * per IP address means a whole school behind one address is never locked out by one student's
 * typos; leaving out the owner's own browsers means a classmate's guesses never lock the owner out
 * of them.
 */
@Entity
@Table(name = "login_failure")
@NamedQuery(name = LoginFailures.FAILED_SINCE, query = "select f from LoginFailures f where f.lastFailureAt > :since")
public class LoginFailures {

    public static final String FAILED_SINCE = "LoginFailures.failedSince";

    @Id
    @Column(length = 40)
    private String username;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    protected LoginFailures() {
        // for JPA
    }

    public LoginFailures(String username, Instant firstFailure) {
        this.username = Objects.requireNonNull(username);
        this.failures = 1;
        this.lastFailureAt = Objects.requireNonNull(firstFailure);
    }

    /** Another failure; an old run of failures is forgotten first. */
    public void recordFailure(LoginThrottle throttle, Instant when) {
        failures = throttle.isForgotten(lastFailureAt, when) ? 1 : failures + 1;
        lastFailureAt = Objects.requireNonNull(when);
    }

    /** Until when a new attempt is refused, if it is refused at all. */
    public Optional<Instant> blockedUntil(LoginThrottle throttle, Instant now) {
        return throttle.blockedUntil(failures, lastFailureAt, now);
    }

    public String getUsername() {
        return username;
    }

    public int getFailures() {
        return failures;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }
}

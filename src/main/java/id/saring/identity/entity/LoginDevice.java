package id.saring.identity.entity;

import id.saring.identity.control.DeviceToken;
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
 * A browser someone logged in on with their password, known by the SHA-256 of the device cookie it
 * was given ({@link DeviceToken}), and that browser's own failed logins for the same username.
 */
@Entity
@Table(name = "login_device")
@NamedQuery(name = LoginDevice.FAILED_SINCE, query = "select d from LoginDevice d where d.lastFailureAt > :since")
@NamedQuery(name = LoginDevice.OF_USERNAME, query = "select d from LoginDevice d where d.username = :username")
@NamedQuery(
        name = LoginDevice.DELETE_EXPIRED,
        query = "delete from LoginDevice d where d.username = :username and d.issuedAt <= :issuedBefore")
public class LoginDevice {

    public static final String FAILED_SINCE = "LoginDevice.failedSince";
    public static final String OF_USERNAME = "LoginDevice.ofUsername";
    public static final String DELETE_EXPIRED = "LoginDevice.deleteExpired";

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 40)
    private String username;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(nullable = false)
    private int failures;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected LoginDevice() {
        // for JPA
    }

    public LoginDevice(String tokenHash, String username, Instant issuedAt) {
        this.tokenHash = Objects.requireNonNull(tokenHash);
        this.username = Objects.requireNonNull(username);
        this.issuedAt = Objects.requireNonNull(issuedAt);
    }

    /** Whether this browser's cookie vouches for a login as this (normalized) username now. */
    public boolean vouchesFor(String normalizedUsername, Instant now) {
        return username.equals(normalizedUsername) && DeviceToken.isCurrent(issuedAt, now);
    }

    /** A failed login from this browser; an old run of failures is forgotten first. */
    public void recordFailure(LoginThrottle throttle, Instant when) {
        if (lastFailureAt != null && throttle.isForgotten(lastFailureAt, when)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = Objects.requireNonNull(when);
    }

    /** Until when this browser's next attempt is refused, if it is refused at all. */
    public Optional<Instant> blockedUntil(LoginThrottle throttle, Instant now) {
        return lastFailureAt == null ? Optional.empty() : throttle.blockedUntil(failures, lastFailureAt, now);
    }

    /** A teacher or an administrator vouched for the person: this browser starts again from nothing. */
    public void forgive() {
        failures = 0;
        lastFailureAt = null;
    }

    public String getUsername() {
        return username;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public int getFailures() {
        return failures;
    }
}

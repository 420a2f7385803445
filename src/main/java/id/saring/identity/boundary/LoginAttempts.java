package id.saring.identity.boundary;

import id.saring.identity.control.LoginThrottle;
import id.saring.identity.control.Username;
import id.saring.identity.entity.LoginFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Counts failed logins per username and says when the next attempt is allowed. */
@ApplicationScoped
@Transactional
public class LoginAttempts {

    @PersistenceContext
    EntityManager em;

    LoginThrottle throttle = LoginThrottle.DEFAULT;

    Clock clock = Clock.systemUTC();

    public Optional<Instant> blockedUntil(String typedUsername) {
        Instant now = Instant.now(clock);
        return Optional.ofNullable(em.find(LoginFailures.class, key(typedUsername)))
                .flatMap(failures -> failures.blockedUntil(throttle, now));
    }

    public void recordFailure(String typedUsername) {
        Instant now = Instant.now(clock);
        String username = key(typedUsername);
        LoginFailures failures = em.find(LoginFailures.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            em.persist(new LoginFailures(username, now));
        } else if (throttle.isForgotten(failures.getLastFailureAt(), now)) {
            em.remove(failures);
            em.flush();
            em.persist(new LoginFailures(username, now));
        } else {
            failures.recordFailure(now);
        }
    }

    public void recordSuccess(String typedUsername) {
        LoginFailures failures = em.find(LoginFailures.class, key(typedUsername));
        if (failures != null) {
            em.remove(failures);
        }
    }

    /** Lookups use the stored form; overlong input is cut so it still fits the column. */
    private static String key(String typedUsername) {
        String normalized = Username.normalize(typedUsername);
        return normalized.length() > Username.MAX_LENGTH ? normalized.substring(0, Username.MAX_LENGTH) : normalized;
    }
}

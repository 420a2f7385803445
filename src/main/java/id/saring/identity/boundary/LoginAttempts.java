package id.saring.identity.boundary;

import id.saring.identity.control.DeviceToken;
import id.saring.identity.control.LoginThrottle;
import id.saring.identity.control.Username;
import id.saring.identity.entity.LoginDevice;
import id.saring.identity.entity.LoginFailures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts failed password logins and says when the next attempt is allowed, with OWASP's device
 * cookies: a browser that has logged in as someone carries a device token for them, and its
 * failures for that username count against that browser alone; every other browser (no cookie, a
 * cookie for someone else, an expired one) shares one bucket per username. A classmate who guesses
 * from their own phone thereby blocks only the browsers the owner has never logged in on, and a
 * teacher can lift that; clearing cookies helps no guesser, since no cookie is the shared bucket.
 *
 * <p>Only password logins pass here: another way in (a login card's secret) must not be blocked by
 * someone guessing the password.
 */
@ApplicationScoped
@Transactional
public class LoginAttempts {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    LoginThrottle throttle = LoginThrottle.DEFAULT;

    Clock clock = Clock.systemUTC();

    /** Until when a password login as this username from a browser carrying this device token is refused. */
    public Optional<Instant> blockedUntil(String typedUsername, Optional<String> deviceToken) {
        Instant now = Instant.now(clock);
        String username = key(typedUsername);
        Optional<LoginDevice> device = device(username, deviceToken, now, LockModeType.NONE);
        if (device.isPresent()) {
            return device.get().blockedUntil(throttle, now);
        }
        return Optional.ofNullable(em.find(LoginFailures.class, username))
                .flatMap(failures -> failures.blockedUntil(throttle, now));
    }

    /**
     * A wrong password (or an unknown username). A browser that keeps failing for the username its
     * cookie names loses the cookie's trust, and its further failures join the shared bucket.
     */
    public void recordFailure(String typedUsername, Optional<String> deviceToken) {
        Instant now = Instant.now(clock);
        String username = key(typedUsername);
        Optional<LoginDevice> device = device(username, deviceToken, now, LockModeType.PESSIMISTIC_WRITE);
        if (device.isPresent()) {
            device.get().recordFailure(throttle, now);
            if (throttle.distrustsDevice(device.get().getFailures())) {
                em.remove(device.get());
            }
            return;
        }
        LoginFailures failures = em.find(LoginFailures.class, username, LockModeType.PESSIMISTIC_WRITE);
        if (failures == null) {
            em.persist(new LoginFailures(username, now));
        } else {
            failures.recordFailure(throttle, now);
        }
    }

    /**
     * A right password: the bucket the attempt counted against starts again, and the browser gets a
     * new device token for this username (returned, for its cookie). The token the browser brought,
     * whoever's it was, stops counting: one browser keeps one cookie.
     */
    public String recordSuccess(String username, Optional<String> deviceToken) {
        Instant now = Instant.now(clock);
        Optional<LoginDevice> brought =
                deviceToken.flatMap(DeviceToken::hashOf).map(hash -> em.find(LoginDevice.class, hash));
        if (brought.filter(device -> device.vouchesFor(username, now)).isEmpty()) {
            Optional.ofNullable(em.find(LoginFailures.class, username)).ifPresent(em::remove);
        }
        brought.ifPresent(em::remove);
        em.createNamedQuery(LoginDevice.DELETE_EXPIRED)
                .setParameter("username", username)
                .setParameter("issuedBefore", now.minus(DeviceToken.LIFETIME))
                .executeUpdate();
        String token = DeviceToken.create(RANDOM);
        em.persist(new LoginDevice(DeviceToken.hashOf(token).orElseThrow(), username, now));
        return token;
    }

    /**
     * Lifts every block on the username: the shared bucket and each of its browsers' own. The
     * caller is responsible for being allowed to, and for the audit trail.
     */
    public void unlock(String username) {
        String key = key(username);
        Optional.ofNullable(em.find(LoginFailures.class, key)).ifPresent(em::remove);
        em.createNamedQuery(LoginDevice.OF_USERNAME, LoginDevice.class)
                .setParameter("username", key)
                .getResultList()
                .forEach(LoginDevice::forgive);
    }

    /**
     * The usernames blocked right now, for new browsers or for one of their own, with the latest
     * moment until which one of them is. Only recent failures can block, so only they are read.
     */
    public Map<String, Instant> lockedOut() {
        Instant now = Instant.now(clock);
        Instant since = now.minus(throttle.longestDelay());
        Map<String, Instant> blocked = new TreeMap<>();
        em.createNamedQuery(LoginFailures.FAILED_SINCE, LoginFailures.class)
                .setParameter("since", since)
                .getResultStream()
                .forEach(failures -> failures.blockedUntil(throttle, now)
                        .ifPresent(until -> blocked.merge(failures.getUsername(), until, LoginAttempts::later)));
        em.createNamedQuery(LoginDevice.FAILED_SINCE, LoginDevice.class)
                .setParameter("since", since)
                .getResultStream()
                .forEach(device -> device.blockedUntil(throttle, now)
                        .ifPresent(until -> blocked.merge(device.getUsername(), until, LoginAttempts::later)));
        return blocked;
    }

    /** The browser's device row when its token vouches for this username; the shared bucket's case otherwise. */
    private Optional<LoginDevice> device(
            String username, Optional<String> deviceToken, Instant now, LockModeType lock) {
        return deviceToken
                .flatMap(DeviceToken::hashOf)
                .map(hash -> em.find(LoginDevice.class, hash, lock))
                .filter(device -> device.vouchesFor(username, now));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** Lookups use the stored form; overlong input is cut so it still fits the column. */
    private static String key(String typedUsername) {
        String normalized = Username.normalize(typedUsername);
        return normalized.length() > Username.MAX_LENGTH ? normalized.substring(0, Username.MAX_LENGTH) : normalized;
    }
}

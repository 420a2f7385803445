package id.saring.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a username must wait after consecutive failed logins. The first few mistakes cost
 * nothing (children mistype); after that each failure doubles the wait, up to a cap, which keeps
 * guessing far below 100 attempts an hour per account (OWASP ASVS 2.2.1). A quiet day forgets
 * everything.
 *
 * <p>The same rule applies to each bucket of failures: the one that browsers without a device
 * cookie for the username share, and each browser's own ({@link DeviceToken}).
 */
public final class LoginThrottle {

    public static final LoginThrottle DEFAULT =
            new LoginThrottle(5, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(24));

    private final int freeFailures;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration forgetAfter;

    public LoginThrottle(int freeFailures, Duration firstDelay, Duration maxDelay, Duration forgetAfter) {
        this.freeFailures = freeFailures;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.forgetAfter = forgetAfter;
    }

    /** Until when a new attempt is refused after {@code failures} failures, the last at {@code lastFailure}. */
    public Optional<Instant> blockedUntil(int failures, Instant lastFailure, Instant now) {
        if (isForgotten(lastFailure, now) || failures < freeFailures) {
            return Optional.empty();
        }
        Instant until = lastFailure.plus(delayAfter(failures));
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }

    /** Whether an old run of failures no longer counts, so the next failure starts from one. */
    public boolean isForgotten(Instant lastFailure, Instant now) {
        return !lastFailure.plus(forgetAfter).isAfter(now);
    }

    /**
     * Whether a browser that has failed this often stops being trusted: it kept guessing after its
     * own waits began (five free mistakes and five waits), so its device cookie is withdrawn and its
     * further failures count with every other unknown browser's.
     */
    public boolean distrustsDevice(int failures) {
        return failures >= 2 * freeFailures;
    }

    /** The longest wait: no bucket whose last failure is older than this blocks anyone. */
    public Duration longestDelay() {
        return maxDelay;
    }

    Duration delayAfter(int failures) {
        int doublings = Math.min(failures - freeFailures, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}

package id.saring.classroom.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * How long a student's waiting page waits before it asks again whether the test is open. Three
 * hundred phones must not ask all at once or all the time: the wait grows from 5 s by half each
 * time up to 20 s, each one shifted at random by up to 30% either way so phones that arrived
 * together drift apart; and when the opening time is known, a page asks at that moment plus a
 * random 0–10 s, so the class does not start in the same second.
 */
public final class PollDelay {

    static final Duration FIRST = Duration.ofSeconds(5);
    static final Duration CAP = Duration.ofSeconds(20);
    static final double GROWTH = 1.5;
    static final double JITTER = 0.3;
    static final Duration SPREAD = Duration.ofSeconds(10);

    /** Never sooner than this, whatever the opening time says. */
    static final Duration FLOOR = Duration.ofSeconds(1);

    private PollDelay() {}

    /**
     * The wait before asking again.
     *
     * @param asked how often the page has asked already (0 before the first time)
     * @param opens when the test is set to open, if known
     */
    public static Duration next(int asked, Optional<Instant> opens, Instant now, RandomGenerator random) {
        double grown = FIRST.toMillis() * Math.pow(GROWTH, Math.clamp(asked, 0, 20));
        double backoff = Math.min(grown, CAP.toMillis()) * (1 + JITTER * (2 * random.nextDouble() - 1));
        long wait = Math.round(backoff);
        if (opens.isPresent()) {
            long untilOpen = Math.max(0, Duration.between(now, opens.get()).toMillis());
            wait = Math.min(wait, untilOpen + Math.round(random.nextDouble() * SPREAD.toMillis()));
        }
        return Duration.ofMillis(Math.max(wait, FLOOR.toMillis()));
    }
}

package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = LoginThrottle.DEFAULT;
    private final Instant lastFailure = Instant.parse("2026-11-21T08:00:00Z");

    @Test
    void theFirstMistakesCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertTrue(throttle.blockedUntil(failures, lastFailure, lastFailure.plusMillis(1))
                    .isEmpty());
        }
    }

    @Test
    void theFifthFailureStartsAWaitThatDoubles() {
        assertEquals(Optional.of(lastFailure.plusSeconds(30)), throttle.blockedUntil(5, lastFailure, lastFailure));
        assertEquals(Optional.of(lastFailure.plusSeconds(60)), throttle.blockedUntil(6, lastFailure, lastFailure));
        assertEquals(Optional.of(lastFailure.plusSeconds(120)), throttle.blockedUntil(7, lastFailure, lastFailure));
    }

    @Test
    void theWaitIsCapped() {
        assertEquals(
                Optional.of(lastFailure.plus(Duration.ofMinutes(15))),
                throttle.blockedUntil(60, lastFailure, lastFailure));
    }

    @Test
    void theWaitEnds() {
        assertTrue(throttle.blockedUntil(5, lastFailure, lastFailure.plusSeconds(30))
                .isEmpty());
    }

    @Test
    void aQuietDayForgetsEverything() {
        assertTrue(throttle.isForgotten(lastFailure, lastFailure.plus(Duration.ofHours(24))));
        assertTrue(throttle.blockedUntil(60, lastFailure, lastFailure.plus(Duration.ofHours(24)))
                .isEmpty());
    }

    @Test
    void aPatientGuesserGetsFarFewerThanAHundredTriesAnHour() {
        Instant now = lastFailure;
        int failures = 0;
        Instant hourLater = now.plus(Duration.ofHours(1));
        while (now.isBefore(hourLater)) {
            Optional<Instant> blocked = throttle.blockedUntil(failures, now, now);
            now = blocked.orElse(now).plusSeconds(1);
            failures++;
        }
        assertTrue(failures < 100, "guesses in an hour: " + failures);
    }

    @Test
    void aBrowserThatKeepsFailingAfterItsWaitsBeganIsNoLongerTrusted() {
        for (int failures = 0; failures < 10; failures++) {
            assertFalse(throttle.distrustsDevice(failures), failures + " failures");
        }
        assertTrue(throttle.distrustsDevice(10));
    }

    @Test
    void noBucketBlocksLongerThanTheLongestDelay() {
        assertEquals(Duration.ofMinutes(15), throttle.longestDelay());
        for (int failures = 0; failures < 40; failures++) {
            throttle.blockedUntil(failures, lastFailure, lastFailure)
                    .ifPresent(until -> assertFalse(until.isAfter(lastFailure.plus(throttle.longestDelay()))));
        }
    }
}

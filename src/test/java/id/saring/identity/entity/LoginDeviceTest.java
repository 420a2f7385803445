package id.saring.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.identity.control.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** OWASP's device cookies, one browser at a time: whom it vouches for, and its own failures. */
class LoginDeviceTest {

    private static final LoginThrottle THROTTLE = LoginThrottle.DEFAULT;

    private Clock clock = Clock.fixed(Instant.parse("2026-07-13T07:00:00Z"), ZoneOffset.UTC);
    private final LoginDevice phone = new LoginDevice("a".repeat(64), "siswa.ayu", clock.instant());
    private final LoginFailures untrusted = new LoginFailures("siswa.ayu", clock.instant());

    @Test
    void aBrowserVouchesOnlyForTheUsernameItLoggedInAsAndOnlyForAYear() {
        assertTrue(phone.vouchesFor("siswa.ayu", clock.instant()));
        assertFalse(phone.vouchesFor("siswa.bima", clock.instant()), "a classmate's cookie is nobody's for Ayu");
        assertTrue(phone.vouchesFor("siswa.ayu", later(Duration.ofDays(364))));
        assertFalse(phone.vouchesFor("siswa.ayu", later(Duration.ofDays(365))));
    }

    @Test
    void aGuesserOnOtherBrowsersDoesNotBlockTheOwnersBrowser() {
        for (int i = 1; i < 12; i++) {
            untrusted.recordFailure(THROTTLE, clock.instant());
        }

        assertTrue(untrusted.blockedUntil(THROTTLE, clock.instant()).isPresent(), "every unknown browser waits");
        assertEquals(Optional.empty(), phone.blockedUntil(THROTTLE, clock.instant()), "Ayu's phone does not");
    }

    @Test
    void aBrowserThatFailsWaitsLikeAnyBucketAndIsForgivenByAnUnlock() {
        for (int i = 0; i < 4; i++) {
            phone.recordFailure(THROTTLE, clock.instant());
        }
        assertEquals(Optional.empty(), phone.blockedUntil(THROTTLE, clock.instant()), "four typos cost nothing");

        phone.recordFailure(THROTTLE, clock.instant());
        assertEquals(Optional.of(later(Duration.ofSeconds(30))), phone.blockedUntil(THROTTLE, clock.instant()));
        phone.recordFailure(THROTTLE, clock.instant());
        assertEquals(Optional.of(later(Duration.ofSeconds(60))), phone.blockedUntil(THROTTLE, clock.instant()));

        phone.forgive();
        assertEquals(0, phone.getFailures());
        assertEquals(Optional.empty(), phone.blockedUntil(THROTTLE, clock.instant()));
    }

    @Test
    void aBrowserThatKeepsGuessingLosesItsTrust() {
        for (int i = 0; i < 10; i++) {
            phone.recordFailure(THROTTLE, clock.instant());
        }
        assertTrue(THROTTLE.distrustsDevice(phone.getFailures()));
    }

    @Test
    void aQuietDayForgetsABrowsersFailures() {
        for (int i = 0; i < 9; i++) {
            phone.recordFailure(THROTTLE, clock.instant());
        }
        clock = Clock.offset(clock, Duration.ofHours(24));

        phone.recordFailure(THROTTLE, clock.instant());
        untrusted.recordFailure(THROTTLE, clock.instant());

        assertEquals(1, phone.getFailures());
        assertEquals(1, untrusted.getFailures());
    }

    private Instant later(Duration duration) {
        return clock.instant().plus(duration);
    }
}

package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    private static final Instant MORNING = Instant.parse("2026-11-23T00:30:00Z"); // 07:30 WIB

    @Test
    void aLoginLastsTheSchoolDayAndNotAMomentLonger() {
        SessionLifetime lifetime = SessionLifetime.ofHours(10);

        assertFalse(lifetime.isOver(MORNING, MORNING));
        assertFalse(lifetime.isOver(MORNING, MORNING.plus(Duration.ofHours(10)).minusSeconds(1)));
        assertTrue(lifetime.isOver(MORNING, MORNING.plus(Duration.ofHours(10))));
        assertTrue(lifetime.isOver(MORNING, MORNING.plus(Duration.ofDays(1))), "the PC left logged in overnight");
    }

    @Test
    void aLifetimeOfNothingIsAMistake() {
        assertThrows(IllegalArgumentException.class, () -> new SessionLifetime(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> SessionLifetime.ofHours(-1));
    }
}

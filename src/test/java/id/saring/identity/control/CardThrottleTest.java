package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CardThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    @Test
    void aClientMaySendAFewUnknownSecretsThenWaitsForTheWindowToPass() {
        CardThrottle throttle = new CardThrottle(3, Duration.ofMinutes(10), 100);

        assertTrue(throttle.recordUnknown("10.0.0.7", NOW));
        assertTrue(throttle.recordUnknown("10.0.0.7", NOW.plusSeconds(1)));
        assertTrue(throttle.recordUnknown("10.0.0.7", NOW.plusSeconds(2)));
        assertFalse(throttle.recordUnknown("10.0.0.7", NOW.plusSeconds(3)), "the fourth in ten minutes");
        assertFalse(throttle.recordUnknown("10.0.0.7", NOW.plusSeconds(599)));
        assertTrue(throttle.recordUnknown("10.0.0.7", NOW.plusSeconds(600)), "a new window");
    }

    @Test
    void clientsAreCountedApart() {
        CardThrottle throttle = new CardThrottle(1, Duration.ofMinutes(10), 100);

        assertTrue(throttle.recordUnknown("10.0.0.7", NOW));
        assertFalse(throttle.recordUnknown("10.0.0.7", NOW));
        assertTrue(throttle.recordUnknown("10.0.0.8", NOW), "another address is not held back");
    }

    @Test
    void aFloodFromManyAddressesDoesNotGrowWithoutBound() {
        CardThrottle throttle = new CardThrottle(1, Duration.ofMinutes(10), 10);

        for (int i = 0; i < 1_000; i++) {
            throttle.recordUnknown("10.0." + (i / 256) + "." + (i % 256), NOW);
        }

        assertTrue(throttle.recordUnknown("192.168.1.1", NOW), "still answering, with its memory bounded");
    }

    @Test
    void theDefaultLetsAClassScanItsOldCardsAfterAReprint() {
        CardThrottle throttle = CardThrottle.standard();
        for (int student = 0; student < 40; student++) {
            assertTrue(throttle.recordUnknown("203.0.113.9", NOW.plusSeconds(student)), "student " + student);
        }
    }
}

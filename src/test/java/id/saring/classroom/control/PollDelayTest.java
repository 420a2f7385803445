package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class PollDelayTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");

    /** A "random" source that always says the same number in [0, 1). */
    private static RandomGenerator always(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void theWaitGrowsFromFiveSecondsToTwentyAndNoFurther() {
        RandomGenerator middle = always(0.5);
        assertEquals(Duration.ofMillis(5000), PollDelay.next(0, Optional.empty(), NOW, middle));
        assertEquals(Duration.ofMillis(7500), PollDelay.next(1, Optional.empty(), NOW, middle));
        assertEquals(Duration.ofMillis(11250), PollDelay.next(2, Optional.empty(), NOW, middle));
        assertEquals(Duration.ofMillis(16875), PollDelay.next(3, Optional.empty(), NOW, middle));
        assertEquals(Duration.ofSeconds(20), PollDelay.next(4, Optional.empty(), NOW, middle));
        assertEquals(Duration.ofSeconds(20), PollDelay.next(1_000_000, Optional.empty(), NOW, middle));
        assertEquals(Duration.ofMillis(5000), PollDelay.next(-3, Optional.empty(), NOW, middle), "as the first");
    }

    @Test
    void eachWaitIsShiftedAtRandomByUpToThirtyPercent() {
        assertEquals(Duration.ofMillis(3500), PollDelay.next(0, Optional.empty(), NOW, always(0.0)));
        assertEquals(Duration.ofMillis(26000), PollDelay.next(9, Optional.empty(), NOW, always(0.9999999)));

        // A class that asks together drifts apart: 300 phones asking for the tenth time spread
        // their next question over most of 14–26 s, never outside it.
        Random random = new Random(19);
        long least = Long.MAX_VALUE;
        long most = 0;
        for (int phone = 0; phone < 300; phone++) {
            long wait = PollDelay.next(10, Optional.empty(), NOW, random).toMillis();
            least = Math.min(least, wait);
            most = Math.max(most, wait);
        }
        assertTrue(least >= 14_000 && most <= 26_000, least + "–" + most);
        assertTrue(most - least > 10_000, "spread over more than 10 s: " + least + "–" + most);
    }

    @Test
    void aKnownOpeningIsWaitedForWithASpreadOfUpToTenSeconds() {
        Optional<Instant> inThreeSeconds = Optional.of(NOW.plusSeconds(3));
        assertEquals(Duration.ofSeconds(3), PollDelay.next(4, inThreeSeconds, NOW, always(0.0)));
        assertEquals(Duration.ofSeconds(8), PollDelay.next(4, inThreeSeconds, NOW, always(0.5)));
        assertEquals(
                Duration.ofSeconds(20),
                PollDelay.next(4, Optional.of(NOW.plusSeconds(600)), NOW, always(0.5)),
                "far ahead: asks as usual, in case the teacher opens it sooner");
        assertEquals(
                Duration.ofSeconds(1),
                PollDelay.next(4, Optional.of(NOW.minusSeconds(5)), NOW, always(0.0)),
                "never a tight loop, even for an opening just passed");
    }
}

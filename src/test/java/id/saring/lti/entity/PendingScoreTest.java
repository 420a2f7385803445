package id.saring.lti.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PendingScoreTest {

    private static final Instant SUBMITTED = Instant.parse("2026-12-06T08:00:00Z");

    @Test
    void eachFailedTryWaitsTwiceAsLongAtMostAnHour() {
        PendingScore score = new PendingScore(1, 2, 80, 100, SUBMITTED);
        Duration first = Duration.ofSeconds(30);

        score.failed("HTTP 503", SUBMITTED, first);
        Instant second = nextTry(score);
        score.failed("HTTP 503", SUBMITTED, first);
        Instant third = nextTry(score);
        for (int i = 0; i < 20; i++) {
            score.failed("HTTP 503", SUBMITTED, first);
        }

        assertEquals(SUBMITTED.plusSeconds(30), second);
        assertEquals(SUBMITTED.plusSeconds(60), third);
        assertEquals(SUBMITTED.plus(Duration.ofHours(1)), nextTry(score));
        assertEquals(22, score.getTries());
        assertTrue(score.getSentAt().isEmpty());
        score.sent(SUBMITTED.plusSeconds(5000));
        assertEquals(SUBMITTED.plusSeconds(5000), score.getSentAt().orElseThrow());
    }

    private static Instant nextTry(PendingScore score) {
        return score.getNextTryAt();
    }
}

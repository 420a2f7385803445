package id.saring.quiz.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.question.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttemptTest {

    private final Instant start = Instant.parse("2026-11-21T08:00:00Z");

    private Attempt attempt(Optional<Duration> limit) {
        return new Attempt(1L, "kursus", 1, "kuis", 1, List.of("q1", "q2", "q3", "q4"), 42L, start, limit);
    }

    @Test
    void aNewerSaveReplacesAnOlderOneButNeverTheOtherWayRound() {
        Attempt attempt = attempt(Optional.empty());

        assertTrue(attempt.answer("q1", Response.of("choice", "a"), 1, start));
        assertFalse(attempt.answer("q1", Response.of("choice", "a"), 1, start), "the same save again");
        assertTrue(attempt.answer("q1", Response.of("choice", "b"), 3, start));
        assertFalse(attempt.answer("q1", Response.of("choice", "c"), 2, start), "a late, older save");

        assertEquals(
                Response.of("choice", "b"), attempt.answerTo("q1").orElseThrow().getResponse());
    }

    @Test
    void aCheckedAnswerIsFinal() {
        Attempt attempt = attempt(Optional.empty());
        attempt.answer("q1", Response.of("choice", "a"), 1, start);

        attempt.check("q1", 1.0, start);

        assertFalse(attempt.answer("q1", Response.of("choice", "b"), 2, start));
        assertEquals(Optional.of(1.0), attempt.answerTo("q1").orElseThrow().getFraction());
    }

    @Test
    void theScoreIsTheMeanOverAllQuestionsAndSubmittingTwiceChangesNothing() {
        Attempt attempt = attempt(Optional.empty());
        attempt.answer("q1", Response.of("choice", "a"), 1, start);

        attempt.submit(Map.of("q1", 1.0, "q2", 0.5), start.plusSeconds(60));
        attempt.submit(Map.of("q1", 1.0, "q2", 1.0, "q3", 1.0, "q4", 1.0), start.plusSeconds(90));

        assertEquals(Optional.of(37.5), attempt.getScore());
        assertEquals(Optional.of(start.plusSeconds(60)), attempt.getSubmittedAt());
        assertThrows(IllegalStateException.class, () -> attempt.answer("q2", Response.of("choice", "a"), 1, start));
    }

    @Test
    void theTimeLimitClosesTheAttempt() {
        Attempt attempt = attempt(Optional.of(Duration.ofMinutes(10)));
        Instant late = start.plus(Duration.ofMinutes(10));

        assertEquals(Optional.of(Duration.ofMinutes(4)), attempt.remaining(start.plus(Duration.ofMinutes(6))));
        assertTrue(attempt.isOverdue(late));
        assertThrows(IllegalStateException.class, () -> attempt.answer("q1", Response.of("choice", "a"), 1, late));
        attempt.submit(Map.of(), late.plusSeconds(30));
        assertEquals(Optional.of(late), attempt.getSubmittedAt(), "an overdue attempt closes at its deadline");
    }

    @Test
    void aResumedAttemptContinuesAtTheFirstUnansweredQuestion() {
        Attempt attempt = attempt(Optional.empty());
        assertEquals(1, attempt.resumePosition());
        attempt.answer("q1", Response.of("choice", "a"), 1, start);
        attempt.answer("q3", Response.of("choice", "a"), 1, start);
        assertEquals(2, attempt.resumePosition());
        attempt.answer("q2", Response.of("choice", "a"), 1, start);
        attempt.answer("q4", Response.of("choice", "a"), 1, start);
        assertEquals(5, attempt.resumePosition(), "everything answered: the summary");
    }

    @Test
    void onlyQuestionsOfTheAttemptCanBeAnswered() {
        Attempt attempt = attempt(Optional.empty());

        assertThrows(IllegalArgumentException.class, () -> attempt.answer("q9", Response.of("choice", "a"), 1, start));
    }

    @Test
    void answersSurviveStorageAsTheyWere() {
        Response tricky = Response.of("text", "a=b&c d, é", "flags", "x,y");

        assertEquals(tricky, Answer.decode(Answer.encode(tricky)));
        assertEquals(Response.EMPTY, Answer.decode(""));
    }
}

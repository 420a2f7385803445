package id.saring.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.quiz.QuizMessages;
import java.io.StringReader;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private static final String ATTEMPT =
            """
            {"id":"3f2a9c1e-0b6d-4e8a-9f3c-2d1e5b7a8c90","course":"hoaks-dasar","module":"modul-satu","version":3,
             "startedAt":"2026-12-04T07:30:00.000Z","submittedAt":"2026-12-04T15:40:00+07:00",
             "answers":[{"sequence":2,"question":"q-ganda","fields":{"choices":["a","b"]}},
                        {"sequence":1,"question":"q-isian","fields":{"text":"turnbackhoax.id"}}]}
            """;

    @Test
    void readsAnAttemptAsTheOfflineQuizPageSendsIt() {
        OfflineAttempt attempt =
                read("{\"attempts\":[" + ATTEMPT + "]}").attempts().getFirst();

        assertEquals("3f2a9c1e-0b6d-4e8a-9f3c-2d1e5b7a8c90", attempt.clientId());
        assertEquals("hoaks-dasar", attempt.courseId());
        assertEquals("modul-satu", attempt.moduleId());
        assertEquals(3, attempt.version());
        assertEquals(Instant.parse("2026-12-04T07:30:00Z"), attempt.startedAt());
        assertEquals(
                Instant.parse("2026-12-04T08:40:00Z"), attempt.submittedAt().orElseThrow(), "offsets count");
        OfflineAttempt.SentAnswer multiple = attempt.answers().getFirst();
        assertEquals(2, multiple.sequence());
        assertEquals(Map.of("choices", "a,b"), multiple.response().values(), "joined as a form post is");
        assertEquals(
                Map.of("text", "turnbackhoax.id"),
                attempt.answers().get(1).response().values(),
                "a single string is one value");
    }

    @Test
    void theStudentItWasTakenByAndTheAnswersCheckedOnTheDeviceAreRead() {
        OfflineAttempt recorded = read("{\"attempts\":["
                        + ATTEMPT.replace("{\"id\":", "{\"student\":42,\"id\":")
                                .replace("\"fields\":{\"choices\"", "\"checked\":true,\"fields\":{\"choices\"")
                        + "]}")
                .attempts()
                .getFirst();
        OfflineAttempt unrecorded =
                read("{\"attempts\":[" + ATTEMPT + "]}").attempts().getFirst();

        assertEquals(Optional.of(42L), recorded.student());
        assertTrue(recorded.answers().get(0).checked());
        assertFalse(recorded.answers().get(1).checked(), "not checked unless it says so");
        assertEquals(Optional.empty(), unrecorded.student(), "a device that recorded no student");
    }

    @Test
    void anAttemptNotSubmittedYetAndAnEmptyBatchAreFine() {
        OfflineAttempt open = read("{\"attempts\":["
                        + ATTEMPT.replaceFirst("\"submittedAt\":\"[^\"]+\"", "\"submittedAt\":null") + "]}")
                .attempts()
                .getFirst();

        assertTrue(open.submittedAt().isEmpty());
        assertEquals(List.of(), read("{\"attempts\":[]}").attempts());
    }

    @Test
    void aDeviceClockFarOffIsCorrectedByWhatItSaysItSent() {
        String sentDaysAhead = "{\"sentAt\":\"2026-12-09T08:00:00Z\",\"attempts\":[" + ATTEMPT + "]}";
        String sentAMinuteOff = "{\"sentAt\":\"2026-12-06T08:01:00Z\",\"attempts\":[" + ATTEMPT + "]}";

        assertEquals(
                Instant.parse("2026-12-01T07:30:00Z"),
                read(sentDaysAhead).attempts().getFirst().startedAt(),
                "three days ahead: moved back three days");
        assertEquals(
                Instant.parse("2026-12-04T07:30:00Z"),
                read(sentAMinuteOff).attempts().getFirst().startedAt(),
                "within the request's travel time: left as it is");
    }

    @Test
    void anythingElseIsMalformed() {
        for (String body : List.of(
                "",
                "{",
                "[]",
                "{}",
                "{\"attempts\":{}}",
                "{\"attempts\":[1]}",
                "{\"attempts\":[" + ATTEMPT.replace("\"version\":3", "\"version\":\"3\"") + "]}",
                "{\"attempts\":[" + ATTEMPT.replace("\"version\":3", "\"version\":3.5") + "]}",
                "{\"attempts\":[" + ATTEMPT.replace("3f2a9c1e-0b6d-4e8a-9f3c-2d1e5b7a8c90", "<script>") + "]}",
                "{\"attempts\":[" + ATTEMPT.replace("2026-12-04T07:30:00.000Z", "kemarin") + "]}",
                "{\"attempts\":[" + ATTEMPT.replace("\"sequence\":2", "\"sequence\":-1") + "]}",
                "{\"attempts\":[" + ATTEMPT.replace("[\"a\",\"b\"]", "[\"a\",2]") + "]}",
                "{\"attempts\":[" + ATTEMPT.replace("\"course\":\"hoaks-dasar\",", "") + "]}",
                "{\"attempts\":[" + ATTEMPT.replace("{\"id\":", "{\"student\":\"siti\",\"id\":") + "]}",
                "{\"attempts\":[" + ATTEMPT.replace("{\"id\":", "{\"student\":4.5,\"id\":") + "]}",
                "{\"sentAt\":5,\"attempts\":[]}")) {
            AttemptException refused = assertThrows(AttemptException.class, () -> read(body), body);
            assertEquals(QuizMessages.SYNC_MALFORMED, refused.getMessageKey(), body);
        }
    }

    @Test
    void tooManyAttemptsAtOnceAreNotRead() {
        String many = "{\"attempts\":[" + String.join(",", Collections.nCopies(SyncRequest.MOST_ATTEMPTS + 1, ATTEMPT))
                + "]}";

        assertEquals(
                QuizMessages.SYNC_TOO_MANY,
                assertThrows(AttemptException.class, () -> read(many)).getMessageKey());
    }

    private static SyncRequest read(String body) {
        return SyncRequest.read(new StringReader(body), NOW);
    }
}

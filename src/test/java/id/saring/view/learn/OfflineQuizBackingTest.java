package id.saring.view.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Quiz;
import id.saring.catalog.content.QuizSettings;
import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OfflineQuizBackingTest {

    private static Quiz quiz(int minutes, Map<String, String> forms) {
        QuizSettings settings = new QuizSettings(
                70, 0, QuizSettings.Grading.HIGHEST, QuizSettings.Feedback.IMMEDIATE, false, false, minutes);
        return new Quiz("kuis", LocalizedText.indonesian("Kuis"), settings, List.of(), forms);
    }

    @Test
    void anUntimedQuizMayBeTakenOffline() {
        assertTrue(OfflineQuizBacking.mayTakeOffline(quiz(0, Map.of())));
    }

    @Test
    void aTimedQuizOrATestInFormsMayNot() {
        assertFalse(OfflineQuizBacking.mayTakeOffline(quiz(20, Map.of())), "the time is the server's");
        assertFalse(
                OfflineQuizBacking.mayTakeOffline(quiz(0, Map.of("q1", "a", "q2", "b"))), "the form is the server's");
    }

    @Test
    void theAddressNamesTheVersion() {
        assertEquals(
                "/saring/learn/offline-quiz.xhtml?course=contoh&version=3&quiz=kuis",
                OfflineQuizBacking.url("/saring", "contoh", 3, "kuis"));
    }
}

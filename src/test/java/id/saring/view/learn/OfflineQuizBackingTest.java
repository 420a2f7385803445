package id.saring.view.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OfflineQuizBackingTest {

    @Test
    void theAddressNamesTheVersion() {
        assertEquals(
                "/saring/learn/offline-quiz.xhtml?course=contoh&version=3&quiz=kuis",
                OfflineQuizBacking.url("/saring", "contoh", 3, "kuis"));
    }
}

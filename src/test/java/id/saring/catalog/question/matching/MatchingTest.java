package id.saring.catalog.question.matching;

import static id.saring.catalog.question.Grading.assertRefused;
import static id.saring.catalog.question.Grading.described;
import static id.saring.catalog.question.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.question.RecordingPaper;
import org.junit.jupiter.api.Test;

class MatchingTest {

    private final QuestionDefinition question =
            QuestionSample.question(new MatchingType()).definition();

    @Test
    void countsEachPair() {
        assertEquals(1.0, grade(question, "m0", "0", "m1", "1"));
        assertEquals(0.5, grade(question, "m0", "0", "m1", "2"));
        assertEquals(0.0, grade(question, "m0", "1", "m1", "0"));
        assertRefused(question, "m0", "9");
        assertRefused(question, "m5", "0");
    }

    @Test
    void statesEachPairInWords() {
        assertEquals(
                "Misinformasi → Salah tanpa sengaja; Disinformasi → Salah dengan sengaja",
                question.rightAnswer().indonesian());
        assertEquals("Misinformasi → Benar tapi pribadi; Disinformasi → –", described(question, "m0", "2"));
    }

    @Test
    void theKeyGivesEachLeftItemTheLetterOfItsRightOne() {
        RecordingPaper key = new RecordingPaper();
        question.answer(key);
        assertEquals("answer: 1 – A, 2 – B", key.lines().get(0));
        assertTrue(key.text().contains(key.text("worksheet.key.distractor") + " C. Benar tapi pribadi"), key.text());
    }
}

package id.saring.catalog.question.multiple;

import static id.saring.catalog.question.Grading.assertRefused;
import static id.saring.catalog.question.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.question.RecordingPaper;
import org.junit.jupiter.api.Test;

class MultipleResponseTest {

    private final QuestionDefinition question =
            QuestionSample.question(new MultipleResponseType()).definition();

    @Test
    void givesPartialCreditAndPunishesTickingEverything() {
        assertEquals(1.0, grade(question, "choices", "a,b"));
        assertEquals(0.5, grade(question, "choices", "a"));
        assertEquals(0.5, grade(question, "choices", "a,b,c"));
        assertEquals(0.0, grade(question, "choices", "c"));
        assertRefused(question, "choices", "a,a");
        assertRefused(question, "choices", "a,x");
    }

    @Test
    void theKeyLettersEveryRightChoice() {
        RecordingPaper key = new RecordingPaper();
        question.answer(key);
        assertEquals("answer: A, B", key.lines().get(0));
    }
}

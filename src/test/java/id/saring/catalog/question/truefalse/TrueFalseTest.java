package id.saring.catalog.question.truefalse;

import static id.saring.catalog.question.Grading.assertRefused;
import static id.saring.catalog.question.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.question.RecordingPaper;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrueFalseTest {

    private final QuestionDefinition question =
            QuestionSample.question(new TrueFalseType()).definition();

    @Test
    void grades() {
        assertEquals(1.0, grade(question, "answer", "true"));
        assertEquals(0.0, grade(question, "answer", "false"));
        assertRefused(question, "answer", "maybe");
    }

    @Test
    void statesTheRightAnswerInWords() {
        assertEquals("Benar", question.rightAnswer().indonesian());
    }

    @Test
    void printsBothWordsToCircleAndTheRightOneInTheKey() {
        RecordingPaper sheet = new RecordingPaper();
        RecordingPaper key = new RecordingPaper();
        question.ask(sheet);
        question.answer(key);
        assertEquals("boxes: Benar | Salah", sheet.lines().get(1));
        assertEquals(List.of("answer: Benar"), key.lines());
    }
}

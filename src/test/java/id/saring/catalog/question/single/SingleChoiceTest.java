package id.saring.catalog.question.single;

import static id.saring.catalog.question.Grading.assertRefused;
import static id.saring.catalog.question.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.question.RecordingPaper;
import id.saring.catalog.question.Response;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SingleChoiceTest {

    private final QuestionDefinition question =
            QuestionSample.question(new SingleChoiceType()).definition();

    @Test
    void oneRightChoiceEarnsEverything() {
        assertEquals(1.0, grade(question, "choice", "a"));
        assertEquals(0.0, grade(question, "choice", "b"));
        assertRefused(question, "choice", "z");
        assertRefused(question, "choices", "a");
    }

    @Test
    void aRightChoiceIsNoWrongAnswer() {
        assertEquals(Optional.empty(), question.describeWrong(Response.of("choice", "a")));
    }

    @Test
    void printsLetteredChoicesAndTheRightLetter() {
        RecordingPaper sheet = new RecordingPaper();
        RecordingPaper key = new RecordingPaper();
        question.ask(sheet);
        question.answer(key);

        assertEquals(
                List.of(
                        "hint: " + sheet.text("worksheet.single.hint"),
                        "item: [A] Huruf kapital dan seruan \"SEBARKAN!\"",
                        "item: [B] Tautan ke sumber resmi"),
                sheet.lines());
        assertEquals(List.of("answer: A", "item: [A] Huruf kapital dan seruan \"SEBARKAN!\""), key.lines());
    }
}

package id.saring.catalog.question.shortanswer;

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

class ShortAnswerTest {

    private final QuestionDefinition question =
            QuestionSample.question(new ShortAnswerType()).definition();

    @Test
    void ignoresCaseSpacesAccentsAndEndPunctuation() {
        assertEquals(1.0, grade(question, "text", "  TurnBackHoax.ID  "));
        assertEquals(1.0, grade(question, "text", "turnbackhoax"));
        assertEquals(1.0, grade(question, "text", "turnbáckhoax!"));
        assertEquals(0.0, grade(question, "text", "cekfakta"));
        assertRefused(question, "text", "x".repeat(Response.MAX_VALUE_LENGTH + 1));
    }

    @Test
    void aWrongAnswerIsCountedInItsNormalForm() {
        assertEquals("turnbackhoax.id, turnbackhoax", question.rightAnswer().indonesian());
        assertEquals(Optional.empty(), question.describeWrong(Response.of("text", "TurnBackHoax.id")));
        assertEquals(
                "kominfo",
                question.describeWrong(Response.of("text", "Kominfo."))
                        .orElseThrow()
                        .indonesian());
    }

    @Test
    void printsALineToWriteOnAndEveryAcceptedAnswerInTheKey() {
        RecordingPaper sheet = new RecordingPaper();
        RecordingPaper key = new RecordingPaper();
        question.ask(sheet);
        question.answer(key);
        assertEquals(List.of("write: "), sheet.lines());
        assertEquals("answer: turnbackhoax.id / turnbackhoax", key.lines().get(0));
    }
}

package id.saring.catalog.question.truefalse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.question.QuestionForms;
import id.saring.catalog.question.QuestionProblems;
import id.saring.catalog.yaml.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The true-false editor's form: every shipped question round trips, and edits read back. */
class TrueFalseFormTest {

    private final TrueFalseType type = new TrueFalseType();

    @Test
    void everyShippedTrueFalseQuestionIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(type);
    }

    @Test
    void aShippedAnswerTurnedReadsTheOtherWayAndIsWrittenAsAuthorsWriteIt() {
        var shipped = QuestionForms.shipped(type).stream()
                .filter(s -> "salah".equals(s.question().get("answer")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> question = shipped.question();
        TrueFalseForm form = (TrueFalseForm) type.form(question).orElseThrow();
        assertEquals(TrueFalseForm.FALSE, form.getAnswer());
        form.setAnswer(TrueFalseForm.TRUE);
        form.getFeedbackTrue().setId("Betul.");
        form.getFeedbackTrue().setEn("");
        form.writeInto(question);

        assertEquals("benar", question.get("answer"));
        assertEquals("Betul.", question.get("feedback-true"));
        TrueFalse read = (TrueFalse) QuestionForms.readBack(question).definition();
        assertTrue(read.answer());
        assertEquals("Betul.", read.feedbackTrue().orElseThrow().in("en"), "no English: the Indonesian");
    }

    @Test
    void aNewStatementNeedsItsAnswerChosen() {
        Map<String, Object> question = QuestionForms.newQuestion(type, "pernyataan", "Hoaks selalu bohong sepenuhnya.");
        TrueFalseForm form = (TrueFalseForm) type.form(Map.of()).orElseThrow();
        assertEquals("", form.getAnswer());
        form.getFeedbackFalse().setId("Betul: banyak hoaks mencampur fakta.");
        form.writeInto(question);
        assertEquals(
                List.of(QuestionProblems.QUESTION_NO_CORRECT),
                QuestionForms.problemsOf(question).stream().map(Problem::key).toList());

        form.setAnswer(TrueFalseForm.FALSE);
        form.writeInto(question);
        TrueFalse read = (TrueFalse) QuestionForms.readBack(question).definition();
        assertFalse(read.answer());
        assertEquals(
                "Betul: banyak hoaks mencampur fakta.",
                read.feedbackFalse().orElseThrow().indonesian());
    }
}

package id.saring.catalog.question.shortanswer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionForms;
import id.saring.catalog.question.QuestionProblems;
import id.saring.catalog.yaml.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The short answer editor's form: every shipped question round trips, and edits read back. */
class ShortAnswerFormTest {

    private final ShortAnswerType type = new ShortAnswerType();

    @Test
    void everyShippedShortAnswerQuestionIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(type);
    }

    @Test
    void answersTypedOnePerLineAreTheAcceptedAnswers() {
        var shipped = QuestionForms.shipped(type).get(0);
        Map<String, Object> question = shipped.question();
        ShortAnswerForm form = (ShortAnswerForm) type.form(question).orElseThrow();
        form.setAnswers(form.getAnswers() + "\r\n\r\n  jawaban lain  \r\n");
        form.writeInto(question);

        ShortAnswer read = (ShortAnswer) QuestionForms.readBack(question).definition();

        assertEquals("jawaban lain", read.accepted().getLast());
        assertEquals(
                ((List<?>) shipped.question().get("answers")).size(),
                read.accepted().size());
    }

    @Test
    void aNewQuestionWithoutAnswersIsTheCheckersProblemAtTheAnswers() {
        Map<String, Object> question = QuestionForms.newQuestion(type, "isian-baru", "Situs cek fakta Mafindo?");
        ShortAnswerForm form = (ShortAnswerForm) type.form(Map.of()).orElseThrow();
        form.setAnswers("  \n ");
        form.writeInto(question);
        assertEquals(
                List.of(QuestionProblems.QUESTION_NO_CORRECT),
                QuestionForms.problemsOf(question).stream().map(Problem::key).toList());

        form.setAnswers("turnbackhoax.id\nturnbackhoax");
        form.writeInto(question);
        assertEquals(
                List.of("turnbackhoax.id", "turnbackhoax"),
                ((ShortAnswer) QuestionForms.readBack(question).definition()).accepted());
    }
}

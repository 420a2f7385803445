package id.saring.catalog.question.ordering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionForms;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ordering editor's form: every shipped question round trips, and edits read back. */
class OrderingFormTest {

    private final OrderingType type = new OrderingType();

    @Test
    void everyShippedOrderingQuestionIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(type);
    }

    @Test
    void stepsMovedAndAddedReadInTheirNewOrder() {
        var shipped = QuestionForms.shipped(type).get(0);
        Map<String, Object> question = shipped.question();
        OrderingForm form = (OrderingForm) type.form(question).orElseThrow();
        List<String> before = ((Ordering)
                        QuestionForms.readBack(shipped.question()).definition())
                .steps().stream().map(LocalizedText::indonesian).toList();
        form.getSteps().moveDown(0);
        form.getSteps().add();
        form.getSteps().getItems().getLast().setId("Langkah terakhir yang baru");
        form.getSteps().add(); // left empty: not written
        form.writeInto(question);

        Ordering read = (Ordering) QuestionForms.readBack(question).definition();

        List<String> steps =
                read.steps().stream().map(LocalizedText::indonesian).toList();
        assertEquals(before.get(1), steps.get(0));
        assertEquals(before.get(0), steps.get(1));
        assertEquals(before.size() + 1, steps.size());
        assertEquals("Langkah terakhir yang baru", steps.getLast());
    }

    @Test
    void aNewQuestionStartsWithThreeStepsAndTwoSameStepsAreTheCheckersProblem() {
        Map<String, Object> question = QuestionForms.newQuestion(type, "urut-baru", "Urutkan.");
        OrderingForm form = (OrderingForm) type.form(Map.of()).orElseThrow();
        assertEquals(3, form.getSteps().getItems().size());
        form.getSteps().getItems().get(0).setId("Baca judulnya");
        form.getSteps().getItems().get(1).setId("Baca judulnya");
        form.writeInto(question);
        assertEquals(
                List.of(OrderingProblems.QUESTION_ORDERING_SAME_STEP),
                QuestionForms.problemsOf(question).stream().map(Problem::key).toList());

        form.getSteps().getItems().get(1).setId("Cari sumbernya");
        form.getSteps().getItems().get(1).setEn("Find the source");
        form.writeInto(question);
        Ordering read = (Ordering) QuestionForms.readBack(question).definition();
        assertEquals("Find the source", read.steps().get(1).in("en"));
    }
}

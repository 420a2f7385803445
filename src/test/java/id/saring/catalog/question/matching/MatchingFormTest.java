package id.saring.catalog.question.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionForms;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The matching editor's form: every shipped question round trips, and edits read back. */
class MatchingFormTest {

    private final MatchingType type = new MatchingType();

    @Test
    void everyShippedMatchingQuestionIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(type);
    }

    @Test
    void aPairAndADecoyAddedToAShippedQuestionReadBack() {
        var shipped = QuestionForms.shipped(type).get(0);
        Map<String, Object> question = shipped.question();
        MatchingForm form = (MatchingForm) type.form(question).orElseThrow();
        int pairs = form.getPairs().size();
        int decoys = form.getDistractors().getItems().size();
        form.addPair();
        form.getPairs().getLast().getLeft().setId("Akun tiruan");
        form.getPairs().getLast().getRight().setId("Peniruan");
        form.getDistractors().add();
        form.getDistractors().getItems().getLast().setId("Satire");
        form.writeInto(question);

        Matching read = (Matching) QuestionForms.readBack(question).definition();

        assertEquals(pairs + 1, read.pairs().size());
        assertEquals(
                new Matching.Pair(LocalizedText.indonesian("Akun tiruan"), LocalizedText.indonesian("Peniruan")),
                read.pairs().getLast());
        assertEquals(decoys + 1, read.distractors().size());
        assertEquals("Satire", read.distractors().getLast().indonesian());
    }

    @Test
    void aNewQuestionWithOnePairFilledIsTheCheckersProblemAtThePairs() {
        Map<String, Object> question = QuestionForms.newQuestion(type, "jodoh-baru", "Jodohkan.");
        MatchingForm form = (MatchingForm) type.form(Map.of()).orElseThrow();
        assertEquals(3, form.getPairs().size());
        form.removePair(2);
        form.removePair(1);
        form.getPairs().get(0).getLeft().setId("Hoaks");
        form.getPairs().get(0).getRight().setId("Sengaja bohong");
        form.writeInto(question);
        assertEquals(
                List.of(MatchingProblems.QUESTION_MATCHING_TOO_FEW_PAIRS),
                QuestionForms.problemsOf(question).stream().map(Problem::key).toList());
        assertEquals(List.of(), form.getDistractors().getItems());
        assertEquals(false, question.containsKey("distractors"), "no decoys, no key");
    }
}

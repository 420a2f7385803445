package id.saring.catalog.question.single;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.Choice;
import id.saring.catalog.question.QuestionForms;
import id.saring.catalog.yaml.Problem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The single choice editor's form: every shipped question round trips, and edits read back. */
class SingleChoiceFormTest {

    private final SingleChoiceType type = new SingleChoiceType();

    @Test
    void everyShippedSingleChoiceQuestionIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(type);
    }

    @Test
    void aNewQuestionWrittenChoiceByChoiceReadsAsASingleChoice() {
        Map<String, Object> question =
                QuestionForms.newQuestion(type, "sumber-resmi", "Sumber mana yang paling tepat?");
        SingleChoiceForm form = (SingleChoiceForm) type.form(Map.of()).orElseThrow();
        assertEquals(4, form.getChoices().getRows().size(), "a new question starts with four choices to fill");
        var rows = form.getChoices().getRows();
        rows.get(0).getText().setId("Grup WhatsApp keluarga");
        rows.get(1).getText().setId("Situs resmi Kemkes");
        rows.get(1).getText().setEn("The health ministry's official site");
        rows.get(1).setCorrect(true);
        rows.get(1).getFeedback().setId("Tepat.\r\nSitus resmi bisa diperiksa.");
        rows.get(2).getText().setId("Akun tanpa nama");
        rows.get(3).getText().setId("Pesan berantai");
        form.getChoices().remove(3);
        form.getChoices().moveUp(1);
        form.writeInto(question);

        SingleChoice read = (SingleChoice) QuestionForms.readBack(question).definition();

        assertEquals(
                List.of("Situs resmi Kemkes", "Grup WhatsApp keluarga", "Akun tanpa nama"),
                read.choices().stream().map(c -> c.text().indonesian()).toList());
        assertEquals(
                List.of(true, false, false),
                read.choices().stream().map(Choice::correct).toList());
        assertEquals(
                "The health ministry's official site",
                read.choices().get(0).text().in("en"));
        assertEquals(
                "Tepat.\nSitus resmi bisa diperiksa.",
                read.choices().get(0).feedback().orElseThrow().indonesian());
    }

    @Test
    void aShippedQuestionWithItsRightAnswerMovedReadsWithTheChange() {
        var shipped = QuestionForms.shipped(type).get(0);
        Map<String, Object> question = shipped.question();
        SingleChoiceForm form = (SingleChoiceForm) type.form(question).orElseThrow();
        var rows = form.getChoices().getRows();
        int right = rows.indexOf(
                rows.stream().filter(r -> r.isCorrect()).findFirst().orElseThrow());
        int other = right == 0 ? 1 : 0;
        rows.get(right).setCorrect(false);
        rows.get(other).setCorrect(true);
        form.writeInto(question);

        SingleChoice read = (SingleChoice) QuestionForms.readBack(question).definition();

        assertEquals(true, read.choices().get(other).correct());
        assertEquals(false, read.choices().get(right).correct());
        assertEquals(Optional.empty(), read.choices().get(right).weight());
    }

    @Test
    void twoCorrectChoicesAreTheCheckersProblemAtTheChoices() {
        Map<String, Object> question = QuestionForms.newQuestion(type, "dua-benar", "Pilih satu.");
        SingleChoiceForm form = (SingleChoiceForm) type.form(Map.of()).orElseThrow();
        form.getChoices().getRows().forEach(r -> r.getText().setId("Pilihan " + r.hashCode()));
        form.getChoices().getRows().get(0).setCorrect(true);
        form.getChoices().getRows().get(2).setCorrect(true);
        form.writeInto(question);

        assertEquals(
                List.of(SingleChoiceProblems.QUESTION_SINGLE_ONE_CORRECT),
                QuestionForms.problemsOf(question).stream().map(Problem::key).toList());
    }
}

package id.saring.catalog.question.multiple;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.Choice;
import id.saring.catalog.question.QuestionForms;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.YamlProblems;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The multiple response editor's form: every shipped question round trips, and edits read back. */
class MultipleResponseFormTest {

    private final MultipleResponseType type = new MultipleResponseType();

    @Test
    void everyShippedMultipleResponseQuestionIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(type);
    }

    @Test
    void aNewQuestionWithWeightedChoicesReadsAsAMultipleResponse() {
        Map<String, Object> question = QuestionForms.newQuestion(type, "ciri-hoaks", "Pilih semua ciri hoaks.");
        MultipleResponseForm form = (MultipleResponseForm) type.form(Map.of()).orElseThrow();
        var rows = form.getChoices().getRows();
        rows.get(0).getText().setId("Huruf kapital semua");
        rows.get(0).setCorrect(true);
        rows.get(0).setWeight("50");
        rows.get(1).getText().setId("Desakan menyebarkan");
        rows.get(1).setCorrect(true);
        rows.get(1).setWeight(" 50 ");
        rows.get(2).getText().setId("Ada tautan ke situs resmi");
        rows.get(2).setWeight("-50");
        rows.get(2).getFeedback().setId("Tautan resmi justru bisa diperiksa.");
        form.getChoices().remove(3);
        form.writeInto(question);

        MultipleResponse read =
                (MultipleResponse) QuestionForms.readBack(question).definition();

        assertEquals(
                List.of(true, true, false),
                read.choices().stream().map(Choice::correct).toList());
        assertEquals(
                List.of(Optional.of(50), Optional.of(50), Optional.of(-50)),
                read.choices().stream().map(Choice::weight).toList());
    }

    @Test
    void aShippedQuestionWithOneMoreCorrectChoiceReadsWithTheChange() {
        var shipped = QuestionForms.shipped(type).stream()
                .filter(s -> !s.question().toString().contains("weight"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> question = shipped.question();
        MultipleResponseForm form = (MultipleResponseForm) type.form(question).orElseThrow();
        var rows = form.getChoices().getRows();
        int wrong = rows.indexOf(
                rows.stream().filter(r -> !r.isCorrect()).findFirst().orElseThrow());
        rows.get(wrong).setCorrect(true);
        form.getChoices().add();
        form.getChoices().getRows().getLast().getText().setId("Pilihan baru");
        form.writeInto(question);

        MultipleResponse read =
                (MultipleResponse) QuestionForms.readBack(question).definition();

        assertEquals(true, read.choices().get(wrong).correct());
        assertEquals(rows.size(), read.choices().size());
        assertEquals("Pilihan baru", read.choices().getLast().text().indonesian());
    }

    @Test
    void aWeightThatIsNoNumberIsTheCheckersProblemAtTheChoice() {
        Map<String, Object> question = QuestionForms.newQuestion(type, "bobot-salah", "Pilih semua.");
        MultipleResponseForm form = (MultipleResponseForm) type.form(Map.of()).orElseThrow();
        var rows = form.getChoices().getRows();
        rows.forEach(r -> r.getText().setId("Pilihan " + rows.indexOf(r)));
        rows.get(0).setCorrect(true);
        rows.get(0).setWeight("setengah");
        form.writeInto(question);

        assertEquals(
                List.of(YamlProblems.YAML_BAD_NUMBER),
                QuestionForms.problemsOf(question).stream().map(Problem::key).toList());
    }
}

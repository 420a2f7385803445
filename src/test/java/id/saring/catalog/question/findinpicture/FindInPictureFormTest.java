package id.saring.catalog.question.findinpicture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionForms;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.reading.QuizSource;
import id.saring.catalog.yaml.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The find-in-picture editor's form: every shipped question round trips, and edits read back. */
class FindInPictureFormTest {

    private final FindInPictureType type = new FindInPictureType();

    @Test
    void everyShippedFindInPictureQuestionIsWrittenBackExactlyAsItWasRead() {
        QuestionForms.assertEveryShippedQuestionRoundTrips(type);
    }

    @Test
    void aNewQuestionDrawnAreaByAreaReadsAsFindInPicture() {
        Map<String, Object> question = QuestionForms.newQuestion(type, "gambar-baru", "Bagian mana yang dipalsukan?");
        FindInPictureForm form = (FindInPictureForm) type.form(Map.of()).orElseThrow();
        assertEquals(
                List.of("kotak-1", "kotak-2"),
                form.getRegions().stream().map(FindInPictureForm.Area::getId).toList());
        form.setPicture(" peta.png ");
        form.getAlt().setId("Peta dengan tanda lokasi.");
        form.setTechnique("teknik:peniruan");
        FindInPictureForm.Area first = form.getRegions().get(0);
        first.setX("5");
        first.setY("5");
        first.setWidth("40");
        first.setHeight("12.5");
        first.getLabel().setId("Judul peta");
        first.setManipulation(true);
        first.getExplanation().setId("Judulnya diganti.");
        FindInPictureForm.Area second = form.getRegions().get(1);
        second.setId("legenda");
        second.setX("50");
        second.setY("60");
        second.setWidth("45");
        second.setHeight("30");
        second.getLabel().setId("Legenda");
        second.getExplanation().setId("Legendanya asli.");
        form.writeInto(question);

        FindInPicture read = (FindInPicture) QuestionForms.readBack(question).definition();

        assertEquals("01-modul-satu/gambar/peta.png", read.picture().path());
        assertEquals(
                List.of("kotak-1", "legenda"),
                read.regions().stream().map(Region::id).toList());
        assertEquals(
                "left:5%;top:5%;width:40%;height:12.5%", read.regions().get(0).placement());
        assertEquals(
                List.of(true, false),
                read.regions().stream().map(Region::manipulation).toList());
    }

    @Test
    void anAreaOutsideThePictureOrWithAWordForANumberIsTheCheckersProblemAtItsBox() {
        QuizSource source = QuizSource.parse("questions:\n" + QuestionSample.indented(type.name(), 2))
                .orElseThrow();
        Map<String, Object> question = source.questions().get(0);
        FindInPictureForm form = (FindInPictureForm) type.form(question).orElseThrow();
        form.getRegions().get(0).setWidth("99");
        form.getRegions().get(2).setX("kiri");
        form.writeInto(question);

        assertEquals(
                List.of(
                        FindInPictureProblems.QUESTION_PICTURE_BOX_OUTSIDE,
                        FindInPictureProblems.QUESTION_PICTURE_BAD_BOX),
                QuestionForms.problemsOf(question).stream().map(Problem::key).toList());

        form.getRegions().get(0).setWidth("50");
        form.getRegions().get(2).setX("60");
        form.addRegion();
        form.removeRegion(3);
        form.writeInto(question);
        assertEquals(
                ((FindInPicture) QuestionSample.question(type).definition()).regions(),
                ((FindInPicture) QuestionForms.readBack(question).definition()).regions(),
                "back as the sample was");
    }
}

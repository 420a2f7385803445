package id.saring.catalog.question.hoaxpost;

import static id.saring.catalog.question.Grading.assertRefused;
import static id.saring.catalog.question.Grading.described;
import static id.saring.catalog.question.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.question.RecordingPaper;
import id.saring.catalog.question.RedFlag;
import id.saring.catalog.question.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HoaxPostTest {

    private final QuestionDefinition question =
            QuestionSample.question(new HoaxPostType()).definition();

    @Test
    void givesHalfForFlagsAndHalfForTheVerdict() {
        assertEquals(1.0, grade(question, "flags", "seru", "verdict", "hoaks"));
        assertEquals(0.5, grade(question, "verdict", "hoaks"));
        assertEquals(0.5, grade(question, "flags", "seru", "verdict", "fakta"));
        assertEquals(1.0, grade(question, "flags", "seru", "verdict", "hoaks", "technique", "teknik:emosi"));
        assertRefused(question, "flags", "bukan-segmen");
        assertRefused(question, "verdict", "bohong");
        assertRefused(question, "technique", "<script>");
    }

    @Test
    void statesTheVerdictAndTheFlags() {
        assertEquals(
                "Menyesatkan + “SEBARKAN SEGERA!!”", described(question, "verdict", "menyesatkan", "flags", "seru"));
    }

    /** Only a wrong verdict is a wrong answer; missed flags are reported on their own. */
    @Test
    void aWrongAnswerIsOnlyAWrongVerdict() {
        assertEquals(Optional.empty(), question.describeWrong(Response.of("verdict", "hoaks")));
        assertEquals(
                "Fakta",
                question.describeWrong(Response.of("verdict", "fakta", "flags", "seru"))
                        .orElseThrow()
                        .indonesian());
        assertEquals(List.of(new RedFlag("seru", "SEBARKAN SEGERA!!")), question.flagsToFind());
        assertEquals(Set.of("seru"), question.flagsFound(Response.of("flags", "seru")));
    }

    @Test
    void printsThePostWithNumberedSegmentsAndTheKeyNamesThem() {
        RecordingPaper sheet = new RecordingPaper();
        RecordingPaper key = new RecordingPaper();
        question.ask(sheet);
        question.answer(key);

        assertTrue(sheet.text().contains("SEBARKAN SEGERA!!\u00a0[1] Air kelapa"), sheet.text());
        assertEquals("boxes: Hoaks | Menyesatkan | Fakta", sheet.lines().get(4));
        assertEquals("answer: Hoaks", key.lines().get(0));
        assertTrue(key.text().contains(key.text("worksheet.key.redFlags") + " [1]"), key.text());
        assertTrue(key.text().contains("item: [1] SEBARKAN SEGERA!!"), key.text());
    }
}

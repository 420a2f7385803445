package id.saring.catalog.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.saring.catalog.content.Quiz;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.Problems;
import id.saring.catalog.reading.SampleCourse;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grading of every type on the sample course's questions, with partial credit and tampering. */
class GradingTest {

    private static final Quiz QUIZ = new CourseReader(SampleCourse.vocabulary())
            .read(CourseFiles.of("contoh", SampleCourse.files()), p -> p, new Problems())
            .orElseThrow()
            .modules()
            .get(0)
            .quiz()
            .orElseThrow();

    private static QuestionDefinition question(String id) {
        return QUIZ.question(id).orElseThrow().definition();
    }

    private static double grade(String id, String... namesAndValues) {
        Response response = Response.of(namesAndValues);
        question(id).check(response);
        return question(id).grade(response);
    }

    private static void assertRefused(String id, String... namesAndValues) {
        assertThrows(InvalidResponse.class, () -> question(id).check(Response.of(namesAndValues)));
    }

    /** Issue 16 item 4: the review states each answer, the student's and the right one, in words. */
    @Test
    void everyTypeStatesTheRightAnswerAndTheGivenOneInWords() {
        for (var question : QUIZ.questions()) {
            assertFalse(question.definition().rightAnswer().indonesian().isBlank(), question.id());
            assertEquals(Optional.empty(), question.definition().describe(Response.EMPTY), question.id());
        }
        assertEquals("Benar", question("q-benar-salah").rightAnswer().indonesian());
        assertEquals(
                "turnbackhoax.id, turnbackhoax",
                question("q-isian").rightAnswer().indonesian());
        assertEquals(
                "Misinformasi → Salah tanpa sengaja; Disinformasi → Salah dengan sengaja",
                question("q-jodoh").rightAnswer().indonesian());
        assertEquals(
                "Misinformasi → Benar tapi pribadi; Disinformasi → –",
                question("q-jodoh")
                        .describe(Response.of("m0", "2"))
                        .orElseThrow()
                        .indonesian());
        assertEquals(
                "1. Selidiki sumbernya; 2. Berhenti; ?. Cari liputan lain; ?. Telusuri ke asalnya",
                question("q-urut")
                        .describe(Response.of("p0", "2", "p1", "1"))
                        .orElseThrow()
                        .indonesian());
        assertEquals(
                "Menyesatkan + “SEBARKAN SEGERA!!”",
                question("q-unggahan")
                        .describe(Response.of("verdict", "menyesatkan", "flags", "seru"))
                        .orElseThrow()
                        .indonesian());
    }

    /** Issue 16 item 6: only the part a type describes counts as a wrong answer, when it is wrong. */
    @Test
    void aWrongAnswerIsOnlyWhatIsGradedWrong() {
        assertEquals(Optional.empty(), question("q-unggahan").describeWrong(Response.of("verdict", "hoaks")));
        assertEquals(
                "Fakta",
                question("q-unggahan")
                        .describeWrong(Response.of("verdict", "fakta", "flags", "seru"))
                        .orElseThrow()
                        .indonesian());
        assertEquals(Optional.empty(), question("q-isian").describeWrong(Response.of("text", "TurnBackHoax.id")));
        assertEquals(
                "kominfo",
                question("q-isian")
                        .describeWrong(Response.of("text", "Kominfo."))
                        .orElseThrow()
                        .indonesian());
        assertEquals(Optional.empty(), question("q-tunggal").describeWrong(Response.of("choice", "a")));
    }

    @Test
    void everyTypeGivesNothingForNoAnswer() {
        for (var question : QUIZ.questions()) {
            question.definition().check(Response.EMPTY);
            assertEquals(0.0, question.definition().grade(Response.EMPTY), question.id());
        }
    }

    @Test
    void singleChoice() {
        assertEquals(1.0, grade("q-tunggal", "choice", "a"));
        assertEquals(0.0, grade("q-tunggal", "choice", "b"));
        assertRefused("q-tunggal", "choice", "z");
        assertRefused("q-tunggal", "choices", "a");
    }

    @Test
    void multipleResponseGivesPartialCreditAndPunishesTickingEverything() {
        assertEquals(1.0, grade("q-ganda", "choices", "a,b"));
        assertEquals(0.5, grade("q-ganda", "choices", "a"));
        assertEquals(0.5, grade("q-ganda", "choices", "a,b,c"));
        assertEquals(0.0, grade("q-ganda", "choices", "c"));
        assertRefused("q-ganda", "choices", "a,a");
        assertRefused("q-ganda", "choices", "a,x");
    }

    @Test
    void trueFalse() {
        assertEquals(1.0, grade("q-benar-salah", "answer", "true"));
        assertEquals(0.0, grade("q-benar-salah", "answer", "false"));
        assertRefused("q-benar-salah", "answer", "maybe");
    }

    @Test
    void matchingCountsEachPair() {
        assertEquals(1.0, grade("q-jodoh", "m0", "0", "m1", "1"));
        assertEquals(0.5, grade("q-jodoh", "m0", "0", "m1", "2"));
        assertEquals(0.0, grade("q-jodoh", "m0", "1", "m1", "0"));
        assertRefused("q-jodoh", "m0", "9");
        assertRefused("q-jodoh", "m5", "0");
    }

    @Test
    void orderingCountsStepsInPlace() {
        assertEquals(1.0, grade("q-urut", "p0", "1", "p1", "2", "p2", "3", "p3", "4"));
        assertEquals(0.5, grade("q-urut", "p0", "1", "p1", "2", "p2", "4", "p3", "3"));
        assertRefused("q-urut", "p0", "0");
        assertRefused("q-urut", "p0", "5");
    }

    @Test
    void shortAnswerIgnoresCaseSpacesAccentsAndEndPunctuation() {
        assertEquals(1.0, grade("q-isian", "text", "  TurnBackHoax.ID  "));
        assertEquals(1.0, grade("q-isian", "text", "turnbackhoax"));
        assertEquals(1.0, grade("q-isian", "text", "turnbáckhoax!"));
        assertEquals(0.0, grade("q-isian", "text", "cekfakta"));
        assertRefused("q-isian", "text", "x".repeat(Response.MAX_VALUE_LENGTH + 1));
    }

    @Test
    void hoaxPostGivesHalfForFlagsAndHalfForTheVerdict() {
        assertEquals(1.0, grade("q-unggahan", "flags", "seru", "verdict", "hoaks"));
        assertEquals(0.5, grade("q-unggahan", "verdict", "hoaks"));
        assertEquals(0.5, grade("q-unggahan", "flags", "seru", "verdict", "fakta"));
        assertEquals(1.0, grade("q-unggahan", "flags", "seru", "verdict", "hoaks", "technique", "teknik:emosi"));
        assertRefused("q-unggahan", "flags", "bukan-segmen");
        assertRefused("q-unggahan", "verdict", "bohong");
        assertRefused("q-unggahan", "technique", "<script>");
    }

    @Test
    void chatThreadGradesTheBestReply() {
        assertEquals(1.0, grade("q-obrolan", "choice", "a"));
        assertEquals(0.0, grade("q-obrolan", "choice", "b"));
    }
}

package id.saring.catalog.question.ordering;

import static id.saring.catalog.question.Grading.assertRefused;
import static id.saring.catalog.question.Grading.described;
import static id.saring.catalog.question.Grading.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.question.RecordingPaper;
import org.junit.jupiter.api.Test;

class OrderingTest {

    private final QuestionDefinition question =
            QuestionSample.question(new OrderingType()).definition();

    @Test
    void countsStepsInPlace() {
        assertEquals(1.0, grade(question, "p0", "1", "p1", "2", "p2", "3", "p3", "4"));
        assertEquals(0.5, grade(question, "p0", "1", "p1", "2", "p2", "4", "p3", "3"));
        assertRefused(question, "p0", "0");
        assertRefused(question, "p0", "5");
    }

    @Test
    void statesTheOrderGivenWithUnplacedStepsLast() {
        assertEquals(
                "1. Selidiki sumbernya; 2. Berhenti; ?. Cari liputan lain; ?. Telusuri ke asalnya",
                described(question, "p0", "2", "p1", "1"));
    }

    @Test
    void theKeyGivesEachLetterItsPlace() {
        RecordingPaper key = new RecordingPaper();
        question.answer(key);
        assertEquals("answer: A = 1, B = 2, C = 3, D = 4", key.lines().get(0));
    }
}

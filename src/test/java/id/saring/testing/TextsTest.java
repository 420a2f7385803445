package id.saring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The browser tests' texts are the application's, formatted as its pages format them. */
class TextsTest {

    @Test
    void aTextWithoutArgumentsIsAsWritten() {
        assertEquals("Sertifikat ini asli.", Texts.of("verify.genuine"));
    }

    @Test
    void argumentsAreFormattedInIndonesian() {
        assertEquals("Terjawab 8 dari 8 soal.", Texts.of("quiz.summary.answered", 8, 8));
        assertEquals("Zip ini berisi lebih dari 2.000 berkas.", Texts.problem("zip.tooManyFiles", 2_000));
    }

    @Test
    void aPatternMatchesTheTextWhateverItsArguments() {
        assertTrue(Texts.pattern("roster.refused")
                .matcher("x " + Texts.of("roster.refused", 12) + " y")
                .find());
        assertFalse(Texts.pattern("roster.refused")
                .matcher(Texts.of("roster.tooMany"))
                .find());
    }

    @Test
    void aPatternsGroupsAreTheArgumentsOneWordAtEitherEnd() {
        Matcher created =
                Texts.pattern("class.created").matcher("<li>" + Texts.of("class.created", "8C", "K7P2QX") + "</li>");
        assertTrue(created.find());
        assertEquals(List.of("8C", "K7P2QX"), List.of(created.group(1), created.group(2)));

        Matcher attention =
                Texts.pattern("report.attention").matcher("Kelas 7A\n" + Texts.of("report.attention", 1, 4, 4));
        assertTrue(attention.find());
        assertEquals(List.of("1", "4", "4"), List.of(attention.group(1), attention.group(2), attention.group(3)));
    }

    @Test
    void aProblemPatternReadsTheCheckersMessage() {
        Matcher problem = Texts.problemPattern("yaml.badNumber")
                .matcher("course.yaml:7: " + Texts.problem("yaml.badNumber", "hours", 1, 200));
        assertTrue(problem.find());
        assertEquals("hours", problem.group(1));
    }
}

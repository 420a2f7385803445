package id.saring.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.question.Response;
import id.saring.quiz.boundary.AnswerEnvelope.Action;
import id.saring.testing.HtmlForms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The envelope of an answer post: read from the fields, refused with a clear 4xx reason when
 * malformed, and named alike in Java, in the attempt page and in quiz.js.
 */
class AnswerEnvelopeTest {

    private static final Path PAGE = Path.of("src/main/webapp/learn/attempt.xhtml");
    private static final Path SCRIPT = Path.of("src/main/webapp/resources/saring/quiz.js");

    @Test
    void aSaveFromTheScriptNamesItsAttemptQuestionSequenceAndPlace() {
        AnswerEnvelope envelope =
                AnswerEnvelope.of(fields("csrf", "t", "attempt", "41", "question", "q-1", "sequence", "3", "at", "2"));

        assertEquals(new AnswerEnvelope(41, "q-1", 3, Action.SAVE, 2), envelope);
    }

    @Test
    void theButtonPressedSaysWhatToDoAndWhereToGoNext() {
        assertEquals(Action.CHECK, AnswerEnvelope.of(save("action", "check")).action());
        assertEquals(Action.SUBMIT, AnswerEnvelope.of(save("action", "submit")).action());
        assertEquals(Action.SAVE, AnswerEnvelope.of(save("action", "hapus")).action(), "anything else saves");
        assertEquals(5, AnswerEnvelope.of(save("next", "5")).position());
        assertEquals(2, AnswerEnvelope.of(save("next", "../admin")).position(), "a strange next: back to the form");
        assertEquals(
                1,
                AnswerEnvelope.of(fields("attempt", "1", "sequence", "0", "at", "x"))
                        .position());
    }

    @Test
    void aSubmitNeedsNoQuestion() {
        AnswerEnvelope submit = AnswerEnvelope.of(fields("attempt", "7", "sequence", "0", "action", "submit"));

        assertNull(submit.question());
        assertEquals(Action.SUBMIT, submit.action());
    }

    @Test
    void aMissingOrMalformedNumberIsAnInvalidAnswerNeverAServerError() {
        for (Map<String, String[]> malformed : java.util.List.of(
                fields("sequence", "1"),
                fields("attempt", "", "sequence", "1"),
                fields("attempt", "tiga", "sequence", "1"),
                fields("attempt", "99999999999999999999", "sequence", "1"),
                fields("attempt", "4"),
                fields("attempt", "4", "sequence", "1.5"),
                fields("attempt", "4", "sequence", "3000000000"),
                Map.of("attempt", new String[0], "sequence", new String[] {"1"}))) {
            AttemptException refused = assertThrows(AttemptException.class, () -> AnswerEnvelope.of(malformed));
            assertEquals("attempt.invalidAnswer", refused.getMessageKey(), "status 400, not 500");
        }
    }

    @Test
    void theAnswerIsEveryOtherFieldWithRepeatedOnesJoined() {
        Map<String, String[]> post = new LinkedHashMap<>(save("action", "check"));
        post.put("flags", new String[] {"seru", "sumber"});
        post.put("verdict", new String[] {"hoaks"});

        assertEquals(Response.of("flags", "seru,sumber", "verdict", "hoaks"), AnswerEnvelope.answerOf(post));
    }

    @Test
    void theAttemptPagesFieldsAndButtonsAreTheEnvelope() throws IOException {
        Set<String> written = new TreeSet<>();
        Matcher name =
                Pattern.compile("<(?:input|button)\\b[^>]*\\bname=\"([^\"]+)\"").matcher(Files.readString(PAGE));
        while (name.find()) {
            written.add(name.group(1));
        }

        assertEquals(new TreeSet<>(AnswerEnvelope.FIELDS), written);
        String page = Files.readString(PAGE);
        for (Action action : Set.of(Action.CHECK, Action.SUBMIT)) {
            assertTrue(page.contains("name=\"action\" value=\"" + action.value() + "\""), action.value());
        }
    }

    /**
     * quiz.js strips the hidden envelope fields to compare answers (the buttons are never in the
     * form's data), counts on the sequence field and tells the action and next buttons apart.
     */
    @Test
    void quizJsUsesTheEnvelopesNames() throws IOException {
        String script = Files.readString(SCRIPT);
        Matcher stripped = Pattern.compile(
                        "\\[([^\\]]*)\\]\\.forEach\\(function \\(name\\) \\{ data\\.delete\\(name\\)")
                .matcher(script);
        assertTrue(stripped.find(), "quiz.js strips the envelope from the form's data");
        Set<String> names = Arrays.stream(stripped.group(1).split(","))
                .map(n -> n.strip().replace("'", ""))
                .collect(Collectors.toCollection(TreeSet::new));

        Set<String> hidden = new TreeSet<>(AnswerEnvelope.FIELDS);
        hidden.removeAll(Set.of(AnswerEnvelope.ACTION, AnswerEnvelope.NEXT));
        assertEquals(hidden, names);
        assertTrue(script.contains("elements." + AnswerEnvelope.SEQUENCE), "the sequence field");
        assertTrue(
                script.contains("name !== '" + AnswerEnvelope.SEQUENCE + "'"), "changing the sequence saves nothing");
        assertTrue(script.contains("name === '" + AnswerEnvelope.ACTION + "'"), "the action buttons");
        assertTrue(script.contains("name === '" + AnswerEnvelope.NEXT + "'"), "the next button");
        Matcher anyName =
                Pattern.compile("(?:name [!=]== |elements\\.)'?(\\w+)").matcher(script);
        while (anyName.find()) {
            assertTrue(AnswerEnvelope.FIELDS.contains(anyName.group(1)), "quiz.js names " + anyName.group(1));
        }
    }

    /** The load benchmark's and the failover test's students post answers as quiz.js does. */
    @Test
    void theTestStudentsKnowTheSameEnvelope() {
        assertEquals(AnswerEnvelope.FIELDS, HtmlForms.AnswerForm.ENVELOPE);
    }

    private static Map<String, String[]> save(String name, String value) {
        Map<String, String[]> post = new LinkedHashMap<>(
                fields("csrf", "t", "attempt", "41", "question", "q-1", "sequence", "3", "at", "2"));
        post.put(name, new String[] {value});
        return post;
    }

    private static Map<String, String[]> fields(String... namesAndValues) {
        Map<String, String[]> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return fields;
    }
}

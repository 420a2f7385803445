package id.saring.catalog.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Question;
import id.saring.catalog.reading.QuizSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every question type found on the class path must have and do, tested on its own sample:
 * a type is complete when this passes, with nothing listed anywhere else.
 */
class EveryQuestionTypeTest {

    static Stream<QuestionType> types() {
        return QuestionTypes.all().stream();
    }

    @Test
    void theTypesAreFoundWithoutAList() {
        assertTrue(QuestionTypes.names()
                .containsAll(List.of(
                        "single",
                        "multiple",
                        "true-false",
                        "matching",
                        "ordering",
                        "short-answer",
                        "hoax-post",
                        "chat-thread",
                        "find-in-picture")));
        assertEquals(
                QuestionTypes.names().stream().distinct().count(),
                QuestionTypes.names().size(),
                "unique names");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void itsSampleReadsWithoutProblems(QuestionType type) {
        Question question = QuestionSample.question(type);
        assertEquals(type.name(), question.type());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void itHasAStudentFragment(QuestionType type) {
        assertTrue(
                Files.isRegularFile(Path.of("src/main/webapp/WEB-INF/quiz/types", type.name() + ".xhtml")),
                "the fragment students answer it in");
    }

    /**
     * Authors write every type in the browser: its form, filled from its sample, writes the
     * sample back as it was, and its editor fragment is where the question editor looks for it.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void itHasAnEditorThatWritesItsSampleBackAsItWas(QuestionType type) {
        assertTrue(type.hasEditor(), "a form for the browser editor");
        assertTrue(
                Files.isRegularFile(Path.of("src/main/webapp/WEB-INF/drafts/types", type.name() + ".xhtml")),
                "the fragment authors edit it in");
        QuizSource source = QuizSource.parse("questions:\n" + QuestionSample.indented(type.name(), 2))
                .orElseThrow();
        Map<String, Object> written = source.questions().get(0);
        type.form(written).orElseThrow().writeInto(written);
        assertEquals(source.questions().get(0), written);
    }

    /** No answer: accepted, worth nothing, described as nothing; the right answer has words. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void itGivesNothingForNoAnswerAndStatesTheRightOne(QuestionType type) {
        QuestionDefinition definition = QuestionSample.question(type).definition();
        definition.check(Response.EMPTY);
        assertEquals(0.0, definition.grade(Response.EMPTY));
        assertEquals(Optional.empty(), definition.describe(Response.EMPTY));
        assertFalse(definition.rightAnswer().indonesian().isBlank());
    }

    /** On the worksheet it prints something to answer on and no answer; in the key exactly one answer line. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void itPrintsItselfOnAWorksheetAndInTheKey(QuestionType type) {
        QuestionDefinition definition = QuestionSample.question(type).definition();
        RecordingPaper sheet = new RecordingPaper();
        RecordingPaper key = new RecordingPaper();

        definition.ask(sheet);
        definition.answer(key);

        assertFalse(sheet.lines().isEmpty(), "something to answer on");
        assertEquals(0, sheet.count("answer"), "no answer on the worksheet");
        assertEquals(1, key.count("answer"), "one answer line in the key:\n" + key.text());
    }
}

package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.content.QuizSettings;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Response;
import id.saring.catalog.question.hoaxpost.HoaxPost;
import id.saring.catalog.question.hoaxpost.MarkedText;
import id.saring.catalog.question.hoaxpost.Post;
import id.saring.catalog.question.hoaxpost.Segment;
import id.saring.catalog.question.hoaxpost.Verdict;
import id.saring.catalog.question.single.SingleChoice;
import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionAnalysisTest {

    private static final Question SOURCE = new Question(
            "sumber",
            "single",
            LocalizedText.indonesian("Sumber mana yang paling bisa dipercaya?"),
            Optional.empty(),
            List.of("keterampilan:cek-sumber"),
            new SingleChoice(List.of(
                    choice("a", "Situs resmi dinas kesehatan", true),
                    choice("b", "Pesan berantai di grup", false),
                    choice("c", "Akun dengan banyak pengikut", false))));

    private static final Question POST = new Question(
            "unggahan",
            "hoax-post",
            LocalizedText.indonesian("Tandai yang mencurigakan."),
            Optional.empty(),
            List.of("teknik:emosi"),
            new HoaxPost(
                    new Post(
                            Post.Kind.CHAT,
                            MarkedText.parse("Pak RT"),
                            Optional.empty(),
                            Optional.empty(),
                            true,
                            Optional.empty(),
                            MarkedText.parse(
                                    "[[kapital|AWAS!!!]] Air kemasan [[kabur|di sini]] beracun. [[desak|Sebarkan!]]"),
                            Optional.empty(),
                            Optional.empty()),
                    List.of(
                            new Segment("kapital", true, Optional.of("teknik:emosi"), LocalizedText.indonesian("x")),
                            new Segment("kabur", true, Optional.empty(), LocalizedText.indonesian("x")),
                            new Segment("desak", true, Optional.of("teknik:emosi"), LocalizedText.indonesian("x"))),
                    Verdict.HOAKS,
                    Optional.of("teknik:emosi")));

    private static final Quiz QUIZ =
            new Quiz("kuis", LocalizedText.indonesian("Kuis"), QuizSettings.DEFAULT, List.of(SOURCE, POST));

    private static Choice choice(String id, String text, boolean correct) {
        return new Choice(id, LocalizedText.indonesian(text), correct, Optional.empty(), Optional.empty());
    }

    @Test
    void countsCorrectAnswersAndTheMostChosenWrongOne() {
        // 5 students: 2 right (a), 2 chose b, 1 chose c: 40 % correct, most chosen wrong: b (2)
        List<QuestionAnalysis.Given> given = List.of(
                new QuestionAnalysis.Given("sumber", Response.of("choice", "a"), 1),
                new QuestionAnalysis.Given("sumber", Response.of("choice", "b"), 0),
                new QuestionAnalysis.Given("sumber", Response.of("choice", "c"), 0),
                new QuestionAnalysis.Given("sumber", Response.of("choice", "b"), 0),
                new QuestionAnalysis.Given("sumber", Response.of("choice", "a"), 1));

        QuestionAnalysis source = QuestionAnalysis.of(QUIZ, given).get(0);

        assertEquals(5, source.seen());
        assertEquals(2, source.correct());
        assertEquals(40, source.percentCorrect());
        assertEquals(40, source.meanPercent());
        assertEquals(
                "Pesan berantai di grup",
                source.commonWrongAnswer().orElseThrow().answer().indonesian());
        assertEquals(2, source.commonWrongAnswer().orElseThrow().count());
        assertTrue(source.missedFlags().isEmpty());
    }

    @Test
    void ranksTheRedFlagsOfAHoaxPostByHowOftenTheyWereMissed() {
        // 4 answers (+1 left empty, which flags nothing and is not counted among the answers):
        // kapital flagged by 3 (missed 1), kabur by 0 (missed 4), desak by 2 (missed 2)
        List<QuestionAnalysis.Given> given = List.of(
                new QuestionAnalysis.Given("unggahan", Response.of("flags", "kapital,desak", "verdict", "hoaks"), 0.83),
                new QuestionAnalysis.Given("unggahan", Response.of("flags", "kapital", "verdict", "fakta"), 0.17),
                new QuestionAnalysis.Given("unggahan", Response.of("flags", "kapital,desak", "verdict", "fakta"), 0.33),
                new QuestionAnalysis.Given("unggahan", Response.of("verdict", "menyesatkan"), 0),
                new QuestionAnalysis.Given("unggahan", Response.EMPTY, 0));

        QuestionAnalysis post = QuestionAnalysis.of(QUIZ, given).get(1);

        assertEquals(0, post.correct());
        assertEquals(27, post.meanPercent()); // (0.83 + 0.17 + 0.33) / 5 = 0.266
        assertEquals(
                List.of("kabur", "desak", "kapital"),
                post.missedFlags().stream()
                        .map(QuestionAnalysis.MissedFlag::segmentId)
                        .toList());
        QuestionAnalysis.MissedFlag vague = post.missedFlags().get(0);
        assertEquals("di sini", vague.text());
        assertEquals(4, vague.missed());
        assertEquals(100, vague.percent());
        assertEquals("Fakta", post.commonWrongAnswer().orElseThrow().answer().indonesian());
        assertEquals("True", post.commonWrongAnswer().orElseThrow().answer().in("en"));
        assertEquals(2, post.commonWrongAnswer().orElseThrow().count());
    }

    @Test
    void aQuestionNobodyAnsweredIsEmptyNotAnError() {
        QuestionAnalysis source = QuestionAnalysis.of(QUIZ, List.of()).get(0);
        assertEquals(0, source.seen());
        assertEquals(0, source.percentCorrect());
        assertTrue(source.commonWrongAnswer().isEmpty());
    }

    /** Issue 16 item 6: "Hoaks" is this post's right verdict, whatever red flags were missed. */
    @Test
    void aRightVerdictWithRedFlagsMissedIsNotAWrongAnswer() {
        List<QuestionAnalysis.Given> given = List.of(
                new QuestionAnalysis.Given("unggahan", Response.of("verdict", "hoaks"), 0.5),
                new QuestionAnalysis.Given("unggahan", Response.of("flags", "kapital", "verdict", "hoaks"), 0.67),
                new QuestionAnalysis.Given("unggahan", Response.of("flags", "kapital", "verdict", "fakta"), 0.17));

        QuestionAnalysis post = QuestionAnalysis.of(QUIZ, given).get(1);

        assertEquals("Fakta", post.commonWrongAnswer().orElseThrow().answer().indonesian());
        assertEquals(1, post.commonWrongAnswer().orElseThrow().count());
        assertEquals("“AWAS!!!”", post.missedFlags().get(2).quoted());
    }

    @Test
    void onlyRightAnswersMeansNoCommonWrongOne() {
        List<QuestionAnalysis.Given> given = List.of(
                new QuestionAnalysis.Given(
                        "unggahan", Response.of("flags", "kapital,kabur,desak", "verdict", "hoaks"), 1),
                new QuestionAnalysis.Given("sumber", Response.of("choice", "a"), 1));

        assertTrue(QuestionAnalysis.of(QUIZ, given).stream()
                .allMatch(q -> q.commonWrongAnswer().isEmpty()));
    }

    /** A choice that is itself a quote keeps one pair of quotation marks. */
    @Test
    void aQuotedTextIsQuotedOnce() {
        assertEquals("“Copas dari grup sebelah”", LocalizedText.quote("\"Copas dari grup sebelah\""));
        assertEquals("“Copas dari grup sebelah”", LocalizedText.quote("“Copas dari grup sebelah”"));
        assertEquals("“Sebarkan!”", LocalizedText.quote("Sebarkan!"));
    }
}

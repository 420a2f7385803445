package id.saring.publishing.gift;

import static id.saring.publishing.gift.GiftCourse.describe;
import static id.saring.publishing.gift.GiftCourse.fixture;
import static id.saring.publishing.gift.GiftCourse.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.matching.Matching;
import id.saring.catalog.question.multiple.MultipleResponse;
import id.saring.catalog.question.shortanswer.ShortAnswer;
import id.saring.catalog.question.single.SingleChoice;
import id.saring.catalog.question.truefalse.TrueFalse;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GiftImporterTest {

    private final GiftImporter importer = new GiftImporter();

    // --- Multiple choice ---------------------------------------------------------------------

    @Test
    void multipleChoiceWithOneRightAnswerIsSingleChoice() {
        Question question = only(
                """
                What's the answer to this multiple-choice question? {
                    ~wrong answer#feedback comment on the wrong answer
                    ~another wrong answer#feedback comment on this wrong answer
                    =right answer#Very good!}
                """);

        assertEquals("single", question.type());
        assertEquals("What's the answer to this multiple-choice question?", text(question));
        List<Choice> choices = ((SingleChoice) question.definition()).choices();
        assertEquals(List.of("wrong answer", "another wrong answer", "right answer"), texts(choices));
        assertEquals(List.of(false, false, true), correct(choices));
        assertEquals(
                List.of("feedback comment on the wrong answer", "feedback comment on this wrong answer", "Very good!"),
                feedback(choices));
        assertTrue(choices.stream().allMatch(c -> c.weight().isEmpty()), "no partial credit, no weights");
    }

    @Test
    void answersInTheMiddleOfTheTextLeaveABlank() {
        Question missingWord = only("Grant is {~buried =entombed ~living} in Grant's tomb.");
        Question atTheEnd = only("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");

        assertEquals("Grant is _____ in Grant's tomb.", text(missingWord));
        assertEquals("entombed", rightChoice(missingWord));
        assertEquals("Who's buried in Grant's tomb?", text(atTheEnd), "answers at the end leave no blank");
    }

    @Test
    void answersMayBeWrittenOnSeveralIndentedLines() {
        Question question = only(
                """
                The American holiday of Thanksgiving is celebrated on the {
                    ~second
                    ~third
                    =fourth
                } Thursday of November.
                """);

        assertEquals(
                "The American holiday of Thanksgiving is celebrated on the _____ Thursday of November.",
                text(question));
        assertEquals(List.of("second", "third", "fourth"), texts(((SingleChoice) question.definition()).choices()));
    }

    @Test
    void partialCreditForAWrongChoiceBecomesItsWeight() {
        Question question = only(
                """
                ::Jesus' hometown::Jesus Christ was from {
                    ~Jerusalem#This was an important city, but the wrong answer.
                    ~%25%Bethlehem#He was born here, but not raised here.
                    ~%50%Galilee#You need to be more specific.
                    =Nazareth#Yes! That's right!
                }.
                """);

        assertEquals("jesus-hometown", question.id());
        assertEquals("Jesus Christ was from _____.", text(question));
        List<Choice> choices = ((SingleChoice) question.definition()).choices();
        assertEquals(List.of(false, false, false, true), correct(choices));
        assertEquals(
                List.of(Optional.empty(), Optional.of(25), Optional.of(50), Optional.empty()),
                choices.stream().map(Choice::weight).toList());
        assertEquals(
                "Yes! That's right!", choices.get(3).feedback().orElseThrow().indonesian());
    }

    @Test
    void multipleRightAnswersBecomeMultipleWithTheirWeights() {
        Question question = only(
                """
                What two people are entombed in Grant's tomb? {
                    ~%-100%No one
                    ~%50%Grant
                    ~%50%Grant's wife
                    ~%-100%Grant's father
                }
                """);

        assertEquals("multiple", question.type());
        List<Choice> choices = ((MultipleResponse) question.definition()).choices();
        assertEquals(List.of("No one", "Grant", "Grant's wife", "Grant's father"), texts(choices));
        assertEquals(List.of(false, true, true, false), correct(choices));
        assertEquals(List.of(-100, 50, 50, -100), weights(choices));
    }

    @Test
    void weightsThatDoNotAddUpTo100AreScaledAndReported() {
        String gift = "::Pilih::Pilih yang benar. {~%50%Satu ~%25%Dua ~Tiga}";

        GiftImport result = convert(gift);

        assertEquals(
                List.of(67, 33, 0),
                weights(choicesOf(GiftCourse.read(result.quizYaml()).questions().get(0))));
        Problem scaled = single(result, "gift.weightsScaled");
        assertEquals(1, scaled.line());
        assertEquals(List.of("Pilih", "75", "67%, 33%"), scaled.arguments());
    }

    @Test
    void thirdsAreRoundedSilentlyToAddUpTo100() {
        GiftImport result = convert("Tiga benar. {~%33.33333%A ~%33.33333%B ~%33.33333%C ~%-100%D}");

        assertTrue(result.problems().isEmpty(), () -> describe(result.problems()));
        assertEquals(
                List.of(34, 33, 33, -100),
                weights(choicesOf(GiftCourse.read(result.quizYaml()).questions().get(0))));
    }

    @Test
    void penaltiesBelowMinus100AreClampedAndReported() {
        GiftImport result = convert("Pilih. {~%50%A ~%50%B ~%-150%C}");

        assertEquals(
                List.of(50, 50, -100),
                weights(choicesOf(GiftCourse.read(result.quizYaml()).questions().get(0))));
        assertEquals(
                List.of("Pilih.", "-150"), single(result, "gift.weightClamped").arguments());
    }

    @Test
    void choiceQuestionsThatCannotBeRepresentedAreReportedNotImported() {
        assertNotImported("Dua benar penuh. {=A =B ~C}", "gift.severalRightAnswers", 1);
        assertNotImported("Tidak ada yang benar. {~A ~B}", "gift.noRightAnswer", 1);
        assertNotImported("Satu pilihan. {~%100%A}", "gift.tooFewChoices", 1);
        assertNotImported("Pilihan kosong. {=A\n~\n~C}", "gift.emptyAnswer", 2);
    }

    // --- True / false ------------------------------------------------------------------------

    @Test
    void trueFalseInEverySpelling() {
        for (String answer : List.of("T", "TRUE", "t", "true")) {
            TrueFalse definition = (TrueFalse)
                    only("Matahari terbit di timur.{" + answer + "}").definition();
            assertTrue(definition.answer(), answer);
        }
        for (String answer : List.of("F", "FALSE")) {
            TrueFalse definition =
                    (TrueFalse) only("Bumi itu datar.{" + answer + "}").definition();
            assertFalse(definition.answer(), answer);
        }
    }

    @Test
    void trueFalseFeedbackGoesToTheAnswerThatEarnsIt() {
        // Moodle: {answer#shown after a wrong answer#shown after a right answer}
        Question isTrue = only("Foto lama bisa dipakai ulang.{T#Coba lagi.#Betul!}");
        Question isFalse = only("Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}");

        TrueFalse whenTrue = (TrueFalse) isTrue.definition();
        assertEquals("Betul!", whenTrue.feedbackTrue().orElseThrow().indonesian());
        assertEquals("Coba lagi.", whenTrue.feedbackFalse().orElseThrow().indonesian());
        TrueFalse whenFalse = (TrueFalse) isFalse.definition();
        assertFalse(whenFalse.answer());
        assertEquals(
                "No one is buried in Grant's tomb.",
                whenFalse.feedbackTrue().orElseThrow().indonesian());
        assertTrue(whenFalse.feedbackFalse().isEmpty());
    }

    // --- Short answer ------------------------------------------------------------------------

    @Test
    void answersThatAreAllRightAreShortAnswer() {
        Question question = only("Two plus two equals {=four =4}.");
        Question withoutEquals = only("Who's buried in Grant's tomb?{no one}");

        assertEquals("short-answer", question.type());
        assertEquals("Two plus two equals _____.", text(question));
        assertEquals(List.of("four", "4"), ((ShortAnswer) question.definition()).accepted());
        assertEquals(List.of("no one"), ((ShortAnswer) withoutEquals.definition()).accepted());
    }

    @Test
    void partialCreditShortAnswersAndTheirFeedbackAreReported() {
        String gift =
                """
                ::Jesus' hometown:: Jesus Christ was from {
                    =Nazareth#Yes! That's right!
                    =%75%Nazereth#Right, but misspelled.
                    =%25%Bethlehem#He was born here, but not raised here.
                }
                """;

        GiftImport result = convert(gift);

        Question question = GiftCourse.read(result.quizYaml()).questions().get(0);
        assertEquals(List.of("Nazareth"), ((ShortAnswer) question.definition()).accepted());
        assertEquals(
                List.of("gift.answerFeedback:2", "gift.answerCredit:3", "gift.answerCredit:4"), keysAndLines(result));
        assertEquals(
                List.of("Jesus' hometown", "Nazereth", "75"),
                result.problems().get(1).arguments());
    }

    @Test
    void wildcardAnswersAreReported() {
        GiftImport result = convert("Ibu kota Jawa Barat? {=Bandung =Kota Band*}");

        assertEquals(List.of("Bandung"), accepted(result));
        assertEquals(List.of("gift.wildcard:1"), keysAndLines(result));
    }

    // --- Matching ----------------------------------------------------------------------------

    @Test
    void matchingWithAnExtraRightHandItem() {
        Question question = only(
                """
                Match the following countries with their corresponding capitals. {
                    =Canada -> Ottawa
                    =Italy  -> Rome
                    =Japan  -> Tokyo
                    =India  -> New Delhi
                    = -> Jakarta
                    }
                """);

        assertEquals("matching", question.type());
        Matching matching = (Matching) question.definition();
        assertEquals(
                List.of("Canada", "Italy", "Japan", "India"),
                matching.pairs().stream().map(p -> p.left().indonesian()).toList());
        assertEquals(
                List.of("Ottawa", "Rome", "Tokyo", "New Delhi"),
                matching.pairs().stream().map(p -> p.right().indonesian()).toList());
        assertEquals(
                List.of("Jakarta"),
                matching.distractors().stream().map(LocalizedText::indonesian).toList());
    }

    @Test
    void matchingThatSaringCannotShowIsReported() {
        assertNotImported("Jodohkan. {=A -> 1 =B -> 1 =C -> 2}", "gift.matchingSameRight", 1);
        assertNotImported("Jodohkan. {=A -> 1 = -> 2}", "gift.matchingTooFewPairs", 1);
        assertNotImported("Jodohkan. {\n=A -> 1\n=B 2\n=C -> 3}", "gift.matchingFormat", 3);
    }

    // --- Numerical ---------------------------------------------------------------------------

    @Test
    void oneExactNumberBecomesShortAnswerAndIsReported() {
        GiftImport year = convert("When was Ulysses S. Grant born?{#1822}");
        GiftImport pi = convert("Nilai pi sampai dua desimal? {#=+3.14:0}");

        assertEquals(List.of("1822"), accepted(year));
        assertEquals(List.of("3.14", "3,14"), accepted(pi), "Indonesian writes decimals with a comma");
        assertEquals(List.of("gift.numericalAsShortAnswer:1"), keysAndLines(year));
        assertEquals(
                List.of("When was Ulysses S. Grant born?", "1822"),
                year.problems().get(0).arguments());
    }

    @Test
    void numbersWithToleranceRangeOrPartialCreditAreNotImported() {
        String gift =
                """
                When was Ulysses S. Grant born?{#1822:5}

                What is the value of pi (to 3 decimal places)? {#3.141..3.142}.

                ::Q7:: When was Ulysses S. Grant born? {#
                         =1822:0      # Correct! Full credit.
                         =%50%1822:2  # He was born in 1822. Half credit for being close.
                }

                ::Tetap::Langit berwarna biru.{T}
                """;

        GiftImport result = convert(gift);

        assertEquals(List.of("gift.numerical:1", "gift.numerical:3", "gift.numerical:5"), keysAndLines(result));
        assertEquals("1822:5", result.problems().get(0).arguments().get(1));
        assertEquals(1, result.questionCount(), "the other question is still imported");
        assertEquals(
                "tetap", GiftCourse.read(result.quizYaml()).questions().get(0).id());
    }

    // --- Not importable ----------------------------------------------------------------------

    @Test
    void essaysAndDescriptionsAreReportedAndNothingElseIsLost() {
        String gift =
                """
                You can use your pencil and paper for these next math questions.

                ::Q8:: How are you? {}

                ::Q1:: 1+1=2 {T}
                """;

        GiftImport result = convert(gift);

        assertEquals(List.of("gift.description:1", "gift.essay:3"), keysAndLines(result));
        assertEquals("Q8", result.problems().get(1).arguments().get(0));
        Quiz quiz = GiftCourse.read(result.quizYaml());
        assertEquals(1, quiz.questions().size());
        assertEquals("1+1=2", text(quiz.questions().get(0)));
    }

    @Test
    void questionsWithoutTextAreReported() {
        assertNotImported("::Kosong::{T}", "gift.noText", 1);
    }

    @Test
    void aFileWithoutAnyImportableQuestionSaysSo() {
        GiftImport result = convert("// hanya komentar\n\n::Q8:: How are you? {}\n");

        assertEquals(0, result.questionCount());
        assertEquals(List.of("gift.nothingImported:0", "gift.essay:3"), keysAndLines(result));
        assertTrue(result.quizYaml().contains("questions: []"), result.quizYaml());
    }

    // --- Malformed GIFT ----------------------------------------------------------------------

    @Test
    void anUnclosedBraceIsReportedWithItsLine() {
        String gift =
                """
                ::Rusak::Kabar ini benar?
                {
                =Ya
                ~Tidak

                ::Baik::Langit berwarna biru.{T}
                """;

        GiftImport result = convert(gift);

        assertEquals(List.of("gift.unclosedBrace:2"), keysAndLines(result));
        assertEquals(
                "moodle.gift:2: Tanda { di baris ini tidak ditutup dengan }. Periksa juga bahwa tidak ada baris"
                        + " kosong di tengah satu soal.",
                result.problems().get(0).describe(GiftCourse.INDONESIAN));
        assertEquals(1, result.questionCount());
        assertEquals(
                "baik", GiftCourse.read(result.quizYaml()).questions().get(0).id());
    }

    @Test
    void aBlankLineInsideAnswersSplitsTheQuestionAndBothHalvesAreReported() {
        GiftImport result = convert("Pertanyaan? {\n~A\n\n=B\n}\n");

        assertEquals(
                List.of("gift.unclosedBrace:1", "gift.unopenedBrace:5"),
                keysAndLines(result).subList(1, 3));
        assertEquals("gift.nothingImported:0", keysAndLines(result).get(0));
    }

    @Test
    void strayAndExtraBracesAreReportedWithTheirLine() {
        assertNotImported("Teks } aneh {T}", "gift.unopenedBrace", 1);
        assertNotImported("Dua blok {T}\ndan {F}", "gift.extraBrace", 2);
        assertNotImported("Kurung {=a\n{b}", "gift.extraBrace", 2);
    }

    // --- Text: escapes, formats, HTML, feedback ------------------------------------------------

    @Test
    void generalFeedbackBecomesTheExplanation() {
        Question question =
                only("Berapa lajur lintasan lari standar? {=8 =delapan####Lintasan standar punya 8 lajur.}");

        assertEquals(
                "Lintasan standar punya 8 lajur.",
                question.explanation().orElseThrow().indonesian());
        assertEquals(List.of("8", "delapan"), ((ShortAnswer) question.definition()).accepted());
    }

    @Test
    void escapedCharactersAreTextNotSyntax() {
        Question question = only(
                """
                ::Escapes\\: semua::Which answer equals 5 \\{five\\}? {
                    ~ \\= 2 + 2
                    = \\= 2 + 3 \\# \\~ \\\\ ok#Betul\\: lima\\nbaris baru
                    ~ \\= 2 + 4
                }
                """);

        assertEquals("escapes-semua", question.id());
        assertEquals("Which answer equals 5 {five}?", text(question));
        List<Choice> choices = ((SingleChoice) question.definition()).choices();
        assertEquals(List.of("= 2 + 2", "= 2 + 3 # ~ \\ ok", "= 2 + 4"), texts(choices));
        assertEquals(
                "Betul: lima\nbaris baru",
                choices.get(1).feedback().orElseThrow().indonesian());
    }

    @Test
    void htmlBecomesPlainTextAndWhatIsLostIsReported() {
        String gift =
                """
                ::Tautan::[html]<p>Buka <a href="https://cekfakta.com">situs ini</a>?<script>alert('x')</script></p>
                <style>p \\{color: red\\}</style><p><b>Ingat</b>: <img src="@@PLUGINFILE@@/a.png" alt="a">
                periksa &amp; pikir.<br>Baris dua.</p>
                <iframe src="https://contoh.id"></iframe><a href="javascript:alert(1)">klik</a>{
                =<p>Ya</p>#<p onclick\\="alert(1)">Betul</p>
                ~Tidak
                }
                """;

        GiftImport result = convert(gift);

        Question question = GiftCourse.read(result.quizYaml()).questions().get(0);
        assertEquals(
                "Buka situs ini (https://cekfakta.com)?\n\nIngat: periksa & pikir.\nBaris dua.\nklik", text(question));
        assertEquals(List.of("Ya", "Tidak"), texts(choicesOf(question)));
        assertEquals(
                "Betul", choicesOf(question).get(0).feedback().orElseThrow().indonesian());
        assertFalse(result.quizYaml().contains("<"), result.quizYaml());
        assertEquals(List.of("gift.htmlRemoved:1", "gift.formatting:1", "gift.image:1"), keysAndLines(result));
        assertEquals(
                "a href, iframe, onclick, script, style",
                result.problems().get(0).arguments().get(1));
        assertEquals("b", result.problems().get(1).arguments().get(1));
        assertEquals(
                "@@PLUGINFILE@@/a.png", result.problems().get(2).arguments().get(1));
    }

    @Test
    void htmlIsStrippedWhateverTheFormatSaysAndLineBreaksStay() {
        GiftImport moodle = convert("Apa ini?<script>alert(1)</script>\nBaris kedua.{T}");
        GiftImport plain = convert("[plain]Teks <b>tebal</b> &amp; biasa{T}");
        GiftImport markdownQuiz =
                convert("::Q1::[markdown]Who's buried in **Grant's tomb**?{~Grant ~Jefferson =no one}");
        Question markdown = GiftCourse.read(markdownQuiz.quizYaml()).questions().get(0);

        assertEquals(
                "Apa ini?\nBaris kedua.",
                text(GiftCourse.read(moodle.quizYaml()).questions().get(0)));
        assertEquals(List.of("gift.htmlRemoved:1"), keysAndLines(moodle));
        assertEquals(
                "Teks tebal & biasa",
                text(GiftCourse.read(plain.quizYaml()).questions().get(0)));
        assertEquals(List.of("gift.formatting:1"), keysAndLines(plain));
        assertEquals("Who's buried in **Grant's tomb**?", text(markdown), "Markdown is kept as written");
        assertEquals(List.of("gift.markdown:1"), keysAndLines(markdownQuiz), "and reported");
    }

    @Test
    void markdownThatStudentsWouldSeeAsStrayMarksIsReported() {
        GiftImport marked = convert("::M::[markdown]Mana yang **hoaks**? Lihat [cekfakta](https://cekfakta.com){T}");
        GiftImport clean = convert("::B::[markdown]Sebuah kalimat biasa, tanpa tanda.{T}");
        GiftImport moodle = convert("::S::Bintang **dua** di teks Moodle biasa.{T}");

        assertEquals(List.of("gift.markdown:1"), keysAndLines(marked));
        assertEquals(List.of("M", "** [](…)"), marked.problems().getFirst().arguments());
        assertEquals(List.of(), keysAndLines(clean));
        assertEquals(List.of(), keysAndLines(moodle), "only texts marked [markdown] are meant as Markdown");
    }

    @Test
    void textsThatLookLikeYamlSurviveExactly() {
        String tricky = "Kutip \"ganda\" dan 'tunggal', garis \\\\ miring, kunci: nilai, # bukan komentar,"
                + " --- - [daftar] *alias !tag %persen | > @ ` ?";
        Question question = only(tricky + " {=\"ya\": benar ~- tidak}");

        assertEquals(
                "Kutip \"ganda\" dan 'tunggal', garis \\ miring, kunci: nilai, # bukan komentar,"
                        + " --- - [daftar] *alias !tag %persen | > @ ` ?",
                text(question));
        assertEquals(List.of("\"ya\": benar", "- tidak"), texts(choicesOf(question)));
    }

    // --- Ids, categories, Moodle metadata ------------------------------------------------------

    @Test
    void idsComeFromTitlesAndAreUnique() {
        String gift =
                """
                ::Q1:: 1+1=2 {T}

                ::Q1::[markdown]Who's buried in **Grant's tomb**?{~Grant ~Jefferson =no one}

                ::Kata Sandi — Ciri Kuat & Aman (Bagian 1)::Kata sandi 123456 kuat.{F}

                Tanpa judul.{T}

                ::%%%::Judul tanpa huruf.{T}

                ::%%s::Judul sangat panjang.{T}
                """
                        .replace("%%s", "Judul ".repeat(20));

        Quiz quiz = GiftCourse.read(convert(gift).quizYaml());

        assertEquals(
                List.of(
                        "q1",
                        "q1-2",
                        "kata-sandi-ciri-kuat-aman-bagian-1",
                        "q-4",
                        "q-5",
                        "judul-judul-judul-judul-judul-judul-judul-judul-judul-judul-judu"),
                quiz.questions().stream().map(Question::id).toList());
    }

    @Test
    void uniqueIdsStayWithin64Characters() {
        Set<String> used = new HashSet<>();
        String title = "a".repeat(70);

        assertEquals("a".repeat(64), GiftImporter.uniqueId(title, 1, used));
        assertEquals("a".repeat(62) + "-2", GiftImporter.uniqueId(title, 2, used));
        assertEquals("e-mail-aman", GiftImporter.slug("  E-mail amán!  "));
    }

    @Test
    void categoriesAreKeptAsComments() {
        GiftImport result = convert("$CATEGORY: $course$/top/Hoaks\n\n::Q1:: 1+1=2 {T}\n");

        assertTrue(result.isComplete(), () -> describe(result.problems()));
        assertTrue(result.quizYaml().contains("  # $CATEGORY: $course$/top/Hoaks\n"), result.quizYaml());
        assertEquals(1, GiftCourse.read(result.quizYaml()).questions().size());
    }

    @Test
    void aQuestionRightUnderACategoryLineIsStillImported() {
        GiftImport result = convert("$CATEGORY: Hoaks\n::Q1:: 1+1=2 {T}\n");

        assertEquals(1, result.questionCount());
        assertEquals(List.of(), keysAndLines(result));
    }

    @Test
    void moodleIdNumbersAndTagsAreReported() {
        String gift =
                """
                // question: 1041  name: Ciri hoaks
                // [id:HOAKS-01]
                // [tag:hoaks] [tag:kelas 8]
                ::Ciri hoaks::Hoaks memancing emosi.{T}
                """;

        GiftImport result = convert(gift);

        assertEquals(List.of("gift.idNumber:4", "gift.tags:4"), keysAndLines(result));
        assertEquals(
                List.of("Ciri hoaks", "HOAKS-01", "ciri-hoaks"),
                result.problems().get(0).arguments());
        assertEquals(
                List.of("Ciri hoaks", "hoaks, kelas 8"),
                result.problems().get(1).arguments());
    }

    @Test
    void theQuizNeedsAValidIdAndATitle() {
        assertThrows(IllegalArgumentException.class, () -> importer.convert("{T}", "Kuis 1", "Kuis"));
        assertThrows(IllegalArgumentException.class, () -> importer.convert("{T}", "kuis-1", " "));
    }

    // --- Whole files ---------------------------------------------------------------------------

    @Test
    void theExamplesOfMoodlesDocumentation() {
        String gift = fixture("moodle-docs.gift");

        GiftImport result = importer.convert("contoh.gift", gift, "kuis-contoh-moodle", "Contoh dari Moodle");

        Quiz quiz = GiftCourse.read(result.quizYaml());
        assertEquals(25, result.questionCount());
        assertEquals(25, quiz.questions().size());
        int nazareth = line(gift, "::Jesus' hometown:: Jesus");
        assertEquals(
                List.of(
                        "gift.numerical:" + line(gift, "{#1822:5}"),
                        "gift.numerical:" + line(gift, "{#3.1415:0.0005}"),
                        "gift.numerical:" + line(gift, "{#3.141..3.142}"),
                        "gift.numerical:" + line(gift, "When was Ulysses S. Grant born? {#"),
                        "gift.answerFeedback:" + line(gift, "=no one#excellent answer!"),
                        "gift.answerFeedback:" + line(gift, "=nobody#excellent answer too!"),
                        "gift.answerFeedback:" + line(gift, "=Nazareth#Yes!", nazareth),
                        "gift.answerCredit:" + line(gift, "=%75%Nazereth"),
                        "gift.answerCredit:" + line(gift, "=%25%Bethlehem"),
                        "gift.formatting:" + line(gift, "::Grant's tomb::[html]"),
                        "gift.markdown:" + line(gift, "::Q1::[markdown]"),
                        "gift.description:" + line(gift, "You can use your pencil"),
                        "gift.numerical:" + line(gift, "::Q5::"),
                        "gift.numerical:" + line(gift, "::Q6::"),
                        "gift.numerical:" + line(gift, "::Q7::"),
                        "gift.essay:" + line(gift, "::Q8::")),
                keysAndLines(result));
        assertTrue(result.problems().stream().allMatch(p -> p.file().equals("contoh.gift")));
        assertEquals(
                List.of(
                        "single",
                        "single",
                        "single",
                        "single",
                        "short-answer",
                        "short-answer",
                        "true-false",
                        "true-false",
                        "matching",
                        "single",
                        "short-answer",
                        "true-false",
                        "single",
                        "single",
                        "short-answer",
                        "multiple",
                        "single",
                        "short-answer",
                        "single",
                        "single",
                        "single",
                        "true-false",
                        "single",
                        "short-answer",
                        "matching"),
                quiz.questions().stream().map(Question::type).toList());
        assertEquals(
                List.of("kanji-origin", "thanksgiving-date", "grants-tomb", "q1", "q1-2", "q2", "q3", "q4"),
                quiz.questions().stream()
                        .map(Question::id)
                        .filter(id -> !id.startsWith("q-") && !id.startsWith("jesus"))
                        .toList());
        Question kanji = quiz.question("kanji-origin").orElseThrow();
        assertEquals("Japanese characters originally\ncame from what country?", text(kanji));
        assertEquals(
                "Who's buried in Grant's tomb?",
                text(quiz.question("grants-tomb").orElseThrow()));
        Question spectrum = quiz.question("q2").orElseThrow();
        assertEquals(
                List.of("right; good!", "wrong, it's yellow", "wrong, it's yellow"), feedback(choicesOf(spectrum)));
        assertEquals("Two plus _____ equals four.", text(quiz.question("q3").orElseThrow()));
        assertTrue(result.quizYaml().contains("# $CATEGORY: $course$/top/GIFT examples"));
    }

    @Test
    void aDigitalLiteracyQuizExportedFromMoodle() {
        String gift = fixture("literasi-digital.gift");

        GiftImport result = convert(gift);

        Quiz quiz = GiftCourse.read(result.quizYaml());
        assertEquals(
                List.of(
                        "ciri-hoaks",
                        "langkah-memeriksa",
                        "foto-lama",
                        "situs-cek-fakta",
                        "istilah",
                        "tahun-uu-ite",
                        "kata-sandi-mana-yang-kuat",
                        "tautan-hadiah"),
                quiz.questions().stream().map(Question::id).toList());

        Question hoax = quiz.question("ciri-hoaks").orElseThrow();
        assertEquals(
                "Pesan berantai di grup keluarga berbunyi \"SEBARKAN SEGERA!!\". Ciri hoaks apa yang paling tampak?",
                text(hoax));
        assertEquals("Memancing emosi agar langsung dibagikan", rightChoice(hoax));
        assertEquals(
                "Betul. Desakan untuk segera menyebarkan adalah tanda bahaya.",
                choicesOf(hoax).get(0).feedback().orElseThrow().indonesian());

        List<Choice> steps = choicesOf(quiz.question("langkah-memeriksa").orElseThrow());
        assertEquals(List.of(50, 50, -100, 0), weights(steps));
        assertEquals(List.of(true, true, false, false), correct(steps));

        Question photo = quiz.question("foto-lama").orElseThrow();
        TrueFalse oldPhoto = (TrueFalse) photo.definition();
        assertTrue(oldPhoto.answer());
        assertEquals("Betul!", oldPhoto.feedbackTrue().orElseThrow().indonesian());
        assertEquals(
                "Coba lagi. Banyak hoaks memakai foto lama.",
                oldPhoto.feedbackFalse().orElseThrow().indonesian());
        assertEquals(
                "Gunakan pencarian gambar terbalik untuk menemukan asal foto.",
                photo.explanation().orElseThrow().indonesian());

        assertEquals(
                List.of("turnbackhoax.id", "turnbackhoax"),
                ((ShortAnswer) quiz.question("situs-cek-fakta").orElseThrow().definition()).accepted());
        Matching terms = (Matching) quiz.question("istilah").orElseThrow().definition();
        assertEquals(3, terms.pairs().size());
        assertEquals(
                "Informasi benar yang bermanfaat", terms.distractors().get(0).indonesian());
        assertEquals(
                List.of("2008"),
                ((ShortAnswer) quiz.question("tahun-uu-ite").orElseThrow().definition()).accepted());

        Question password = quiz.question("kata-sandi-mana-yang-kuat").orElseThrow();
        assertEquals("Kalimat panjang seperti Kopi#Pagi~Hujan=2024{ok}", rightChoice(password));
        assertEquals(
                "Panjang dan acak: sulit ditebak.",
                choicesOf(password).get(2).feedback().orElseThrow().indonesian());

        assertEquals(
                "Pesan ini berisi tautan hadiah pulsa (http://bit.ly/hadiah-pulsa). Apa yang sebaiknya dilakukan?",
                text(quiz.question("tautan-hadiah").orElseThrow()));

        int hoaxLine = line(gift, "::Ciri hoaks::");
        int linkLine = line(gift, "::Tautan hadiah::");
        assertEquals(
                List.of(
                        "gift.formatting:" + hoaxLine,
                        "gift.idNumber:" + hoaxLine,
                        "gift.tags:" + hoaxLine,
                        "gift.numericalAsShortAnswer:" + line(gift, "::Tahun UU ITE::"),
                        "gift.htmlRemoved:" + linkLine,
                        "gift.image:" + linkLine,
                        "gift.numerical:" + line(gift, "::Persentase::"),
                        "gift.essay:" + line(gift, "::Refleksi::"),
                        "gift.description:" + line(gift, "::Bacaan::")),
                keysAndLines(result));
        assertTrue(result.quizYaml().contains("# $CATEGORY: $course$/top/Literasi Digital/Hoaks"));
    }

    @Test
    void everyProblemReadsInBothLanguages() {
        GiftImport result = convert(fixture("literasi-digital.gift"));

        for (Problem problem : result.problems()) {
            for (Locale locale : List.of(GiftCourse.INDONESIAN, Locale.ENGLISH)) {
                String message = problem.message(locale);
                assertFalse(message.contains("{"), message);
                assertFalse(message.isBlank());
            }
        }
    }

    @Test
    void whateverTheInputTheQuizFileIsValid() {
        List<String> pieces = List.of(
                "::Judul::",
                "::",
                "Teks",
                " ",
                "\n",
                "\n\n",
                "{",
                "}",
                "=",
                "~",
                "#",
                "####",
                "->",
                "%50%",
                "%-150%",
                "%33.3%",
                "T",
                "FALSE",
                "\\",
                "\\=",
                "\\{",
                "\\n",
                "[html]",
                "[markdown]",
                "<b>",
                "</p>",
                "<script>x",
                "&amp;",
                "\"",
                "'",
                ": ",
                "- ",
                "$CATEGORY: a",
                "// [tag:x]",
                "*",
                "1822",
                ":0",
                "..",
                "\u2028",
                "\u0007",
                "\uFDD0",
                "é");
        Random random = new Random(20240601);
        for (int round = 0; round < 300; round++) {
            StringBuilder gift = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                gift.append(pieces.get(random.nextInt(pieces.size())));
            }

            GiftImport result = convert(gift.toString());

            if (result.questionCount() > 0) {
                assertEquals(
                        result.questionCount(),
                        GiftCourse.read(result.quizYaml()).questions().size());
            } else {
                assertTrue(keysAndLines(result).contains("gift.nothingImported:0"), gift::toString);
            }
        }
    }

    // --- Helpers -----------------------------------------------------------------------------

    private GiftImport convert(String gift) {
        return importer.convert(gift, "kuis-impor", "Kuis hasil impor");
    }

    /** Converts a single question that must come over without any problem, and reads it back. */
    private Question only(String gift) {
        GiftImport result = convert(gift);
        assertTrue(result.problems().isEmpty(), () -> describe(result.problems()) + "\n" + result.quizYaml());
        Quiz quiz = GiftCourse.read(result.quizYaml());
        assertEquals(1, quiz.questions().size());
        return quiz.questions().get(0);
    }

    private void assertNotImported(String gift, String key, int line) {
        GiftImport result = convert(gift);
        assertEquals(0, result.questionCount(), result.quizYaml());
        assertTrue(
                keysAndLines(result).contains(key + ":" + line),
                () -> "expected " + key + ":" + line + ", got:\n" + describe(result.problems()));
    }

    private static Problem single(GiftImport result, String key) {
        List<Problem> found =
                result.problems().stream().filter(p -> p.key().equals(key)).toList();
        assertEquals(1, found.size(), () -> describe(result.problems()));
        return found.get(0);
    }

    private static List<String> keysAndLines(GiftImport result) {
        return result.problems().stream().map(p -> p.key() + ":" + p.line()).toList();
    }

    private static List<String> accepted(GiftImport result) {
        Question question = GiftCourse.read(result.quizYaml()).questions().get(0);
        return ((ShortAnswer) question.definition()).accepted();
    }

    private static String text(Question question) {
        return question.text().indonesian();
    }

    private static List<Choice> choicesOf(Question question) {
        return question.definition() instanceof SingleChoice single
                ? single.choices()
                : ((MultipleResponse) question.definition()).choices();
    }

    private static String rightChoice(Question question) {
        return choicesOf(question).stream()
                .filter(Choice::correct)
                .findFirst()
                .orElseThrow()
                .text()
                .indonesian();
    }

    private static List<String> texts(List<Choice> choices) {
        return choices.stream().map(c -> c.text().indonesian()).toList();
    }

    private static List<Boolean> correct(List<Choice> choices) {
        return choices.stream().map(Choice::correct).toList();
    }

    private static List<Integer> weights(List<Choice> choices) {
        return choices.stream().map(c -> c.weight().orElseThrow()).toList();
    }

    private static List<String> feedback(List<Choice> choices) {
        return choices.stream()
                .map(c -> c.feedback().map(LocalizedText::indonesian).orElse(""))
                .toList();
    }
}

package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.chatthread.ChatMessage;
import id.saring.catalog.question.chatthread.ChatThread;
import id.saring.catalog.question.findinpicture.FindInPicture;
import id.saring.catalog.question.hoaxpost.HoaxPost;
import id.saring.catalog.question.hoaxpost.MarkedText;
import id.saring.catalog.question.hoaxpost.Segment;
import id.saring.catalog.question.matching.Matching;
import id.saring.catalog.question.ordering.Ordering;
import id.saring.catalog.question.shortanswer.ShortAnswer;
import id.saring.catalog.question.truefalse.TrueFalse;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problems;
import id.saring.infrastructure.i18n.Messages;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Worksheets and keys of the shipped courses, read back as text. Line breaks fall anywhere, so
 * texts are compared with all white space removed.
 */
class WorksheetsTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private static Course saring;
    private static Course etika;

    @BeforeAll
    static void readCourses() throws IOException {
        saring = read("saring-sebelum-sharing");
        etika = read("etika-digital");
    }

    /** Hoax posts only (chat and social); every type; posts with handles, headlines and captions; emoji. */
    static Stream<Arguments> quizzes() {
        List<Arguments> quizzes = new ArrayList<>();
        for (Locale locale : List.of(INDONESIAN, Locale.ENGLISH)) {
            quizzes.add(Arguments.of("saring-sebelum-sharing", "pra-tes", locale));
            quizzes.add(Arguments.of("saring-sebelum-sharing", "kekacauan-informasi", locale));
            quizzes.add(Arguments.of("saring-sebelum-sharing", "grup-dan-gelembung", locale));
            quizzes.add(Arguments.of("etika-digital", "jejak-digital-dan-privasi", locale));
            quizzes.add(Arguments.of("saring-sebelum-sharing", "menilai-bukti", locale));
        }
        return quizzes.stream();
    }

    @Test
    void theQuizzesTestedHoldEveryQuestionType() {
        Set<String> types = quizzes()
                .flatMap(a -> quiz((String) a.get()[0], (String) a.get()[1]).questions().stream())
                .map(Question::type)
                .collect(Collectors.toSet());

        assertEquals(
                Set.of(
                        "single",
                        "multiple",
                        "true-false",
                        "matching",
                        "ordering",
                        "short-answer",
                        "hoax-post",
                        "chat-thread",
                        "find-in-picture"),
                types);
    }

    @ParameterizedTest(name = "{0}/{1} {2}")
    @MethodSource("quizzes")
    void theWorksheetAsksEveryQuestionAndGivesNoAnswerAway(String course, String module, Locale locale) {
        Quiz quiz = quiz(course, module);

        String sheet = text(Worksheets.worksheet(course(course), quiz, locale));

        assertContains(sheet, quiz.title().inLocale(locale));
        assertContains(sheet, Messages.text(locale, "worksheet.name"));
        for (Question question : quiz.questions()) {
            assertContains(sheet, question.text().inLocale(locale));
            for (LocalizedText shown : shown(question)) {
                assertContains(sheet, shown.inLocale(locale));
            }
            for (LocalizedText hidden : answersOnly(question)) {
                // Short texts such as "Betul." could be printed for other reasons.
                if (hidden.inLocale(locale).length() >= 20) {
                    assertLacks(sheet, hidden.inLocale(locale));
                }
            }
        }
        assertLacks(sheet, Messages.text(locale, "worksheet.key.answer"));
        assertLacks(sheet, Messages.text(locale, "worksheet.key.title"));
    }

    @ParameterizedTest(name = "{0}/{1} {2}")
    @MethodSource("quizzes")
    void theKeyGivesEveryAnswerAndExplanation(String course, String module, Locale locale) {
        Quiz quiz = quiz(course, module);

        String key = text(Worksheets.answerKey(course(course), quiz, locale));

        assertContains(key, Messages.text(locale, "worksheet.key.title"));
        for (Question question : quiz.questions()) {
            assertContains(key, question.text().inLocale(locale));
            question.explanation().ifPresent(explanation -> assertContains(key, explanation.inLocale(locale)));
            for (Choice choice : question.definition().choices()) {
                if (choice.correct()) {
                    assertContains(key, choice.text().inLocale(locale));
                }
            }
            if (question.definition() instanceof HoaxPost hoax) {
                hoax.redFlags()
                        .forEach(flag -> assertContains(key, flag.explanation().inLocale(locale)));
                assertContains(
                        key,
                        Messages.text(locale, "worksheet.key.answer")
                                + Messages.text(
                                        locale,
                                        "quiz.hoax.verdict." + hoax.verdict().word()));
            }
            if (question.definition() instanceof FindInPicture picture) {
                picture.regions()
                        .forEach(region ->
                                assertContains(key, region.explanation().inLocale(locale)));
                assertContains(
                        key,
                        Messages.text(locale, "worksheet.key.answer")
                                + String.join(
                                        ",",
                                        picture.manipulations().stream()
                                                .map(picture::letter)
                                                .toList()));
            }
            if (question.definition() instanceof ShortAnswer shortAnswer) {
                shortAnswer.accepted().forEach(accepted -> assertContains(key, accepted));
            }
            if (question.definition() instanceof TrueFalse trueFalse) {
                assertContains(
                        key,
                        Messages.text(locale, "worksheet.key.answer")
                                + Messages.text(
                                        locale, trueFalse.answer() ? "quiz.truefalse.true" : "quiz.truefalse.false"));
            }
        }
        long markers = occurrences(key, Messages.text(locale, "worksheet.key.answer"));
        assertEquals(quiz.questions().size(), markers, "one answer line per question");
    }

    @Test
    void numbersAndLettersAreTheSameOnTheWorksheetAndTheKeyInEveryLanguage() {
        Quiz quiz = quiz("saring-sebelum-sharing", "grup-dan-gelembung");
        String answer = Messages.text(INDONESIAN, "worksheet.key.answer");
        String sheet = text(Worksheets.worksheet(saring, quiz, INDONESIAN));
        String key = text(Worksheets.answerKey(saring, quiz, INDONESIAN));
        String englishSheet = text(Worksheets.worksheet(saring, quiz, Locale.ENGLISH));
        List<String> correctLetters = new ArrayList<>();

        for (Question question : quiz.questions()) {
            if (question.definition() instanceof Matching matching) {
                for (int i = 0; i < matching.pairs().size(); i++) {
                    String letter =
                            letterBefore(sheet, matching.pairs().get(i).right().indonesian());
                    assertContains(key, (i + 1) + "–" + letter);
                }
            } else if (question.definition() instanceof Ordering ordering) {
                for (int i = 0; i < ordering.steps().size(); i++) {
                    String letter = letterBefore(sheet, ordering.steps().get(i).indonesian());
                    assertContains(key, letter + "=" + (i + 1));
                }
            } else if (question.definition() instanceof HoaxPost hoax) {
                for (Segment segment : hoax.segments()) {
                    String part = hoax.segmentText(segment.id()).orElseThrow();
                    Matcher numbered = Pattern.compile(Pattern.quote(squeeze(part)) + "(\\[\\d+])")
                            .matcher(squeeze(sheet));
                    assertTrue(numbered.find(), () -> "numbered on the sheet: " + part);
                    assertContains(key, numbered.group(1) + part);
                }
            }
            for (Choice choice : question.definition().choices()) {
                String letter = letterBefore(sheet, choice.text().indonesian());
                assertEquals(letter, letterBefore(englishSheet, choice.text().in("en")), "same letters in English");
                if (choice.correct()) {
                    assertContains(key, letter + choice.text().indonesian());
                    correctLetters.add(letter);
                }
            }
        }
        assertContains(key, answer + "Hoaks");
        assertNotEquals(Set.of("A"), Set.copyOf(correctLetters), "shuffled choices: the answer is not always A");
    }

    @Test
    void stepsAreNeverPrintedInTheRightOrder() {
        for (int size = 2; size <= 8; size++) {
            for (int seed = 0; seed < 200; seed++) {
                List<Integer> order = Worksheets.scrambled(size, "q" + seed + "/steps", size);
                assertNotEquals(IntStream.range(0, size).boxed().toList(), order, size + " steps, seed " + seed);
                assertEquals(
                        IntStream.range(0, size).boxed().toList(),
                        order.stream().sorted().toList(),
                        "every step once");
            }
        }
        for (Course course : List.of(saring, etika)) {
            for (var module : course.modules()) {
                Quiz quiz = module.quiz().orElseThrow();
                String sheet = squeeze(text(Worksheets.worksheet(course, quiz, INDONESIAN)));
                for (Question question : quiz.questions()) {
                    if (question.definition() instanceof Ordering ordering) {
                        int from = sheet.indexOf(squeeze(question.text().indonesian()));
                        List<Integer> printedAt = ordering.steps().stream()
                                .map(step -> sheet.indexOf(squeeze(step.indonesian()), from))
                                .toList();
                        assertFalse(printedAt.contains(-1), question.id());
                        assertNotEquals(printedAt.stream().sorted().toList(), printedAt, question.id());
                    }
                }
            }
        }
    }

    @Test
    void englishSheetsSpeakEnglish() {
        Quiz quiz = quiz("saring-sebelum-sharing", "grup-dan-gelembung");

        String sheet = text(Worksheets.worksheet(saring, quiz, Locale.ENGLISH));
        String key = text(Worksheets.answerKey(saring, quiz, Locale.ENGLISH));

        assertContains(sheet, "Name:");
        assertContains(sheet, "Circle the letter of the best answer.");
        assertContains(sheet, "Chat groups and information bubbles quiz");
        assertLacks(sheet, "Nama:");
        assertContains(key, "Answer key");
        assertContains(key, "Answer:A hoax");
        for (Question question : quiz.questions()) {
            assertLacks(sheet, question.text().indonesian());
            assertLacks(key, question.text().indonesian());
        }
    }

    @Test
    void emojiArePrintedAsTheirNames() {
        assertEquals("(face with tears of joy ×3) bikin stiker", Worksheets.printable("😂😂😂 bikin stiker"));
        assertEquals("Oke (thumbs up sign)", Worksheets.printable("Oke 👍\uFE0F"));
        assertEquals("Kalimat biasa — “kutipan” …", Worksheets.printable("Kalimat biasa — “kutipan” …"));

        Quiz quiz = quiz("etika-digital", "jejak-digital-dan-privasi");
        String sheet = text(Worksheets.worksheet(etika, quiz, INDONESIAN));

        assertContains(sheet, "Lala tidur mangap di bus (face with tears of joy) [foto]");
    }

    @Test
    void withoutTheCourseTechniquesAreNamedByTheirTag() {
        Quiz quiz = quiz("saring-sebelum-sharing", "grup-dan-gelembung");

        String key = text(Worksheets.answerKey("Saring Sebelum Sharing", quiz, INDONESIAN));
        String sheet = text(Worksheets.worksheet("Saring Sebelum Sharing", quiz, INDONESIAN));

        assertContains(key, Messages.text(INDONESIAN, "worksheet.key.technique") + "emosi");
        assertContains(sheet, "Saring Sebelum Sharing");
        assertLacks(sheet, Messages.text(INDONESIAN, "worksheet.techniques"));
    }

    // ---- what each question shows students, and what only the key may show ----

    private static List<LocalizedText> shown(Question question) {
        List<LocalizedText> shown = new ArrayList<>();
        question.definition().choices().forEach(c -> shown.add(c.text()));
        if (question.definition() instanceof Matching matching) {
            matching.pairs().forEach(p -> shown.add(p.left()));
            shown.addAll(matching.rights());
        } else if (question.definition() instanceof Ordering ordering) {
            shown.addAll(ordering.steps());
        } else if (question.definition() instanceof HoaxPost hoax) {
            for (MarkedText text : hoax.post().texts()) {
                for (MarkedText.Part part : text.parts()) {
                    shown.add(LocalizedText.indonesian(part.text()));
                }
            }
        } else if (question.definition() instanceof FindInPicture picture) {
            picture.regions().forEach(r -> shown.add(r.label()));
        } else if (question.definition() instanceof ChatThread thread) {
            shown.add(LocalizedText.indonesian(thread.group()));
            for (ChatMessage message : thread.messages()) {
                shown.add(LocalizedText.indonesian(message.from()));
                shown.add(message.text());
            }
        }
        return shown;
    }

    private static List<LocalizedText> answersOnly(Question question) {
        List<LocalizedText> hidden = new ArrayList<>();
        question.explanation().ifPresent(hidden::add);
        question.definition().choices().forEach(c -> c.feedback().ifPresent(hidden::add));
        if (question.definition() instanceof HoaxPost hoax) {
            hoax.segments().forEach(s -> hidden.add(s.explanation()));
        } else if (question.definition() instanceof FindInPicture picture) {
            picture.regions().forEach(r -> hidden.add(r.explanation()));
        } else if (question.definition() instanceof TrueFalse trueFalse) {
            trueFalse.feedbackTrue().ifPresent(hidden::add);
            trueFalse.feedbackFalse().ifPresent(hidden::add);
        }
        return hidden;
    }

    // ---- helpers ----

    private static Course read(String folder) throws IOException {
        Problems problems = new Problems();
        Optional<Course> course = new CourseReader(SampleCourse.vocabulary())
                .read(CourseFiles.folder(Path.of("courses", folder)), path -> path, problems);
        assertTrue(problems.isEmpty(), () -> folder + ": " + problems.all());
        return course.orElseThrow();
    }

    private static Course course(String folder) {
        return folder.equals("etika-digital") ? etika : saring;
    }

    /** The quiz as printed: one form of a test given in forms. */
    private static Quiz quiz(String folder, String module) {
        return Worksheets.onPaper(
                course(folder),
                course(folder).module(module).orElseThrow().quiz().orElseThrow());
    }

    /** A picture question prints its picture on the worksheet, and again in the key beside the letters. */
    @Test
    void picturesArePrintedAsImages() throws IOException {
        Quiz quiz = quiz("saring-sebelum-sharing", "menilai-bukti");
        long pictures = quiz.questions().stream()
                .filter(q -> q.type().equals("find-in-picture"))
                .count();

        assertTrue(pictures >= 2, "picture questions in the quiz: " + pictures);
        assertEquals(pictures, images(Worksheets.worksheet(saring, quiz, INDONESIAN)));
        assertEquals(pictures, images(Worksheets.answerKey(saring, quiz, Locale.ENGLISH)));
    }

    /** The images a PDF holds. */
    private static long images(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        long images = 0;
        for (int i = 0; i < reader.getXrefSize(); i++) {
            if (reader.getPdfObject(i) instanceof PRStream stream
                    && PdfName.IMAGE.equals(stream.get(PdfName.SUBTYPE))) {
                images++;
            }
        }
        return images;
    }

    @Test
    void aTestInFormsPrintsTheFormOfTheFirstOrder() {
        Quiz pre = quiz("saring-sebelum-sharing", "pra-tes");
        Quiz post = quiz("saring-sebelum-sharing", "pasca-tes");

        assertEquals(20, pre.questions().size());
        assertTrue(
                pre.questions().stream().allMatch(q -> q.id().startsWith("pra-")),
                pre.questions().toString());
        assertTrue(
                post.questions().stream().allMatch(q -> q.id().startsWith("pasca-")),
                post.questions().toString());
    }

    /** The letter printed just before {@code text}: the one box or label in front of it. */
    private static String letterBefore(String pdfText, String text) {
        String squeezed = squeeze(pdfText);
        String wanted = squeeze(text);
        List<String> letters = IntStream.range(0, 26)
                .mapToObj(i -> String.valueOf((char) ('A' + i)))
                .filter(letter -> squeezed.contains(letter + wanted) || squeezed.contains(letter + "." + wanted))
                .toList();
        assertEquals(1, letters.size(), () -> "one letter before " + text + ": " + letters);
        return letters.get(0);
    }

    private static String text(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String squeeze(String text) {
        return Worksheets.printable(text).replaceAll("[\\s\\u00a0]+", "");
    }

    private static long occurrences(String pdfText, String what) {
        String squeezed = squeeze(pdfText);
        String wanted = squeeze(what);
        return (squeezed.length() - squeezed.replace(wanted, "").length()) / wanted.length();
    }

    private static void assertContains(String pdfText, String expected) {
        assertTrue(squeeze(pdfText).contains(squeeze(expected)), () -> "missing: " + expected + "\n---\n" + pdfText);
    }

    private static void assertLacks(String pdfText, String unexpected) {
        assertFalse(
                squeeze(pdfText).contains(squeeze(unexpected)),
                () -> "should not print: " + unexpected + "\n---\n" + pdfText);
    }
}

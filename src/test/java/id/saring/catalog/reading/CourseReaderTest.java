package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Lesson;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.content.QuizSettings;
import id.saring.catalog.question.hoaxpost.HoaxPost;
import id.saring.catalog.question.hoaxpost.Verdict;
import id.saring.catalog.question.single.SingleChoice;
import id.saring.catalog.question.truefalse.TrueFalse;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CourseReaderTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final CourseReader reader = new CourseReader(SampleCourse.vocabulary());

    @Test
    void readsAValidCourseWithEveryQuestionType() {
        Problems problems = new Problems();

        Optional<Course> read =
                reader.read(CourseFiles.of("contoh", SampleCourse.files()), path -> "/media/" + path, problems);

        assertTrue(problems.isEmpty(), () -> describe(problems));
        Course course = read.orElseThrow();
        assertEquals("contoh-kursus", course.id());
        assertEquals("Sample Course", course.title().in("en"));
        assertEquals("Kursus Contoh", course.title().in("fr"), "missing languages fall back to Indonesian");
        Lesson lesson = course.modules().get(0).lessons().get(0);
        assertEquals("What is a hoax?", lesson.title().in("en"));
        assertEquals(
                "Tell misinformation from disinformation",
                lesson.objectives().get(0).in("en"));
        assertTrue(lesson.html().in("id").contains("<strong>sengaja</strong>"));
        assertTrue(lesson.html().in("id").contains("src=\"/media/01-modul-satu/gambar/peta.png\""));
        assertTrue(lesson.html().in("id").contains("loading=\"lazy\""));
        assertTrue(lesson.html().in("id").contains("width=\"40\""));
        assertTrue(
                lesson.html().in("id").matches("(?s).*rel=\"(noopener noreferrer|noreferrer noopener)\".*"),
                "links do not leak the page");
        assertTrue(lesson.html().in("en").contains("<strong>on purpose</strong>"));
        Quiz quiz = course.modules().get(0).quiz().orElseThrow();
        assertEquals(
                List.of(
                        "single",
                        "multiple",
                        "true-false",
                        "matching",
                        "ordering",
                        "short-answer",
                        "hoax-post",
                        "chat-thread"),
                quiz.questions().stream().map(q -> q.type()).toList());
        assertEquals(3, quiz.settings().maxAttempts());
        assertEquals(QuizSettings.Feedback.IMMEDIATE, quiz.settings().feedback());
        assertInstanceOf(SingleChoice.class, quiz.questions().get(0).definition());
        assertTrue(((TrueFalse) quiz.questions().get(2).definition()).answer());
        HoaxPost post = (HoaxPost) quiz.question("q-unggahan").orElseThrow().definition();
        assertEquals(Verdict.HOAKS, post.verdict());
        assertEquals("seru", post.redFlags().get(0).id());
        assertEquals(8, course.questionCount());
        assertTrue(course.downloadBytes() > 0);
    }

    @Test
    void unknownQuestionType() {
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "type: matching", "type: menjodohkan"),
                "01-modul-satu/quiz.yaml",
                "question.unknownType");
    }

    @Test
    void missingCorrectAnswer() {
        assertProblem(
                replace(
                        "01-modul-satu/quiz.yaml",
                        "    correct: true\n        feedback: Betul, itu",
                        "    feedback: Betul, itu"),
                "01-modul-satu/quiz.yaml",
                "question.single.oneCorrect");
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "answers: [turnbackhoax.id, turnbackhoax]", "answers: []"),
                "01-modul-satu/quiz.yaml",
                "question.noCorrect");
    }

    @Test
    void duplicateIds() {
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "id: q-ganda", "id: q-tunggal"),
                "01-modul-satu/quiz.yaml",
                "yaml.duplicateId");
        assertProblem(
                files -> SampleCourse.put(files, "01-modul-satu/02-lagi.md", SampleCourse.LESSON),
                "01-modul-satu/02-lagi.md",
                "yaml.duplicateId");
    }

    @Test
    void brokenImageLink() {
        assertProblem(
                replace("01-modul-satu/01-apa-itu-hoaks.md", "gambar/peta.png", "gambar/peta-hilang.png"),
                "01-modul-satu/01-apa-itu-hoaks.md",
                "lesson.brokenImage");
    }

    @Test
    void imageFromTheInternetOrWithoutDescription() {
        assertProblem(
                replace("01-modul-satu/01-apa-itu-hoaks.md", "gambar/peta.png", "https://contoh.id/peta.png"),
                "01-modul-satu/01-apa-itu-hoaks.md",
                "lesson.externalImage");
        assertProblem(
                replace("01-modul-satu/01-apa-itu-hoaks.md", "![Peta penyebaran pesan]", "![]"),
                "01-modul-satu/01-apa-itu-hoaks.md",
                "lesson.imageWithoutAlt");
    }

    @Test
    void oversizedUnreadableAndSvgImages() {
        assertProblem(
                files -> files.put("01-modul-satu/gambar/peta.png", new byte[400 * 1024]),
                "01-modul-satu/gambar/peta.png",
                "image.tooBig");
        assertProblem(
                files -> files.put("01-modul-satu/gambar/peta.png", "bukan gambar".getBytes()),
                "01-modul-satu/gambar/peta.png",
                "image.unreadable");
        assertProblem(
                files -> SampleCourse.put(files, "gambar/logo.svg", "<svg onload=alert(1)></svg>"),
                "gambar/logo.svg",
                "image.svg");
    }

    @Test
    void unknownTag() {
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "tags: [teknik:emosi]", "tags: [teknik:emosional]"),
                "01-modul-satu/quiz.yaml",
                "tag.unknown");
        assertProblem(replace("course.yaml", "pilar:cakap", "cakap"), "course.yaml", "tag.unknown");
    }

    @Test
    void malformedFrontMatter() {
        assertProblem(
                replace("01-modul-satu/01-apa-itu-hoaks.md", "---\nid: apa-itu-hoaks", "id: apa-itu-hoaks"),
                "01-modul-satu/01-apa-itu-hoaks.md",
                "lesson.noFrontMatter");
        assertProblem(
                replace("01-modul-satu/01-apa-itu-hoaks.md", "tags: [pilar:cakap]\n---", "tags: [pilar:cakap]"),
                "01-modul-satu/01-apa-itu-hoaks.md",
                "lesson.unclosedFrontMatter");
        assertProblem(
                replace("01-modul-satu/01-apa-itu-hoaks.md", "minutes: 7", "minutes: tujuh"),
                "01-modul-satu/01-apa-itu-hoaks.md",
                "yaml.badNumber");
    }

    @Test
    void yamlSyntaxErrorsAreReportedWithTheirLine() {
        Problems problems = read(replace("course.yaml", "hours: 2", "hours: [2"));

        Problem syntax = find(problems, "course.yaml", "yaml.syntax.bracket");
        assertTrue(syntax.line() >= 8, "line " + syntax.line());
    }

    @Test
    void emojiAnywhereInAFileAreRead() {
        for (int padding = 1000; padding < 1030; padding++) {
            Map<String, byte[]> files = SampleCourse.files();
            String quiz = "# " + "x".repeat(padding) + "\n"
                    + SampleCourse.QUIZ.replace("SEBARKAN SEGERA!!", "SEBARKAN SEGERA!! \uD83D\uDE31");
            SampleCourse.put(files, "01-modul-satu/quiz.yaml", quiz);
            Problems problems = new Problems();

            reader.read(CourseFiles.of("contoh", files), p -> p, problems);

            int at = padding;
            assertTrue(problems.isEmpty(), () -> "padding " + at + ": " + describe(problems));
        }
    }

    @Test
    void typosInKeysAreNotIgnored() {
        Problems problems = read(replace(
                "01-modul-satu/quiz.yaml",
                "    correct: true\n        feedback: Betul, itu",
                "    corect: true\n        feedback: Betul, itu"));

        Problem typo = find(problems, "01-modul-satu/quiz.yaml", "yaml.unknownKey");
        assertTrue(typo.message(INDONESIAN).contains("corect"), typo.message(INDONESIAN));
        assertEquals(17, typo.line());
    }

    @Test
    void aKeyWithNothingAfterItsColonIsReportedAsMissing() {
        assertProblem(replace("course.yaml", "hours: 2", "hours:"), "course.yaml", "yaml.missing");
        assertProblem(
                replace("01-modul-satu/01-apa-itu-hoaks.md", "minutes: 7", "minutes:"),
                "01-modul-satu/01-apa-itu-hoaks.md",
                "yaml.missing");
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "answer: benar", "answer:"),
                "01-modul-satu/quiz.yaml",
                "question.noCorrect");
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "verdict: hoaks", "verdict:"),
                "01-modul-satu/quiz.yaml",
                "yaml.missing");
    }

    @Test
    void indonesianIsRequired() {
        assertProblem(replace("course.yaml", "  id: Kursus Contoh\n", ""), "course.yaml", "yaml.indonesianRequired");
    }

    @Test
    void hoaxPostSegmentsMustMatchTheirExplanations() {
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "[[seru|SEBARKAN SEGERA!!]]", "SEBARKAN SEGERA!!"),
                "01-modul-satu/quiz.yaml",
                "question.hoax.segmentUnmarked");
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "Air kelapa", "[[obat|Air kelapa]]"),
                "01-modul-satu/quiz.yaml",
                "question.hoax.segmentUnexplained");
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "[[seru|SEBARKAN SEGERA!!]]", "[[seru SEBARKAN SEGERA!!]]"),
                "01-modul-satu/quiz.yaml",
                "question.hoax.brokenMark");
        assertProblem(
                replace("01-modul-satu/quiz.yaml", "verdict: hoaks", "verdict: bohong"),
                "01-modul-satu/quiz.yaml",
                "yaml.badChoice");
    }

    @Test
    void filesThatBelongNowhereAndMissingDescriptors() {
        assertProblem(files -> SampleCourse.put(files, "catatan.docx", "x"), "catatan.docx", "file.unused");
        assertProblem(files -> files.remove("course.yaml"), "contoh", "course.noDescriptor");
        assertProblem(files -> files.remove("01-modul-satu/module.yaml"), "01-modul-satu", "module.noDescriptor");
    }

    @Test
    void preAndPostTestsNameQuizzesOfTheCourse() {
        Map<String, byte[]> files = SampleCourse.files();
        SampleCourse.put(files, "course.yaml", SampleCourse.COURSE + "pre-test: kuis-modul-satu\n");
        Problems problems = new Problems();

        Course course =
                reader.read(CourseFiles.of("contoh", files), p -> p, problems).orElseThrow();

        assertEquals(Optional.of("kuis-modul-satu"), course.preTest());
        assertProblem(
                replace("course.yaml", "tags: [pilar:cakap]", "tags: [pilar:cakap]\npre-test: kuis-hilang"),
                "course.yaml",
                "course.unknownTest");
        assertProblem(
                replace(
                        "course.yaml",
                        "tags: [pilar:cakap]",
                        "tags: [pilar:cakap]\npre-test: kuis-modul-satu\npost-test: kuis-modul-satu"),
                "course.yaml",
                "course.sameTest");
    }

    @Test
    void notesAndCodeBlocksWithALanguageAreFine() {
        Map<String, byte[]> files = SampleCourse.files();
        SampleCourse.put(files, "01-modul-satu/README.md", "Catatan untuk penulis.");
        SampleCourse.put(
                files, "01-modul-satu/01-apa-itu-hoaks.md", SampleCourse.LESSON + "\n```yaml\nid: contoh\n```\n");
        Problems problems = new Problems();

        Optional<Course> course = reader.read(CourseFiles.of("contoh", files), p -> p, problems);

        assertTrue(problems.isEmpty(), () -> describe(problems));
        assertTrue(course.orElseThrow()
                .modules()
                .get(0)
                .lessons()
                .get(0)
                .html()
                .in("id")
                .contains("class=\"language-yaml\""));
    }

    @Test
    void aModulesPlanIsReadAsItsPlanNotAsALesson() {
        Problems problems = new Problems();

        Course course = reader.read(
                        CourseFiles.of("contoh", SampleCourse.filesWithPlan()), path -> "/media/" + path, problems)
                .orElseThrow(() -> new AssertionError(describe(problems)));

        assertTrue(problems.isEmpty(), () -> describe(problems));
        Module module = course.modules().get(0);
        assertEquals(1, module.lessons().size(), "rencana.md is no lesson");
        String plan = module.plan().orElseThrow().in("id");
        assertTrue(plan.contains("<h1>Rencana pelajaran: Mengenal hoaks</h1>"), plan);
        assertTrue(plan.contains("<strong>membedakan</strong>"), plan);
        assertTrue(plan.contains("src=\"/media/01-modul-satu/gambar/peta.png\""), plan);
        assertTrue(module.plan().get().in("en").contains("<strong>tell</strong>"));
        assertTrue(
                reader.read(CourseFiles.of("contoh", SampleCourse.files()), p -> p, new Problems())
                        .orElseThrow()
                        .modules()
                        .get(0)
                        .plan()
                        .isEmpty(),
                "a plan is optional");
    }

    @Test
    void theEditorsPreviewRendersAPlanWholeWithoutAskingForFrontMatter() {
        Problems problems = new Problems();

        String html = CourseReader.previewPage(
                        CourseFiles.of("contoh", SampleCourse.filesWithPlan()),
                        "01-modul-satu/rencana.en.md",
                        path -> "/media/" + path,
                        problems)
                .orElseThrow();

        assertTrue(problems.isEmpty(), () -> describe(problems));
        assertTrue(html.contains("<h1>Lesson plan: Knowing hoaxes</h1>"), html);
        assertTrue(CourseReader.isPlan("01-modul-satu/rencana.md"));
        assertFalse(CourseReader.isPlan("01-modul-satu/01-rencana-kerja.md"), "a lesson may have plan in its name");
    }

    @Test
    void aPlanIsSanitizedLikeALessonAndCannotBeEmptyOrOnlyEnglish() {
        assertProblem(
                files -> SampleCourse.put(
                        files, "01-modul-satu/rencana.md", "Rencana <script>alert(1)</script> pelajaran"),
                "01-modul-satu/rencana.md",
                "lesson.unsafeHtml");
        assertProblem(
                files -> SampleCourse.put(files, "01-modul-satu/rencana.md", "  \n"),
                "01-modul-satu/rencana.md",
                "plan.empty");
        assertProblem(
                files -> SampleCourse.put(files, "01-modul-satu/rencana.en.md", "Only English"),
                "01-modul-satu/rencana.en.md",
                "file.unused");
        assertProblem(
                files -> SampleCourse.put(files, "01-modul-satu/rencana.md", "![](gambar/tidak-ada.png)"),
                "01-modul-satu/rencana.md",
                "lesson.brokenImage");
    }

    @Test
    void aModuleWhoseOnlyLessonIsBrokenIsNotAlsoCalledEmpty() {
        Map<String, byte[]> files = SampleCourse.files();
        files.remove("01-modul-satu/quiz.yaml");
        files.remove("01-modul-satu/01-apa-itu-hoaks.en.md");
        SampleCourse.put(files, "01-modul-satu/01-apa-itu-hoaks.md", "tanpa keterangan");
        Problems problems = new Problems();

        reader.read(CourseFiles.of("contoh", files), p -> p, problems);

        assertTrue(problems.all().stream().noneMatch(p -> p.key().equals("module.empty")), () -> describe(problems));
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsReturned() {
        Problems problems = new Problems();
        Map<String, byte[]> files = SampleCourse.files();
        replace("01-modul-satu/quiz.yaml", "type: matching", "type: menjodohkan")
                .accept(files);
        replace("01-modul-satu/01-apa-itu-hoaks.md", "gambar/peta.png", "gambar/tidak-ada.png")
                .accept(files);
        replace("course.yaml", "grades: 7-9", "grades: SMP").accept(files);

        Optional<Course> course = reader.read(CourseFiles.of("contoh", files), p -> p, problems);

        assertTrue(course.isEmpty());
        assertEquals(3, problems.size(), () -> describe(problems));
    }

    @Test
    void messagesReadInBothLanguages() {
        Problems problems = read(replace("01-modul-satu/quiz.yaml", "type: matching", "type: menjodohkan"));

        Problem problem = problems.all().get(0);
        assertTrue(problem.message(INDONESIAN).startsWith("Jenis soal \"menjodohkan\" tidak dikenal"));
        assertTrue(problem.message(Locale.ENGLISH).startsWith("Question type \"menjodohkan\" is unknown"));
        assertTrue(problem.describe(INDONESIAN).startsWith("01-modul-satu/quiz.yaml:"));
    }

    private Problems read(Consumer<Map<String, byte[]>> change) {
        Map<String, byte[]> files = SampleCourse.files();
        change.accept(files);
        Problems problems = new Problems();
        Optional<Course> course = reader.read(CourseFiles.of("contoh", files), p -> p, problems);
        assertFalse(problems.isEmpty(), "a problem was expected");
        assertTrue(course.isEmpty(), "a course with problems is never returned");
        return problems;
    }

    private void assertProblem(Consumer<Map<String, byte[]>> change, String file, String key) {
        find(read(change), file, key);
    }

    private static Problem find(Problems problems, String file, String key) {
        return problems.all().stream()
                .filter(p -> p.file().equals(file) && p.key().equals(key))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("expected " + key + " in " + file + ", got:\n" + describe(problems)));
    }

    private static Consumer<Map<String, byte[]>> replace(String path, String from, String to) {
        return files -> {
            String text = new String(files.get(path), java.nio.charset.StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException(path + " does not contain " + from);
            }
            SampleCourse.put(files, path, text.replace(from, to));
        };
    }

    private static String describe(Problems problems) {
        StringBuilder text = new StringBuilder();
        problems.all().forEach(p -> text.append(p.describe(INDONESIAN)).append('\n'));
        return text.toString();
    }
}

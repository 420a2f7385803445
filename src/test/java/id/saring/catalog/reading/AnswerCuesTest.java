package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.catalog.content.QuizSettings;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.chatthread.ChatThread;
import id.saring.catalog.question.hoaxpost.HoaxPost;
import id.saring.catalog.question.hoaxpost.MarkedText;
import id.saring.catalog.question.hoaxpost.Post;
import id.saring.catalog.question.hoaxpost.Verdict;
import id.saring.catalog.question.single.SingleChoice;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** No shipped quiz can be passed by picking the longest option or by reading "already checked". */
class AnswerCuesTest {

    @Test
    void theShippedCoursesHaveNoAnswerCues() throws IOException {
        Path courses = Path.of("courses");
        Problems problems = new Problems();
        TagVocabulary vocabulary = TagVocabulary.read(Files.readAllBytes(courses.resolve(TagVocabulary.FILE)), problems)
                .orElseThrow();
        StringBuilder offenders = new StringBuilder();
        int read = 0;
        for (Path folder : CheckCourses.courses(courses)) {
            Optional<Course> course =
                    new CourseReader(vocabulary).read(CourseFiles.folder(folder), path -> path, problems);
            assertTrue(course.isPresent(), folder + ": " + problems.all());
            read++;
            offenders.append(
                    AnswerCues.of(course.get().id(), course.get().modules()).describe());
        }

        assertTrue(read >= 4, "courses read: " + read);
        assertEquals("", offenders.toString(), "answer cues found:\n" + offenders);
    }

    // The heuristic itself, on hand-made quizzes, so that the test above cannot pass vacuously.

    @Test
    void longestRightOptionInMoreThanFortyPercentIsACue() {
        // 2 of 4 choice questions (50%) have the right option strictly longest.
        AnswerCues.Findings findings = AnswerCues.of(
                "k",
                List.of(module(
                        "m",
                        List.of(
                                single("s1", "jawaban benar yang panjang sekali", "salah", "keliru"),
                                single("s2", "benar", "salah yang lebih panjang", "keliru"),
                                chat("c1", "balasan terbaik yang panjang dan santun", "oke", "hapus"),
                                chat("c2", "sama", "lima", "x")))));

        assertTrue(findings.longestIsACue());
        assertEquals(4, findings.choiceQuestions());
        assertEquals(
                List.of(new AnswerCues.Where("k", "m", "s1"), new AnswerCues.Where("k", "m", "c1")),
                findings.longestIsRight());
        assertTrue(findings.describe().contains("k/m/s1"), findings.describe());
        assertTrue(findings.describe().contains("k/m/c1"), findings.describe());
    }

    @Test
    void fortyPercentOrTiesAreNotACue() {
        // 2 of 5 (40%): allowed. A tie with a wrong option is not "strictly longest".
        AnswerCues.Findings findings = AnswerCues.of(
                "k",
                List.of(module(
                        "m",
                        List.of(
                                single("s1", "jawaban benar yang panjang sekali", "salah", "keliru"),
                                chat("c1", "balasan terbaik yang panjang dan santun", "oke", "hapus"),
                                single("s2", "benar", "salah yang lebih panjang"),
                                single("s3", "dua belas hu", "dua belas hu"),
                                chat("c2", "pendek", "jauh lebih panjang")))));

        assertFalse(findings.longestIsACue());
        assertTrue(findings.clean(), findings.describe());
        assertEquals(2, findings.longestIsRight().size());
    }

    @Test
    void aTruePostWhoseStemOrPostRevealsTheCheckIsACue() {
        AnswerCues.Findings findings = AnswerCues.of(
                "k",
                List.of(module(
                        "m",
                        List.of(
                                post(
                                        "stem-id",
                                        "Kamu sudah mengecek akunnya. Nilailah.",
                                        "Jadwal ujian Senin.",
                                        Verdict.FAKTA),
                                post(
                                        "stem-kamu",
                                        "Akun ini sudah kamu cek. Nilailah.",
                                        "Jadwal ujian Senin.",
                                        Verdict.FAKTA),
                                post(
                                        "body",
                                        "Nilailah pesan ini.",
                                        "Aku udah cek di akun resmi, infonya sama.",
                                        Verdict.FAKTA),
                                post(
                                        "body-ter",
                                        "Judge this post.",
                                        "Account terverifikasi oleh sekolah.",
                                        Verdict.FAKTA),
                                post("hoax", "Pesan ini sudah dicek?", "SEBARKAN!!!", Verdict.HOAKS),
                                post(
                                        "unverified",
                                        "An unverified claim. Judge it.",
                                        "Jadwal ujian Senin.",
                                        Verdict.FAKTA),
                                post(
                                        "clean",
                                        "Temanmu membagikan ini.",
                                        "Jadwal ujian Senin pukul 07.30.",
                                        Verdict.FAKTA)))));

        // "sudah mengecek" is not on the list; the stem of a hoax may say anything.
        assertEquals(
                List.of("stem-kamu", "body", "body-ter"),
                findings.revealedChecks().stream()
                        .map(AnswerCues.Where::question)
                        .toList());
        assertFalse(findings.clean());
        assertTrue(findings.describe().contains("k/m/body-ter"), findings.describe());
    }

    @Test
    void thePhrasesOfTheAuthorsGuideAreFoundInBothLanguages() {
        for (String text : List.of(
                "Akunnya sudah kamu cek",
                "Pesan ini sudah dicek",
                "Sumbernya sudah diperiksa",
                "Kamu memeriksa akunnya",
                "akun terverifikasi",
                "You checked the account",
                "It was already checked",
                "a verified account",
                "You have checked it",
                "Sinta udah cek dua sumber")) {
            assertTrue(AnswerCues.REVEALS_CHECK.matcher(text).find(), text);
        }
        for (String stem : List.of(
                "Akun ini tercantum di situs resmi sekolahmu, dan wali kelas mengumumkan hal yang sama.",
                "Kamu membuka situs sekolah dan menemukan surat edaran yang sama.",
                "Kamu mencari judulnya dan menemukan berita serupa di dua media lain.",
                "Wali kelas adikmu membenarkannya.",
                "Pengumuman ini juga ditempel di papan balai desa.",
                "The account is linked from the district's official website.",
                "You open the link and the fire service indeed posted it.")) {
            assertTrue(AnswerCues.STEM_REPORTS_CORROBORATION.matcher(stem).find(), stem);
        }
        for (String stem : List.of(
                "Unggahan ini muncul di berandamu.",
                "Kak Dimas meneruskan pesan ini ke grup keluarga.",
                "Your friend shares this in the class group.")) {
            assertFalse(AnswerCues.STEM_REPORTS_CORROBORATION.matcher(stem).find(), stem);
        }
        for (String text :
                List.of("Periksa sendiri", "unverified", "Cek dulu sebelum membagikan", "check it yourself")) {
            assertFalse(AnswerCues.REVEALS_CHECK.matcher(text).find(), text);
        }
    }

    private static Module module(String id, List<Question> questions) {
        Quiz quiz = new Quiz("kuis-" + id, LocalizedText.indonesian("Kuis"), QuizSettings.DEFAULT, questions);
        return new Module(id, LocalizedText.indonesian("Modul"), Optional.empty(), List.of(), Optional.of(quiz));
    }

    private static Question single(String id, String right, String... wrong) {
        return question(id, "single", new SingleChoice(choices(right, wrong)));
    }

    private static Question chat(String id, String best, String... others) {
        return question(id, "chat-thread", new ChatThread("Grup", List.of(), choices(best, others)));
    }

    private static List<Choice> choices(String right, String... wrong) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice("a", LocalizedText.indonesian(right), true, Optional.empty(), Optional.empty()));
        for (int i = 0; i < wrong.length; i++) {
            choices.add(
                    new Choice("w" + i, LocalizedText.indonesian(wrong[i]), false, Optional.empty(), Optional.empty()));
        }
        return choices;
    }

    private static Question post(String id, String stem, String body, Verdict verdict) {
        Post post = new Post(
                Post.Kind.CHAT,
                MarkedText.parse("Teman"),
                Optional.empty(),
                Optional.empty(),
                false,
                Optional.empty(),
                MarkedText.parse(body),
                Optional.empty(),
                Optional.empty());
        return new Question(
                id,
                "hoax-post",
                new LocalizedText(Map.of("id", stem, "en", stem)),
                Optional.empty(),
                List.of(),
                new HoaxPost(post, List.of(), verdict, Optional.empty()));
    }

    private static Question question(String id, String type, QuestionDefinition definition) {
        return new Question(
                id,
                type,
                new LocalizedText(Map.of("id", "Soal", "en", "Question")),
                Optional.empty(),
                List.of(),
                definition);
    }
}

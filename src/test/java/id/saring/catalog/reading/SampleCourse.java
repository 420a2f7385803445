package id.saring.catalog.reading;

import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.yaml.Problems;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/** A small, valid course with every question type, as files in memory; tests break one thing at a time. */
public final class SampleCourse {

    public static final String COURSE =
            """
            id: contoh-kursus
            title:
              id: Kursus Contoh
              en: Sample Course
            summary: Kursus kecil untuk menguji pemeriksa.
            grades: 7-9
            hours: 2
            tags: [pilar:cakap]
            """;

    public static final String MODULE =
            """
            id: modul-satu
            title: Mengenal hoaks
            """;

    public static final String LESSON =
            """
            ---
            id: apa-itu-hoaks
            title:
              id: Apa itu hoaks?
            minutes: 7
            objectives:
              - Membedakan misinformasi dan disinformasi
            tags: [pilar:cakap]
            ---
            ## Hoaks

            Hoaks adalah informasi bohong yang **sengaja** disebarkan.

            ![Peta penyebaran pesan](gambar/peta.png)

            Baca juga [cekfakta.com](https://cekfakta.com).
            """;

    public static final String LESSON_EN =
            """
            ---
            title: What is a hoax?
            objectives:
              - Tell misinformation from disinformation
            ---
            A hoax is false information spread **on purpose**.
            """;

    /** A teacher's plan for the module: Markdown only, no front matter. Not in {@link #files()}. */
    public static final String PLAN =
            """
            # Rencana pelajaran: Mengenal hoaks

            ## Tujuan
            Siswa dapat **membedakan** misinformasi dan disinformasi.

            ![Peta sebaran hoaks](gambar/peta.png)
            """;

    public static final String PLAN_EN =
            """
            # Lesson plan: Knowing hoaxes

            ## Goals
            Students can **tell** misinformation from disinformation.
            """;

    /** The sample files with the module's plan in both languages. */
    public static Map<String, byte[]> filesWithPlan() {
        Map<String, byte[]> files = files();
        put(files, "01-modul-satu/" + CourseReader.PLAN_FILE, PLAN);
        put(files, "01-modul-satu/rencana.en.md", PLAN_EN);
        return files;
    }

    /** The question types of the sample quiz, in its order; each question is the type's own sample. */
    public static final List<String> TYPES = List.of(
            "single", "multiple", "true-false", "matching", "ordering", "short-answer", "hoax-post", "chat-thread");

    public static final String QUIZ =
            """
            id: kuis-modul-satu
            title: Kuis mengenal hoaks
            settings:
              pass-mark: 70
              max-attempts: 3
              grading: highest
              feedback: immediate
              shuffle-choices: true
            questions:
            """
                    + TYPES.stream()
                            .map(type -> QuestionSample.indented(type, 2))
                            .collect(Collectors.joining());

    private SampleCourse() {}

    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        put(files, "course.yaml", COURSE);
        put(files, "01-modul-satu/module.yaml", MODULE);
        put(files, "01-modul-satu/01-apa-itu-hoaks.md", LESSON);
        put(files, "01-modul-satu/01-apa-itu-hoaks.en.md", LESSON_EN);
        put(files, "01-modul-satu/quiz.yaml", QUIZ);
        files.put("01-modul-satu/gambar/peta.png", png(40, 30));
        return files;
    }

    public static TagVocabulary vocabulary() {
        try {
            return TagVocabulary.read(Files.readAllBytes(Path.of("courses", TagVocabulary.FILE)), new Problems())
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void put(Map<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

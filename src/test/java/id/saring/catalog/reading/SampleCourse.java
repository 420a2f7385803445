package id.saring.catalog.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
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
              - id: q-tunggal
                type: single
                tags: [teknik:emosi]
                text: Ciri pesan mana yang paling sering dipakai hoaks?
                explanation: Hoaks memancing emosi agar kita langsung membagikan.
                choices:
                  - text: Huruf kapital dan seruan "SEBARKAN!"
                    correct: true
                    feedback: Betul, itu memancing emosi.
                  - text: Tautan ke sumber resmi
                    feedback: Tautan resmi justru bisa diperiksa.
              - id: q-ganda
                type: multiple
                text: Pilih semua langkah memeriksa kabar.
                choices:
                  - text: Cari sumber aslinya
                    correct: true
                  - text: Bandingkan dengan media lain
                    correct: true
                  - text: Langsung bagikan
              - id: q-benar-salah
                type: true-false
                text: Foto lama bisa dipakai untuk kejadian baru.
                answer: benar
                feedback-true: Betul.
                feedback-false: Sering terjadi!
              - id: q-jodoh
                type: matching
                text: Jodohkan istilahnya.
                pairs:
                  - left: Misinformasi
                    right: Salah tanpa sengaja
                  - left: Disinformasi
                    right: Salah dengan sengaja
                distractors: [Benar tapi pribadi]
              - id: q-urut
                type: ordering
                text: Urutkan langkah SIFT.
                steps: [Berhenti, Selidiki sumbernya, Cari liputan lain, Telusuri ke asalnya]
              - id: q-isian
                type: short-answer
                text: Situs cek fakta milik Mafindo adalah ... .com
                answers: [turnbackhoax.id, turnbackhoax]
              - id: q-unggahan
                type: hoax-post
                tags: [teknik:emosi]
                text: Tandai bagian yang mencurigakan, lalu beri penilaianmu.
                post:
                  kind: chat
                  sender: Grup Alumni
                  time: "07.15"
                  forwarded: true
                  body: "[[seru|SEBARKAN SEGERA!!]] Air kelapa menyembuhkan semua penyakit."
                segments:
                  seru:
                    red-flag: true
                    technique: teknik:emosi
                    explanation: Desakan untuk segera menyebarkan adalah tanda bahaya.
                verdict: hoaks
              - id: q-obrolan
                type: chat-thread
                text: Bagaimana kamu membalas?
                thread:
                  group: Keluarga Besar
                  messages:
                    - from: Tante Rina
                      forwarded: true
                      text: Besok listrik padam se-Jawa!
                choices:
                  - text: Tante, sudah cek ke situs PLN?
                    correct: true
                    feedback: Santun dan mengajak memeriksa.
                  - text: Hoaks itu, Tante!
                    feedback: Benar, tapi bisa terasa kasar.
            """;

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

package id.saring.publishing.control;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a teacher's new course starts with, and the names it and a copied module get. Nothing
 * here can be published as it is: the first lesson has no text and no objectives yet, and a new
 * quiz has no question, so the checks ask the teacher to write them.
 */
public final class NewCourse {

    /** The longest course id (the course table's key). */
    public static final int MAX_ID = 64;

    public static final int MAX_TITLE = 120;
    public static final int MAX_SUMMARY = 400;

    /** The first module's folder. */
    public static final String FIRST_MODULE = "01-modul-pertama";

    private static final Pattern MODULE_ID = Pattern.compile("(?m)^id:[ \\t]*[\"']?([a-z0-9-]+)[\"']?[ \\t]*$");
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3})-(.*)");

    /** A new lesson: the shape of its front matter, nothing a student could read yet. */
    public static final String NEW_LESSON =
            """
            ---
            id: pelajaran-baru
            title:
              id: Pelajaran baru
              en: New lesson
            minutes: 10
            objectives: []
            ---
            """;

    /**
     * A new quiz: its settings and, as a comment to copy, the shape of one question. With no
     * question yet it cannot be published; the authors' guide (courses/README.md, part 8) has the
     * other question types.
     */
    public static final String NEW_QUIZ =
            """
            id: kuis-%s
            title:
              id: Kuis
              en: Quiz
            settings:
              pass-mark: 70
              max-attempts: 3
            # Salin contoh di bawah (tanpa tanda #) untuk soal pertama; jenis soal lain ada di panduan.
            # Copy the example below (without the #) for the first question; the guide has the other types.
            #  - id: soal-pertama
            #    type: single
            #    text: Tulis pertanyaannya di sini
            #    explanation: Tulis pembahasannya di sini
            #    choices:
            #      - text: Jawaban yang benar
            #        correct: true
            #      - text: Jawaban yang keliru
            questions: []
            """;

    private NewCourse() {}

    /** The files of a new course: its description, and a first module with one empty lesson. */
    public static Map<String, byte[]> files(String courseId, String title, String summary) {
        Map<String, byte[]> files = new TreeMap<>();
        files.put(
                "course.yaml",
                bytes("id: " + courseId + "\ntitle: " + quoted(title) + "\nsummary: " + quoted(summary)
                        + "\ngrades: 7-9\nhours: 1\n"));
        files.put(
                FIRST_MODULE + "/module.yaml",
                bytes("id: modul-pertama\ntitle:\n  id: Modul pertama\n  en: First module\n"));
        files.put(FIRST_MODULE + "/01-pelajaran-baru.md", bytes(NEW_LESSON));
        return files;
    }

    /** A new quiz for a module, named after the module's folder. */
    public static String quiz(String moduleFolder) {
        Matcher numbered = NUMBERED.matcher(moduleFolder);
        String name = numbered.matches() ? numbered.group(2) : moduleFolder;
        return NEW_QUIZ.formatted(name.isEmpty() ? "modul" : name);
    }

    /**
     * A course id made of a title, as course ids are written: "Hoaks minggu ini, kelas 8B" gives
     * "hoaks-minggu-ini-kelas-8b".
     */
    public static String id(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String id = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        id = id.length() > MAX_ID - 4 ? id.substring(0, MAX_ID - 4).replaceAll("-+$", "") : id;
        return id.isEmpty() ? "kursus" : id;
    }

    /** The id to try after {@code id} was taken {@code n - 1} times: "kursus-2", "kursus-3". */
    public static String alternative(String id, int n) {
        return n < 2 ? id : id + "-" + n;
    }

    /** The id a module.yaml gives its module, if it says one on a line of its own. */
    public static Optional<String> moduleId(byte[] moduleYaml) {
        Matcher id = MODULE_ID.matcher(new String(moduleYaml, StandardCharsets.UTF_8));
        return id.find() ? Optional.of(id.group(1)) : Optional.empty();
    }

    /**
     * The folder a module copied into a course gets: numbered after the course's last module
     * ("03-cek-fakta" after "02-..."), so it comes last.
     */
    public static String nextModuleFolder(Iterable<String> moduleFolders, String copiedFolder) {
        int last = 0;
        for (String folder : moduleFolders) {
            Matcher numbered = NUMBERED.matcher(folder);
            if (numbered.matches()) {
                last = Math.max(last, Integer.parseInt(numbered.group(1)));
            }
        }
        Matcher copied = NUMBERED.matcher(copiedFolder);
        String name = copied.matches() ? copied.group(2) : copiedFolder;
        return String.format(Locale.ROOT, "%02d-%s", last + 1, name.isEmpty() ? "modul" : name);
    }

    /** A YAML double-quoted scalar: the teacher's words, whatever they hold, on one line. */
    static String quoted(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return "\"" + oneLine.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

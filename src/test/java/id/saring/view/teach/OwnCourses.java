package id.saring.view.teach;

import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Browser;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;

/**
 * What the browser tests of teachers' own courses share: the course a teacher writes about this
 * week's flood hoax (its lesson and quiz), and the steps around writing it that those tests are
 * not about (logging in, a class, giving the course to it, a student's start).
 */
final class OwnCourses {

    static final String TITLE = "Hoaks minggu ini, kelas 8B";
    static final String COURSE = "hoaks-minggu-ini-kelas-8b";
    /** The lesson's id in {@link #LESSON}. */
    static final String LESSON_ID = "hoaks-banjir";

    static final By TEXT = By.id("editor:text");
    static final By STATUS = By.id("editor:status");
    static final Pattern SAVED = Texts.pattern("admin.draft.saved");

    static final String LESSON =
            """
            ---
            id: hoaks-banjir
            title: Pesan berantai tentang banjir
            minutes: 5
            objectives:
              - Mengenali pesan berantai tentang banjir sebelum meneruskannya
            ---
            ## Tanggul jebol?

            Pesan tentang tanggul jebol yang beredar di grup kelas minggu ini ternyata keliru.
            """;

    private static final Pattern CLASS = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)");
    private static final Pattern CODE = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})");
    private static final Pattern ATTEMPT = Pattern.compile("attempt\\.xhtml\\?id=(\\d+)");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm");

    private OwnCourses() {}

    /** The module's quiz: one question, written as text, with the ids given. */
    static String quiz(String quizId, String questionId) {
        return """
                id: %s
                title: Kuis pesan banjir
                questions:
                  - id: %s
                    type: single
                    text: Apa yang kamu lakukan dulu dengan pesan tanggul jebol itu?
                    explanation: Berhenti dan memeriksa sumbernya sebelum meneruskan.
                    choices:
                      - text: Berhenti dan memeriksa sumbernya
                        correct: true
                      - text: Langsung meneruskannya ke grup keluarga
                """
                .formatted(quizId, questionId);
    }

    static WebClient logIn(URL base, String username, String password) {
        WebClient client = new WebClient(base);
        client.logIn(username, password);
        return client;
    }

    /** Starts a new course on teach/courses.xhtml; its draft opens on its first, empty lesson. */
    static void create(Browser browser, URL base, String title, String summary) {
        browser.open(base + "teach/courses.xhtml");
        browser.type(By.id("create:title"), title);
        browser.type(By.id("create:summary"), summary);
        browser.click(By.id("create:submit"));
        browser.waitForValue(TEXT, "pelajaran-baru");
    }

    /** Rewrites the editor's whole text as a person would, then waits until it is saved. */
    static void write(Browser browser, String text) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(TEXT), text.stripTrailing());
        browser.find(TEXT).sendKeys("\n");
        browser.waitForText(STATUS, SAVED);
    }

    static void assertNoSeriousProblems(Browser browser, String page) {
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), page + ": " + String.join("\n", problems));
    }

    /** A class of the teacher's: its id and its join code. */
    static String[] createClass(WebClient teacher, String name) {
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", name, "grade", "8", "year", "2026/2027"), "submit");
        Matcher id = CLASS.matcher(created.body());
        Matcher code = CODE.matcher(created.body());
        assertTrue(id.find() && code.find(), created.body());
        return new String[] {id.group(1), code.group(1)};
    }

    /** Gives the course to the class from an hour ago until a week from now. */
    static HttpResponse<String> assign(WebClient teacher, String classId, String course) {
        LocalDateTime now = LocalDateTime.now();
        return teacher.submit(
                "teach/class.xhtml?id=" + classId,
                "assign",
                Map.of(
                        "what",
                        course,
                        "opens_input",
                        TYPED.format(now.minusHours(1)),
                        "due_input",
                        TYPED.format(now.plusDays(7))),
                "submit");
    }

    /** Starts an attempt at the course's quiz; its id. */
    static long start(WebClient student, String quiz) {
        HttpResponse<String> started =
                student.postForm("learn/start", "course=" + COURSE + "&quiz=" + quiz, "text/html");
        Matcher id = ATTEMPT.matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(id.find(), () -> "started: " + started.headers().map() + started.body());
        return Long.parseLong(id.group(1));
    }
}

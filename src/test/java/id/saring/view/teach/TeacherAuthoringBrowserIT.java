package id.saring.view.teach;

import static id.saring.view.teach.OwnCourses.COURSE;
import static id.saring.view.teach.OwnCourses.LESSON;
import static id.saring.view.teach.OwnCourses.TEXT;
import static id.saring.view.teach.OwnCourses.TITLE;
import static id.saring.view.teach.OwnCourses.assertNoSeriousProblems;
import static id.saring.view.teach.OwnCourses.assign;
import static id.saring.view.teach.OwnCourses.create;
import static id.saring.view.teach.OwnCourses.createClass;
import static id.saring.view.teach.OwnCourses.logIn;
import static id.saring.view.teach.OwnCourses.quiz;
import static id.saring.view.teach.OwnCourses.start;
import static id.saring.view.teach.OwnCourses.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.publishing.control.PicturesTest;
import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Authoring in the browser, end to end (issue 18's first "done when"): a teacher writes a new
 * course in Chromium whose lesson holds a picture and whose quiz holds a hoax post made by
 * selecting its segments, takes the quiz on the phone frame, publishes and gives it to the class;
 * a student answers; the teacher fixes the hoax post's question and publishes again. The student's
 * finished attempt still shows version 1, a new attempt gets version 2, and another teacher sees
 * nothing of the course.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeacherAuthoringBrowserIT extends BrowserTest {

    private static final String QUIZ = "kuis-pesan-banjir";
    private static final String QUESTION = "q-dulu";
    private static final String HOAX = "q-tanggul";
    /** The quiz file of a new course's first module (NewCourse.FIRST_MODULE). */
    private static final String QUIZ_PATH = "01-modul-pertama/quiz.yaml";

    private static final String ASKED = "Tandai bagian yang mencurigakan, lalu beri penilaianmu.";
    private static final String FIXED = "Tandai setiap bagian pesan yang membuatmu ragu, lalu beri penilaianmu.";
    private static final String MESSAGE =
            "TANGGUL JEBOL MALAM INI!!! Segera mengungsi dan sebarkan ke semua grup." + "\nInfo dari Pak RT.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aTeacherWritesPreviewsPublishesAssignsAndFixesACourseAndAttemptsKeepTheirVersion() throws IOException {
        Admin admin = new Admin(base);
        String school = admin.createSchool("SMP Pena Hoaks", "Klaten");
        admin.createAccount("guru.pena", "Bu Ratih Pena", "TEACHER", "tinta-ungu-61", school);
        admin.createAccount("guru.sebelah", "Pak Anton Sebelah", "TEACHER", "tinta-ungu-62", school);
        admin.createAccount("siswa.pena", "Dewi Penjawab", "STUDENT", "tinta-ungu-63", school);
        WebClient author = logIn(base, "guru.pena", "tinta-ungu-61");
        WebClient neighbour = logIn(base, "guru.sebelah", "tinta-ungu-62");
        WebClient student = logIn(base, "siswa.pena", "tinta-ungu-63");
        String[] ownClass = createClass(author, "8B-Pena");
        String[] neighbourClass = createClass(neighbour, "8C-Sebelah");
        assertEquals(
                302,
                student.postForm("learn/join", "code=" + ownClass[1], "text/html")
                        .statusCode());
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "uploads")), "teach");
        Path photo = folder.resolve("tanggul.jpg");
        Files.write(photo, PicturesTest.photoWithExif(1600, 1200, "SaringCam"));

        // A new course: its draft says it was never published.
        browser.wide();
        browser.logIn(base.toString(), "guru.pena", "tinta-ungu-61");
        create(browser, base, TITLE, "Pesan berantai banjir yang beredar di kelas minggu ini.");
        browser.waitForText(By.id("draft-banner"), Texts.of("admin.draft.bannerNew"));

        // The lesson, with a picture taken by a phone (made small, its camera data gone).
        write(browser, LESSON);
        browser.waitForText(By.id("phone"), "tanggul jebol");
        browser.present(By.cssSelector("#pictures input[type=file]"))
                .sendKeys(photo.toAbsolutePath().toString());
        browser.type(By.id("pictures:alt"), "Air sungai setinggi tanggul");
        browser.click(By.id("pictures:add"));
        browser.waitForText(By.id("pictures"), Texts.of("admin.draft.pictureAdded", "gambar/tanggul.jpg"));
        browser.waitForValue(TEXT, "![Air sungai setinggi tanggul](gambar/tanggul.jpg)");
        String shown = (String) browser.driver()
                .executeScript("var i = document.querySelector('#phone img[src*=tanggul]');"
                        + " return i ? i.naturalWidth + 'x' + i.naturalHeight : 'none';");
        assertEquals("800x600", shown, "the lesson's preview shows the picture, 800 px wide");

        // The quiz: one question written as text, and a hoax post made in its own editor.
        browser.click(By.cssSelector("button.add-quiz"));
        browser.waitForValue(TEXT, "questions: []");
        write(browser, quiz(QUIZ, QUESTION));
        browser.open(base + "teach/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_PATH);
        browser.waitForText(By.id("quiz-questions"), "q-dulu");
        browser.click(By.id("add-hoax-post"));
        browser.waitForText(By.tagName("h1"), Texts.of("admin.question.type.hoax-post"));
        WebElement questionId = browser.find(By.id("question:id"));
        questionId.clear();
        questionId.sendKeys(HOAX);
        browser.type(By.id("question:text-id"), ASKED);
        browser.type(By.id("question:sender"), "Grup Warga RW 05");
        WebElement body = browser.find(By.id("question:body"));
        body.clear();
        body.sendKeys(MESSAGE);
        markSegment("TANGGUL JEBOL MALAM INI!!!");
        markSegment("Pak RT");
        assertEquals(
                "[[bagian-1|TANGGUL JEBOL MALAM INI!!!]] Segera mengungsi dan sebarkan ke semua grup."
                        + "\nInfo dari [[bagian-2|Pak RT]].",
                browser.find(By.id("question:body")).getDomProperty("value"));
        browser.click(By.cssSelector("li[data-segment='bagian-1'] input[type=checkbox]"));
        // Techniques are offered by their names, as reports name them, and stored by their tags.
        Select technique = new Select(browser.find(By.id("question:main-technique")));
        List<String> offered =
                technique.getOptions().stream().map(WebElement::getText).toList();
        assertTrue(offered.contains("Memancing emosi"), offered.toString());
        new Select(browser.find(By.cssSelector("li[data-segment='bagian-1'] select")))
                .selectByVisibleText("Memancing emosi");
        browser.type(
                By.cssSelector("li[data-segment='bagian-1'] textarea[id$='why']"),
                "Huruf besar dan desakan membuat kita panik dan lupa memeriksa.");
        browser.type(
                By.cssSelector("li[data-segment='bagian-2'] textarea[id$='why']"),
                "Menyebut Pak RT belum berarti pesannya benar dari Pak RT.");
        browser.click(By.cssSelector("input[name='question:verdict'][value='hoaks']"));
        new Select(browser.find(By.id("question:main-technique"))).selectByVisibleText("Memancing emosi");
        browser.click(By.id("question:save"));
        browser.waitForText(By.id("question:status"), Texts.of("admin.question.ready"));
        assertNoSeriousProblems(browser, "teacher's hoax post editor");

        // The teacher takes it as a student would, on the phone frame; nothing is recorded.
        String preview = browser.find(By.id("preview-link")).getDomAttribute("href");
        assertTrue(preview.contains("teach/quiz-preview.xhtml"), preview);
        browser.open(URI.create(base.toString()).resolve(preview).toString());
        browser.waitForText(By.cssSelector(".phone-frame"), ASKED);
        browser.waitForText(By.cssSelector(".phone-frame"), "Segera mengungsi");
        browser.screenshot("teach-quiz-preview");
        assertNoSeriousProblems(browser, "teacher's quiz preview");

        // Published, and given to the class.
        browser.open(base + "teach/draft.xhtml?course=" + COURSE);
        publish(1);
        HttpResponse<String> assigned = assign(author, ownClass[0], COURSE);
        assertTrue(assigned.body().contains(Texts.of("assignment.created")), assigned.body());

        // The student answers both questions and submits.
        long first = start(student, QUIZ);
        answer(student, first, "q-dulu", 1, "choice=a");
        answer(student, first, HOAX, 2, "flags=bagian-1&verdict=hoaks");
        student.postForm("learn/answer", "attempt=" + first + "&sequence=0&action=submit", "text/html");
        String review = student.get("learn/review.xhtml?id=" + first).body();
        assertTrue(review.contains(ASKED), review);

        // The teacher fixes the hoax post's question and publishes again.
        browser.open(base + "teach/courses.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + COURSE + "')]//button[contains(@class, 'edit-button')]"));
        browser.waitForText(
                By.id("draft-banner"), Texts.of("admin.draft.banner", 1).substring(0, 15));
        browser.open(base + "teach/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_PATH);
        browser.waitForText(By.id("quiz-questions"), HOAX);
        browser.click(By.xpath("//li[contains(., '" + HOAX + "')]/a[contains(@class, 'edit-question')]"));
        browser.waitForValue(By.id("question:text-id"), ASKED);
        // One change, as a paste over the old text: the editor saves it when the field changes.
        browser.driver()
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + " arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                        browser.find(By.id("question:text-id")),
                        FIXED);
        browser.waitForText(By.id("question:status"), Texts.of("admin.question.ready"));
        browser.open(base + "teach/draft.xhtml?course=" + COURSE);
        publish(2);

        // The finished attempt still shows version 1; a new attempt gets version 2.
        String again = student.get("learn/review.xhtml?id=" + first).body();
        assertTrue(again.contains(ASKED) && !again.contains(FIXED), again);
        long second = start(student, QUIZ);
        assertTrue(second != first, "a new attempt");
        String newAttempt =
                student.get("learn/attempt.xhtml?id=" + second + "&q=2").body();
        assertTrue(newAttempt.contains(FIXED) && !newAttempt.contains(ASKED), newAttempt);

        // The history says what changed, and an old version comes back as a new one; all audited.
        browser.open(base + "teach/courses.xhtml");
        String history = Texts.of("admin.courses.history");
        browser.click(By.xpath("//tr[contains(., '" + COURSE + "')]//button[contains(., '" + history + "')]"));
        browser.waitForText(By.id("history"), history + ": " + COURSE);
        browser.click(By.cssSelector("#history a.changes-link"));
        browser.waitForText(By.id("changes-count"), Texts.of("admin.changes.count", 1));
        String diff = browser.text(By.cssSelector(".diff"));
        assertTrue(diff.contains(FIXED) && diff.contains(ASKED), diff);
        assertNoSeriousProblems(browser, "teacher's version changes");
        browser.open(base + "teach/courses.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + COURSE + "')]//button[contains(., '" + history + "')]"));
        browser.waitForText(By.id("history"), history + ": " + COURSE);
        browser.click(By.cssSelector("#history .restore-button"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.courses.restoreConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("list:feedback"), Texts.of("admin.courses.restored", COURSE, 1, 3));
        WebClient administrator = logIn(base, Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        String audit = administrator.get("admin/audit.xhtml").body();
        for (String done : List.of(
                Texts.of("audit.detail.published.EDITOR", 1, "guru.pena"),
                Texts.of("audit.detail.published.EDITOR", 2, "guru.pena"),
                Texts.of("audit.detail.published.RESTORE", 3, "guru.pena"))) {
            assertTrue(audit.contains(done), done + " in the audit trail");
        }

        // Another teacher sees nothing of it: not in their courses, not to assign, no editor, no history.
        assertFalse(neighbour.get("teach/courses.xhtml").body().contains(COURSE));
        assertFalse(neighbour
                .get("teach/class.xhtml?id=" + neighbourClass[0])
                .body()
                .contains(COURSE));
        assertEquals(404, neighbour.get("teach/draft.xhtml?course=" + COURSE).statusCode());
        assertEquals(
                404,
                neighbour
                        .get("teach/quiz-preview.xhtml?course=" + COURSE + "&version=2&quiz=" + QUIZ)
                        .statusCode());
        assertEquals(
                404,
                neighbour
                        .get("teach/changes.xhtml?course=" + COURSE + "&from=1&to=2")
                        .statusCode());
    }

    @Test
    void aTeacherPutsMoodleQuestionsStraightIntoAModuleOfTheirOwnCourse() {
        Admin admin = new Admin(base);
        admin.createAccount("guru.moodle", "Bu Nani Moodle", "TEACHER", "tinta-hijau-71");
        admin.createAccount("guru.penasaran", "Pak Eko Penasaran", "TEACHER", "tinta-hijau-72");
        WebClient other = logIn(base, "guru.penasaran", "tinta-hijau-72");
        browser.wide();
        browser.logIn(base.toString(), "guru.moodle", "tinta-hijau-71");
        create(browser, base, "Soal Moodle kelas 9", "Soal-soal lama dari Moodle sekolah.");

        browser.click(By.linkText(Texts.of("admin.draft.importGift")));
        String gift = browser.driver().getCurrentUrl();
        assertTrue(gift.contains("teach/gift.xhtml?course=soal-moodle-kelas-9"), gift);
        browser.type(By.id("gift:quizId"), "kuis-moodle");
        browser.type(By.id("gift:quizTitle"), "Soal dari Moodle");
        browser.type(
                By.id("gift:text"),
                "::Kapital::Pesan yang ditulis dengan HURUF KAPITAL pasti hoaks.{F}\n\n"
                        + "::Sumber::[markdown]Langkah **pertama** memeriksa pesan berantai?{=cari sumber aslinya"
                        + " ~langsung bagikan ~percaya karena ramai}");
        assertNoSeriousProblems(browser, "teacher's Moodle import");
        browser.click(By.id("gift:convert"));
        browser.waitForText(By.id("gift-problems"), Texts.problem("gift.markdown", "Sumber", "**"));
        browser.click(By.id("gift:into-draft"));
        browser.waitForText(By.id("messages"), Texts.pattern("admin.gift.inDraft"));
        String draft = browser.driver().getCurrentUrl();
        assertTrue(draft.contains("teach/draft.xhtml") && draft.contains("course=soal-moodle-kelas-9"), draft);
        String quiz = browser.find(TEXT).getDomProperty("value");
        assertTrue(quiz.contains("Pesan yang ditulis dengan HURUF KAPITAL pasti hoaks."), quiz);

        // Another teacher may convert, but not into a course that is not theirs.
        String refused = other.get("teach/gift.xhtml?course=soal-moodle-kelas-9&module=01-modul-pertama")
                .body();
        assertFalse(refused.contains("back-to-draft"), refused);
        assertEquals(
                404, other.get("teach/draft.xhtml?course=soal-moodle-kelas-9").statusCode());
    }

    /** Selects {@code phrase} in the post's text, as a mouse or finger would, and makes it a segment. */
    private void markSegment(String phrase) {
        WebElement body = browser.find(By.id("question:body"));
        int at = body.getDomProperty("value").indexOf(phrase);
        assertTrue(at >= 0, phrase);
        browser.driver()
                .executeScript(
                        "arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[2]);",
                        body,
                        at,
                        at + phrase.length());
        browser.click(By.id("question:mark"));
        browser.waitForText(By.id("segments"), phrase);
    }

    private void publish(int version) {
        browser.click(By.id("actions:publish"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.publishConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), Texts.of("admin.courses.published", COURSE, version));
    }

    private static void answer(WebClient student, long attempt, String question, int sequence, String answer) {
        HttpResponse<String> saved = student.postForm(
                "learn/answer",
                "attempt=" + attempt + "&question=" + question + "&sequence=" + sequence + "&" + answer,
                "application/json");
        assertEquals(200, saved.statusCode(), saved.body());
    }
}

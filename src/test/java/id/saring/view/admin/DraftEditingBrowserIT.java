package id.saring.view.admin;

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
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * An administrator writes a shipped course in the browser, in Chromium: edits save themselves
 * and survive a reload, students see none of it, a second editor's save is not overwritten
 * silently, a draft with a mistake is refused with the problem at its line, and the fixed draft
 * becomes the version students read, which the courses folder does not undo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DraftEditingBrowserIT extends BrowserTest {

    private static final String COURSE = Deployments.QUIZ_COURSE;
    private static final String LESSON = "learn/lesson.xhtml?course=" + COURSE + "&lesson=apa-itu-hoaks";
    private static final By TEXT = By.id("editor:text");
    private static final By STATUS = By.id("editor:status");
    private static final Pattern SAVED = Texts.pattern("admin.draft.saved");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    private static boolean studentCreated;

    @BeforeEach
    void aStudent() {
        if (!studentCreated) {
            new Admin(base).createAccount("siswa.draf", "Siswa Draf", "STUDENT", "pensil-biru-12");
            studentCreated = true;
        }
    }

    @Test
    @Order(1)
    void aDraftIsWrittenCheckedAndPublishedWithoutStudentsSeeingItBefore() throws IOException {
        WebClient student = new WebClient(base);
        student.logIn("siswa.draf", "pensil-biru-12");
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath(
                "//tr[contains(., '" + COURSE + "')]//button[contains(., '" + Texts.of("admin.courses.edit") + "')]"));
        browser.waitForText(
                By.id("draft-banner"), Texts.of("admin.draft.banner", 1).substring(0, 20));
        assertTrue(browser.find(TEXT).getDomProperty("value").contains("informasi bohong"), "the first lesson opens");

        replaceText("informasi bohong", "informasi palsu");
        browser.waitForText(STATUS, SAVED);
        browser.waitForText(By.id("phone"), "informasi palsu");
        browser.screenshot("admin-draft-saved");
        assertNoSeriousProblems("draft editor");
        browser.driver().navigate().refresh();
        assertTrue(browser.find(TEXT).getDomProperty("value").contains("informasi palsu"), "saved in the draft");
        assertTrue(student.get(LESSON).body().contains("informasi bohong"), "students still read version 1");

        String firstTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(base + "admin/draft.xhtml?course=" + COURSE);
        replaceText("informasi palsu", "informasi keliru");
        browser.waitForText(STATUS, SAVED);
        browser.driver().switchTo().window(firstTab);
        replaceText("informasi palsu", "kabar palsu");
        browser.waitForText(STATUS, Texts.pattern("admin.draft.conflict"));
        browser.click(By.id("editor:theirs"));
        browser.waitForValue(TEXT, "informasi keliru");

        replaceText("minutes: 7", "minutes: tujuh");
        browser.waitForText(STATUS, SAVED);
        browser.click(By.id("actions:check"));
        browser.waitForText(By.id("file-problems"), Texts.of("admin.draft.line", 5));
        assertTrue(
                browser.text(By.id("file-problems")).contains(Texts.problem("yaml.badNumber", "minutes", 1, 120)),
                () -> browser.text(By.id("file-problems")));
        browser.waitForText(By.id("files"), Texts.of("admin.draft.problemCount", 1));
        browser.click(By.cssSelector("#file-problems a.to-line"));
        assertEquals(
                "minutes: tujuh",
                browser.driver()
                        .executeScript("var t = document.getElementById('editor:text');"
                                + " return t.value.substring(t.selectionStart, t.selectionEnd);"),
                "the problem's line link selects that line");
        browser.screenshot("admin-draft-problems");
        publish();
        browser.waitForText(By.id("actions:feedback"), Texts.of("admin.draft.notPublished", 1));
        assertTrue(student.get(LESSON).body().contains("informasi bohong"), "a refused draft changes nothing");

        replaceText("minutes: tujuh", "minutes: 7");
        browser.waitForText(STATUS, SAVED);
        publish();
        browser.waitForText(By.id("messages"), Texts.of("admin.courses.published", COURSE, 2));
        assertTrue(studentReadsWithin(student, "informasi keliru"), "students read version 2");

        browser.click(By.id("publish:sync"));
        browser.waitForText(By.id("publish:feedback"), Texts.of("admin.courses.unchanged", COURSE, 2));
        assertTrue(
                student.get(LESSON).body().contains("informasi keliru"),
                "reading the unchanged courses folder again does not undo version 2");
        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        String audit = admin.get("admin/audit.xhtml").body();
        assertTrue(audit.contains(Texts.of("audit.detail.published.EDITOR", 2, Deployments.ADMIN_USERNAME)), audit);

        String history = Texts.of("admin.courses.history");
        browser.click(By.xpath("//tr[contains(., '" + COURSE + "')]//button[contains(., '" + history + "')]"));
        browser.waitForText(By.id("history"), history + ": " + COURSE);
        browser.click(By.cssSelector("#history a.changes-link"));
        browser.waitForText(By.id("changes-count"), Texts.of("admin.changes.count", 1));
        assertEquals(
                "- Hoaks adalah informasi bohong yang **sengaja** disebarkan.",
                browser.text(By.cssSelector(".diff .removed code")));
        assertEquals(
                "+ Hoaks adalah informasi keliru yang **sengaja** disebarkan.",
                browser.text(By.cssSelector(".diff .added code")));
        browser.screenshot("admin-version-changes");
        assertNoSeriousProblems("version changes");

        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + COURSE + "')]//button[contains(., '" + history + "')]"));
        browser.waitForText(By.id("history"), history + ": " + COURSE);
        browser.click(By.cssSelector("#history .restore-button"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.courses.restoreConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("publish:feedback"), Texts.of("admin.courses.restored", COURSE, 1, 3));
        assertTrue(student.get(LESSON).body().contains("informasi bohong"), "version 3 holds version 1's text");
        assertTrue(admin.get("admin/audit.xhtml")
                .body()
                .contains(Texts.of("audit.detail.published.RESTORE", 3, Deployments.ADMIN_USERNAME)));
    }

    @Test
    @Order(2)
    void aNewLessonCannotBePublishedUntilWrittenAndADraftCanBeThrownAway() throws IOException {
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath(
                "//tr[contains(., '" + COURSE + "')]//button[contains(., '" + Texts.of("admin.courses.edit") + "')]"));
        browser.click(By.xpath("//button[contains(., '" + Texts.of("admin.draft.addLesson") + "')]"));
        browser.waitForText(By.cssSelector("#editor h2"), "01-modul-satu/02-pelajaran-baru.md");
        browser.click(By.id("actions:check"));
        browser.waitForText(By.id("file-problems"), Texts.problem("lesson.noObjectives"));
        assertEquals(
                1,
                browser.driver()
                        .findElements(By.linkText("02-pelajaran-baru.md"))
                        .size());
        browser.open(base + "admin/preview.xhtml?course=" + COURSE + "&version=draft");
        browser.waitForText(By.id("draft-not-ready"), Texts.of("admin.preview.draftProblems"));
        browser.open(base + "admin/draft.xhtml?course=" + COURSE);

        browser.click(By.id("actions:discard"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.discardConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), Texts.of("admin.draft.discarded", COURSE));
        assertFalse(browser.text(By.id("list:courses")).contains(Texts.of("admin.courses.hasDraft")));
        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        assertEquals(404, admin.get("admin/draft.xhtml?course=" + COURSE).statusCode(), "no draft left");
        assertTrue(admin.get("admin/audit.xhtml").body().contains(Texts.of("audit.DRAFT_DISCARDED")));
    }

    @Test
    @Order(3)
    void aPictureIsMadeSmallWithoutItsCameraDataAndNeedsATextAlternative() throws IOException {
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "uploads")), "pictures");
        Path photo = folder.resolve("Foto Banjir (2).JPG");
        Files.write(photo, PicturesTest.photoWithExif(2400, 1600, "SaringCam"));
        By file = By.cssSelector("#pictures input[type=file]");
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath(
                "//tr[contains(., '" + COURSE + "')]//button[contains(., '" + Texts.of("admin.courses.edit") + "')]"));

        browser.present(file).sendKeys(photo.toAbsolutePath().toString());
        browser.click(By.id("pictures:add"));
        browser.waitForText(By.id("pictures"), Texts.of("admin.draft.pictureAltRequired"));

        // Files that are no picture and pictures over the limit: AuthoringBadInputBrowserIT.
        browser.present(file).sendKeys(photo.toAbsolutePath().toString());
        browser.type(By.id("pictures:alt"), "Jalan kampung [banjir] setinggi lutut");
        browser.click(By.id("pictures:add"));
        browser.waitForText(By.id("pictures"), Texts.of("admin.draft.pictureAdded", "gambar/foto-banjir-2.jpg"));
        browser.waitForValue(TEXT, "![Jalan kampung banjir setinggi lutut](gambar/foto-banjir-2.jpg)");
        browser.waitForText(By.id("files"), "gambar/foto-banjir-2.jpg");
        browser.screenshot("admin-draft-picture");
        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        HttpResponse<byte[]> stored =
                admin.getBytes("admin/drafts/media/" + COURSE + "/01-modul-satu/gambar/foto-banjir-2.jpg");
        assertEquals(200, stored.statusCode());
        assertTrue(stored.body().length <= 40 * 1024, stored.body().length + " bytes");
        assertFalse(new String(stored.body(), StandardCharsets.ISO_8859_1).contains("SaringCam"), "no camera data");
        String img = (String) browser.driver()
                .executeScript("var i = document.querySelector('#phone img[src*=foto-banjir]');"
                        + " return i ? i.naturalWidth + 'x' + i.naturalHeight : 'none';");
        assertEquals("800x533", img, "the preview shows the picture, 800 px wide");
        WebClient student = new WebClient(base);
        student.logIn("siswa.draf", "pensil-biru-12");
        assertEquals(
                403,
                student.getBytes("admin/drafts/media/" + COURSE + "/01-modul-satu/gambar/foto-banjir-2.jpg")
                        .statusCode(),
                "draft pictures are for administrators");

        browser.click(By.id("actions:discard"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.discardConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), Texts.of("admin.draft.discarded", COURSE));
    }

    @Test
    @Order(4)
    void moodleQuestionsGoStraightIntoAModuleAndTheExportedCourseUploadsAsTheSame() throws IOException {
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath(
                "//tr[contains(., '" + COURSE + "')]//button[contains(., '" + Texts.of("admin.courses.edit") + "')]"));
        browser.click(By.linkText(Texts.of("admin.draft.importGift")));
        browser.type(By.id("gift:quizId"), "kuis-moodle");
        browser.type(By.id("gift:quizTitle"), "Soal dari Moodle");
        browser.type(
                By.id("gift:text"),
                "::Kapital::Pesan yang ditulis dengan HURUF KAPITAL pasti hoaks.{F}\n\n"
                        + "::Sumber::[markdown]Langkah **pertama** memeriksa pesan berantai?{=cari sumber aslinya"
                        + " ~langsung bagikan ~percaya karena ramai}");
        browser.click(By.id("gift:convert"));
        browser.waitForText(By.id("gift-problems"), Texts.problem("gift.markdown", "Sumber", "**"));
        browser.click(By.id("gift:into-draft"));
        browser.waitForText(By.id("messages"), Texts.of("admin.gift.inDraft", 2, "01-modul-satu/quiz.yaml"));
        String quiz = browser.find(TEXT).getDomProperty("value");
        assertTrue(quiz.contains("Pesan yang ditulis dengan HURUF KAPITAL pasti hoaks."), quiz);
        replaceText("Langkah **pertama** memeriksa", "Langkah pertama memeriksa");
        browser.waitForText(STATUS, SAVED);
        browser.open(base + "admin/preview.xhtml?course=" + COURSE + "&version=draft");
        browser.waitForText(By.id("preview-banner"), Texts.of("admin.preview.bannerDraft"));
        browser.open(base + "admin/quiz-preview.xhtml?course=" + COURSE + "&version=draft&quiz=kuis-modul-satu&q=99");
        browser.waitForText(By.cssSelector(".question-text"), "Langkah pertama memeriksa pesan berantai?");
        browser.click(By.xpath("//label[contains(., 'cari sumber aslinya')]"));
        browser.click(By.id("check"));
        browser.waitForText(By.cssSelector(".outcome .verdict"), Texts.of("quiz.outcome.right"));
        browser.screenshot("admin-draft-quiz-preview");
        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=01-modul-satu/quiz.yaml");
        publish();
        browser.waitForText(By.id("messages"), Texts.pattern("admin.courses.published"));

        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        HttpResponse<byte[]> exported = admin.getBytes("admin/courses/export?course=" + COURSE);
        assertEquals(200, exported.statusCode());
        Path zip = Files.createTempDirectory(Files.createDirectories(Path.of("target", "downloads")), "gift")
                .resolve(COURSE + ".zip");
        Files.write(zip, exported.body());
        browser.open(base + "admin/courses.xhtml");
        browser.present(By.id("publish:upload_input"))
                .sendKeys(zip.toAbsolutePath().toString());
        browser.waitForText(By.id("publish:feedback"), Texts.pattern("admin.courses.unchanged"));
        String feedback = browser.text(By.id("publish:feedback"));
        assertTrue(feedback.contains(COURSE), "the exported course uploads as the same content: " + feedback);
    }

    @Test
    @Order(5)
    void aQuizIsPreviewedAsStudentsTakeItWithFeedbackAndNothingRecorded() {
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/preview.xhtml?course=" + COURSE + "&version=1");
        browser.click(By.cssSelector("a[data-quiz]"));
        browser.waitForText(By.id("preview-banner"), Texts.of("admin.quizPreview.back"));
        browser.find(By.cssSelector(".phone-frame .question-text"));
        browser.click(By.cssSelector(".phone-frame input[type=radio]"));
        browser.click(By.id("check"));
        browser.find(By.cssSelector(".phone-frame .outcome .right-answer"));
        assertTrue(
                browser.driver().findElements(By.id("check")).isEmpty(), "a checked answer is final, as for students");
        browser.screenshot("admin-quiz-preview");
        assertNoSeriousProblems("quiz preview");
        browser.click(By.id("next-question"));
        browser.find(By.id("check"));
        browser.click(By.id("restart"));
        browser.find(By.id("q1"));
        browser.find(By.id("check"));

        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        assertEquals(
                404,
                admin.get("admin/quiz-preview.xhtml?course=" + COURSE + "&version=1&quiz=tidak-ada")
                        .statusCode());
        assertEquals(
                404,
                admin.get("admin/quiz-preview.xhtml?course=" + COURSE + "&version=99&quiz=kuis-modul-satu")
                        .statusCode());
        WebClient student = new WebClient(base);
        student.logIn("siswa.draf", "pensil-biru-12");
        assertEquals(
                403,
                student.get("admin/quiz-preview.xhtml?course=" + COURSE + "&version=1&quiz=kuis-modul-satu")
                        .statusCode());
        assertFalse(
                student.get("learn/progress.xhtml").body().contains("kuis-modul-satu\" data-attempt"),
                "the preview made no attempt");
    }

    private void assertNoSeriousProblems(String page) {
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), page + ": " + String.join("\n", problems));
    }

    private void publish() {
        browser.click(By.id("actions:publish"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.publishConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    /** Changes the text as a person would: the whole box rewritten, then a key typed at its end. */
    private void replaceText(String from, String to) {
        String text = browser.find(TEXT).getDomProperty("value");
        assertTrue(text.contains(from), () -> "no '" + from + "' in " + text);
        String changed = text.replace(from, to).stripTrailing();
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(TEXT), changed);
        browser.find(TEXT).sendKeys("\n");
    }

    /**
     * Whether the student's lesson page shows the text within a few seconds: the lesson pages take a
     * course's current version as known for a second (LessonPageFilter.VERSION_KNOWN_NANOS), so a
     * version published right after the student read the lesson reaches them a second later. The
     * same read failed on a quiet machine, where publishing took less than that second.
     */
    private static boolean studentReadsWithin(WebClient student, String text) {
        for (int tries = 0; tries < 50; tries++) {
            if (student.get(LESSON).body().contains(text)) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}

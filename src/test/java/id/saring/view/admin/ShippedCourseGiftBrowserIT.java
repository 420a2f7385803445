package id.saring.view.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 18's second "done when", in Chromium: an administrator uploads a Moodle GIFT file into a
 * module of a shipped course (the warning about {@code [markdown]} and the essay that cannot be
 * carried over are listed), publishes it, exports the course as a zip, and uploads that zip again
 * after the course went back to its shipped content: the course is the same, file for file, and
 * a student answers the imported questions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShippedCourseGiftBrowserIT extends BrowserTest {

    private static final String COURSE = "etika-digital";
    private static final String MODULE = "01-santun-di-dunia-digital";
    private static final String QUIZ = "kuis-santun-di-dunia-digital";
    private static final Path FOLDER = Deployments.COURSES.resolve(COURSE);
    private static final By UPLOAD = By.id("publish:upload_input");

    private static final String GIFT = String.join(
            "\n",
            "// Bank soal Moodle sekolah, kelas 8",
            "::Kapital::Pesan yang ditulis dengan HURUF KAPITAL SEMUA sering dibaca seperti berteriak.{T}",
            "",
            "::Sebelum membalas::[markdown]Apa yang **pertama** kamu lakukan sebelum membalas komentar yang"
                    + " membuatmu marah?{=Menunggu sebentar dan membaca ulang #Tepat, biarkan emosi reda dulu."
                    + " ~Langsung membalas dengan huruf kapital #Ini justru memperkeruh suasana."
                    + " ~Membagikan tangkapan layarnya ke grup lain}",
            "",
            "::Cerita::Ceritakan saat kamu pernah salah paham di grup percakapan kelas. {}",
            "");

    /** The shipped course, as the server ships it: in the courses folder it publishes on start. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = Deployments.saringWarWithSampleCourse();
        Path shipped = Path.of("courses", COURSE);
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = FOLDER.resolve(shipped.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    /** Other tests' containers publish the courses folder too: the shipped course is this test's only. */
    @AfterAll
    static void removeTheCourse() throws IOException {
        Deployments.removeCourse(FOLDER);
    }

    @Test
    void moodleQuestionsInAShippedCourseSurviveItsExportAndReimport() throws IOException {
        new Admin(base).createAccount("siswa.santun", "Siswa Santun", "STUDENT", "pensil-biru-31");
        Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target", "downloads")), "gift");
        Path gift = Files.writeString(downloads.resolve("bank-soal.gift"), GIFT, StandardCharsets.UTF_8);
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        Path shipped = export(downloads, 1);

        browser.click(rowButton(Texts.of("admin.courses.edit")));
        browser.click(By.cssSelector("a.import-gift[href$='module=" + MODULE + "']"));
        browser.type(By.id("gift:quizId"), QUIZ);
        browser.type(By.id("gift:quizTitle"), "Kuis santun di dunia digital");
        browser.upload(By.id("gift:upload_input"), gift, By.id("gift:text"));
        browser.waitForValue(By.id("gift:text"), "::Kapital::");
        browser.click(By.id("gift:convert"));
        browser.waitForText(By.id("gift:feedback"), Texts.of("admin.gift.partly", 2, 2));
        String notCarried = browser.text(By.id("gift-problems"));
        assertTrue(notCarried.contains(Texts.problem("gift.markdown", "Sebelum membalas", "**")), notCarried);
        assertTrue(notCarried.contains(Texts.problem("gift.essay", "Cerita")), notCarried);
        assertTrue(notCarried.contains("bank-soal.gift:6"), notCarried);
        assertNoSeriousProblems("the administrator's Moodle import");
        browser.screenshot("admin-gift-into-shipped-course");
        browser.click(By.id("gift:into-draft"));
        browser.waitForText(By.id("messages"), Texts.pattern("admin.gift.inDraft"));
        String quiz = browser.find(By.id("editor:text")).getDomProperty("value");
        assertTrue(quiz.startsWith("id: " + QUIZ) && quiz.contains("  - id: \"kapital\""), quiz);

        browser.click(By.id("actions:publish"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.publishConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), Texts.of("admin.courses.published", COURSE, 2));

        browser.open(base + "admin/courses.xhtml");
        Path withGift = export(downloads, 2);
        Map<String, byte[]> v1 = entries(shipped);
        Map<String, byte[]> v2 = entries(withGift);
        assertEquals(v1.keySet(), v2.keySet(), "the import changed one file");
        String quizFile = COURSE + "/" + MODULE + "/quiz.yaml";
        v1.forEach((path, content) -> {
            if (!path.equals(quizFile)) {
                assertArrayEquals(content, v2.get(path), path);
            }
        });
        String published = new String(v2.get(quizFile), StandardCharsets.UTF_8);
        assertTrue(
                published.startsWith(new String(v1.get(quizFile), StandardCharsets.UTF_8).stripTrailing()),
                "the shipped questions stay as written, the imported ones follow:\n" + published);
        assertTrue(published.contains("Menunggu sebentar dan membaca ulang"), published);

        // Back to the shipped content (version 3), then the exported zip uploaded as any zip is.
        browser.click(rowButton(Texts.of("admin.courses.history")));
        browser.waitForText(By.id("history"), Texts.of("admin.courses.history") + ": " + COURSE);
        browser.click(By.xpath("//div[@id='history']//tr[.//a[contains(@href, '&version=1')]]//button"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.courses.restoreConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("publish:feedback"), Texts.of("admin.courses.restored", COURSE, 1, 3));
        browser.open(base + "admin/courses.xhtml");
        browser.upload(UPLOAD, withGift, By.id("publish:feedback"), Texts.of("admin.courses.published", COURSE, 4));
        Map<String, byte[]> v4 = entries(export(downloads, 4));
        assertEquals(v2.keySet(), v4.keySet());
        v2.forEach((path, content) -> assertArrayEquals(content, v4.get(path), path));
        browser.upload(UPLOAD, withGift, By.id("publish:feedback"), Texts.of("admin.courses.unchanged", COURSE, 4));
        browser.logOut();

        // A student answers the imported questions on the version the zip made.
        browser.logIn(base.toString(), "siswa.santun", "pensil-biru-31");
        browser.open(base + "learn/quiz.xhtml?course=" + COURSE + "&quiz=" + QUIZ);
        browser.click(By.id("start-quiz"));
        browser.find(By.id("quiz-head"));
        String kapital = question("HURUF KAPITAL SEMUA sering dibaca");
        String membalas = question("sebelum membalas komentar");
        showQuestion(kapital);
        browser.click(
                By.xpath(kapital + "//label[contains(normalize-space(.), '" + Texts.of("quiz.truefalse.true") + "')]"));
        browser.click(By.xpath(kapital + "//button[contains(@class, 'save-next')]"));
        browser.waitForText(By.id("save-status"), Texts.of("quiz.status.saved"));
        showQuestion(membalas);
        browser.click(By.xpath(membalas + "//label[contains(normalize-space(.), 'Menunggu sebentar')]"));
        browser.click(By.xpath(membalas + "//button[@value='check']"));
        browser.waitForText(By.xpath(membalas), "Tepat, biarkan emosi reda dulu.");
        browser.screenshot("student-imported-question-feedback");
        showQuestion("//section[contains(@class, 'summary')]");
        browser.waitForText(By.id("summary-count"), Texts.of("quiz.summary.answered", 2, 13));
        browser.click(By.id("submit-attempt"));
        browser.find(By.id("score"));
        String review = browser.text(By.tagName("main"));
        assertTrue(review.contains("Pesan yang ditulis dengan HURUF KAPITAL SEMUA"), review);
        assertFalse(review.contains("Ceritakan saat kamu"), "the essay was not carried over");
        browser.screenshot("student-review-imported-questions");
    }

    /** The quiz page's question whose text holds {@code text}. */
    private static String question(String text) {
        return "//section[contains(@class, 'question')][.//h2[contains(., '" + text + "')]]";
    }

    /** Goes to {@code question} by its number in the quiz's navigation, as a student does. */
    private void showQuestion(String question) {
        String position = browser.present(By.xpath(question)).getDomAttribute("data-q");
        browser.click(By.cssSelector(".qnav a[data-q='" + position + "']"));
        browser.find(By.xpath(question + "[contains(@class, 'current')]"));
    }

    /** A button on the shipped course's row of admin/courses.xhtml. */
    private static By rowButton(String label) {
        return By.xpath("//a[contains(@href, 'export?course=" + COURSE + "&')]/ancestor::tr[1]//button[contains(., '"
                + label + "')]");
    }

    /** Exports the shipped course's current version from its row: {@code etika-digital-v<N>.zip}. */
    private Path export(Path downloads, int version) {
        Path zip = browser.download(
                downloads, () -> browser.click(By.cssSelector("a.export-link[href*='export?course=" + COURSE + "&']")));
        assertEquals(COURSE + "-v" + version + ".zip", zip.getFileName().toString());
        return zip;
    }

    private static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(zip)))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private void assertNoSeriousProblems(String page) {
        var problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), page + ": " + String.join("\n", problems));
    }
}

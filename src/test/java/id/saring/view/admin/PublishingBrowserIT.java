package id.saring.view.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.reading.CourseFilesTest;
import id.saring.catalog.reading.SampleCourse;
import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator publishes a course from a zip in Chromium: a broken zip shows every problem
 * and changes nothing, a good one is previewed and published, a student reads it, and hiding it
 * takes it away from students again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublishingBrowserIT extends BrowserTest {

    private static final By UPLOAD = By.id("publish:upload_input");

    /**
     * Publishing needs the tag list in the courses folder, which only the sample course's
     * deployment writes: without it, this class passed only after another class had run. The
     * sample course (kuis-contoh) sorts after contoh-kursus, so the first row stays this test's.
     */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aBrokenZipShowsEveryProblemAndAGoodOneReachesStudents() throws IOException {
        new Admin(base).createAccount("siswa.baca", "Siswa Baca", "STUDENT", "buku-tebal-12");
        Path good = zip("kursus-baik.zip", SampleCourse.files());
        Map<String, byte[]> brokenFiles = SampleCourse.files();
        SampleCourse.put(brokenFiles, "course.yaml", SampleCourse.COURSE.replace("hours: 2", "hours: dua"));
        SampleCourse.put(
                brokenFiles,
                "01-modul-satu/quiz.yaml",
                SampleCourse.QUIZ.replace("type: matching", "type: menjodohkan"));
        Path broken = zip("kursus-rusak.zip", brokenFiles);

        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.upload(UPLOAD, broken, By.id("problems"), Texts.of("admin.courses.problemsOf", "kursus-rusak.zip", 2));
        String problems = browser.text(By.id("problems"));
        assertProblem(problems, "course.yaml:7", "yaml.badNumber", "hours");
        assertProblem(problems, "quiz.yaml:37", "question.unknownType", "menjodohkan");
        browser.screenshot("admin-courses-problems");

        browser.upload(
                UPLOAD, good, By.id("publish:feedback"), Texts.of("admin.courses.published", "contoh-kursus", 1));
        browser.waitForText(By.id("list:courses"), "Kursus Contoh");
        browser.screenshot("admin-courses-published");

        browser.click(By.linkText(Texts.of("admin.courses.preview")));
        browser.find(By.id("preview-banner"));
        browser.click(By.linkText("Apa itu hoaks?"));
        browser.waitForText(By.tagName("h1"), "Apa itu hoaks?");
        assertImageShown();

        browser.open(base + "admin/courses.xhtml");
        browser.upload(
                UPLOAD, good, By.id("publish:feedback"), Texts.of("admin.courses.unchanged", "contoh-kursus", 1));
        browser.upload(UPLOAD, broken, By.id("problems"), Texts.of("admin.courses.problemsOf", "kursus-rusak.zip", 2));
        assertTrue(browser.text(By.id("list:courses")).contains("Kursus Contoh"), "the good version stays listed");
        browser.logOut();

        browser.logIn(base.toString(), "siswa.baca", "buku-tebal-12");
        browser.click(By.linkText("Kursus Contoh"));
        browser.waitForText(By.tagName("h1"), "Kursus Contoh");
        browser.click(By.linkText("Apa itu hoaks?"));
        browser.waitForText(By.className("lesson-body"), "Hoaks adalah informasi bohong");
        assertImageShown();
        browser.screenshot("student-lesson");
        browser.logOut();

        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        Map<String, byte[]> changedFiles = SampleCourse.files();
        SampleCourse.put(
                changedFiles,
                "01-modul-satu/01-apa-itu-hoaks.md",
                SampleCourse.LESSON.replace("informasi bohong", "informasi palsu"));
        browser.upload(
                UPLOAD,
                zip("kursus-berubah.zip", changedFiles),
                By.id("publish:feedback"),
                Texts.of("admin.courses.published", "contoh-kursus", 2));
        String history = Texts.of("admin.courses.history");
        browser.click(By.xpath("//button[contains(., '" + history + "')]"));
        browser.waitForText(By.id("history"), history + ": contoh-kursus");
        assertEquals(
                2,
                browser.driver()
                        .findElements(By.cssSelector("#history tbody tr"))
                        .size(),
                "two versions in the history");
        WebClient reader = new WebClient(base);
        reader.logIn("siswa.baca", "buku-tebal-12");
        assertTrue(
                reader.get("learn/lesson.xhtml?course=contoh-kursus&lesson=apa-itu-hoaks")
                        .body()
                        .contains("informasi palsu"),
                "students read the new version");
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath("//button[contains(., '" + Texts.of("admin.courses.unpublish") + "')]"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.courses.unpublishConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("publish:feedback"), Texts.of("admin.courses.unpublished", "contoh-kursus"));
        WebClient student = new WebClient(base);
        student.logIn("siswa.baca", "buku-tebal-12");
        assertEquals(404, student.get("learn/course.xhtml?id=contoh-kursus").statusCode(), "hidden from students");
        String home = student.get("home.xhtml").body();
        assertFalse(
                home.contains("Kursus Contoh"),
                () -> "gone from the student's home page: " + home.substring(Math.max(0, home.indexOf("<main"))));
    }

    @Test
    void aMoodleGiftExportBecomesAQuizFileAndWhatCannotBeCarriedIsListed() {
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.click(By.linkText(Texts.of("home.admin.gift")));
        browser.type(By.id("gift:quizId"), "kuis-moodle");
        browser.type(By.id("gift:quizTitle"), "Kuis dari Moodle");
        browser.type(
                By.id("gift:text"),
                String.join(
                        "\n",
                        "// Contoh ekspor Moodle",
                        "::Ciri hoaks::Pesan berantai biasanya meminta kita {=segera menyebarkan #Betul ~memeriksa sumber #Justru itu yang perlu}",
                        "",
                        "::Refleksi::Ceritakan pengalamanmu menerima hoaks. {}"));
        browser.click(By.id("gift:convert"));

        browser.waitForText(By.id("gift:feedback"), Texts.of("admin.gift.partly", 1, 1));
        assertTrue(
                browser.text(By.id("gift-result")).contains("type: \"single\"")
                        || browser.text(By.id("gift-result")).contains("type: single"),
                browser.text(By.id("gift-result")));
        assertTrue(
                browser.text(By.id("gift-problems")).contains("moodle.gift:4"), browser.text(By.id("gift-problems")));
        browser.screenshot("admin-gift");
    }

    /** A problem the course checker reports at {@code where}, about {@code subject} (its first argument). */
    private static void assertProblem(String problems, String where, String key, String subject) {
        Matcher problem = Pattern.compile(
                        Pattern.quote(where + ": ") + Texts.problemPattern(key).pattern(), Pattern.DOTALL)
                .matcher(problems);
        assertTrue(problem.find() && problem.group(1).equals(subject), where + " " + key + ": " + problems);
    }

    private void assertImageShown() {
        Object width = browser.driver()
                .executeScript("var i = document.querySelector('.lesson-body img');"
                        + "return i && i.complete ? i.naturalWidth : -1;");
        for (int tries = 0; tries < 20 && !Long.valueOf(40).equals(width); tries++) {
            width = browser.driver()
                    .executeScript(
                            "var i = document.querySelector('.lesson-body img'); return i ? i.naturalWidth : -1;");
        }
        assertEquals(40L, width, "the lesson image loads from /media");
    }

    private static Path zip(String name, Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        files.forEach((path, content) -> inFolder.put("contoh/" + path, content));
        Path zip = Path.of("target", "it-zips", name);
        Files.createDirectories(zip.getParent());
        Files.write(zip, CourseFilesTest.zip(inFolder));
        return zip;
    }
}

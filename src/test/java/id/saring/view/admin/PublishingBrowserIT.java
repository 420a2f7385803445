package id.saring.view.admin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator publishes a course from a zip in Chromium: a broken zip shows every problem
 * and changes nothing, a good one is previewed and published, a student reads it, any version
 * is exported as the folder it was published from (and uploaded again changes nothing), and
 * hiding it takes it away from students again.
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
        new Admin(base).createAccount("guru.ekspor", "Guru Ekspor", "TEACHER", "kapur-tulis-12");
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
        assertEveryVersionExportsAsItsFolder(SampleCourse.files(), changedFiles);
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
        assertEquals(
                200,
                admin().getBytes("admin/courses/export?course=contoh-kursus").statusCode(),
                "a hidden course can still be exported");
    }

    /**
     * Version 1 from the history and the current version 2
     * from the table download as {@code contoh-kursus-v<N>.zip} holding exactly the published
     * files in the folder {@code contoh-kursus/}; uploading the download again publishes nothing;
     * only administrators get it, and a course or version that does not exist is "not found".
     */
    private void assertEveryVersionExportsAsItsFolder(Map<String, byte[]> version1, Map<String, byte[]> version2)
            throws IOException {
        // At phone width, as an administrator on a phone would: the history's rows stack (reflow).
        browser.open(base + "admin/courses.xhtml");
        String history = Texts.of("admin.courses.history");
        browser.click(By.xpath("//button[contains(., '" + history + "')]"));
        browser.waitForText(By.id("history"), history + ": contoh-kursus");
        Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target", "downloads")), "courses");
        Path first = browser.download(
                downloads, () -> browser.click(By.cssSelector("#history tbody tr:nth-child(2) a.export-link")));
        assertEquals("contoh-kursus-v1.zip", first.getFileName().toString());
        assertFolderHolds(version1, Files.readAllBytes(first));

        browser.open(base + "admin/courses.xhtml");
        Path current = browser.download(downloads, () -> browser.click(By.linkText(Texts.of("admin.courses.export"))));
        assertEquals("contoh-kursus-v2.zip", current.getFileName().toString());
        assertFolderHolds(version2, Files.readAllBytes(current));
        browser.upload(
                UPLOAD, current, By.id("publish:feedback"), Texts.of("admin.courses.unchanged", "contoh-kursus", 2));

        WebClient admin = admin();
        HttpResponse<byte[]> exported = admin.getBytes("admin/courses/export?course=contoh-kursus");
        assertEquals(200, exported.statusCode());
        assertTrue(
                exported.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"),
                exported.headers().map().toString());
        assertEquals(
                "attachment; filename=\"contoh-kursus-v2.zip\"",
                exported.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals(
                "private, no-store",
                exported.headers().firstValue("Cache-Control").orElse(""));
        assertArrayEquals(Files.readAllBytes(current), exported.body(), "the same version gives the same bytes");
        HttpResponse<Void> asked = admin.head("admin/courses/export?course=contoh-kursus");
        assertEquals(200, asked.statusCode(), "HEAD answers as GET would");
        assertEquals(
                String.valueOf(exported.body().length),
                asked.headers().firstValue("Content-Length").orElse(""),
                "HEAD says the download's size");
        assertEquals(404, admin.head("admin/courses/export?course=kursus-hantu").statusCode());
        for (String unknown : List.of(
                "course=kursus-hantu",
                "course=contoh-kursus&version=3",
                "course=contoh-kursus&version=0",
                "course=contoh-kursus&version=dua",
                "course=contoh-kursus&version=99999999999",
                "course=..%2Fcourses&version=1",
                "course=Contoh-Kursus",
                "")) {
            HttpResponse<String> notFound = admin.get("admin/courses/export?" + unknown, "Accept", "text/html");
            assertEquals(404, notFound.statusCode(), unknown);
            assertTrue(notFound.body().contains(Texts.of("error.404.text")), unknown + ": " + notFound.body());
        }
        String audit = admin.get("admin/audit.xhtml").body();
        assertEquals(
                3,
                audit.split(Pattern.quote(Texts.of("audit.COURSE_EXPORTED")), -1).length - 1,
                "three downloads in the audit trail (a HEAD request is none)");
        assertTrue(
                audit.contains(">" + Texts.of("audit.detail.version", 1) + "<")
                        && audit.contains(">" + Texts.of("audit.detail.version", 2) + "<"),
                "the audit trail says which versions were exported");

        String export = "admin/courses/export?course=contoh-kursus&version=1";
        for (String[] person :
                List.of(new String[] {"siswa.baca", "buku-tebal-12"}, new String[] {"guru.ekspor", "kapur-tulis-12"})) {
            WebClient client = new WebClient(base);
            client.logIn(person[0], person[1]);
            HttpResponse<String> refused = client.get(export, "Accept", "text/html");
            assertEquals(403, refused.statusCode(), person[0]);
            assertTrue(refused.body().contains(Texts.of("error.403.title")), person[0] + ": " + refused.body());
        }
        HttpResponse<String> anonymous = new WebClient(base).get(export, "Accept", "text/html");
        assertEquals(302, anonymous.statusCode(), "nobody is sent to log in");
        assertTrue(anonymous.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
    }

    /** The zip holds the course's files in the folder {@code contoh-kursus/}, byte for byte, and nothing else. */
    private static void assertFolderHolds(Map<String, byte[]> files, byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        assertEquals(
                new TreeMap<>(files)
                        .keySet().stream().map(p -> "contoh-kursus/" + p).toList(),
                List.copyOf(entries.keySet()));
        files.forEach((path, content) -> assertArrayEquals(content, entries.get("contoh-kursus/" + path), path));
    }

    private WebClient admin() {
        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        return admin;
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

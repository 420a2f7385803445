package id.saring.view.teach;

import static id.saring.view.teach.OwnCourses.LESSON;
import static id.saring.view.teach.OwnCourses.LESSON_ID;
import static id.saring.view.teach.OwnCourses.STATUS;
import static id.saring.view.teach.OwnCourses.TEXT;
import static id.saring.view.teach.OwnCourses.assign;
import static id.saring.view.teach.OwnCourses.create;
import static id.saring.view.teach.OwnCourses.createClass;
import static id.saring.view.teach.OwnCourses.logIn;
import static id.saring.view.teach.OwnCourses.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.publishing.control.PicturesTest;
import id.saring.testing.Admin;
import id.saring.testing.Browser;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Bad input to the course editor (issue 18's "tests for bad input"), through the real pages in
 * Chromium, on teachers' own courses: files that are no picture and a real picture over the upload
 * limit are refused at the picture field in the page's language and change nothing; an
 * administrator and the teacher writing the same lesson at once do not overwrite each other; a
 * draft the checker fails publishes nothing and shows the problem at its line. The rules behind
 * them are tested one by one in {@code PicturesTest} and {@code DraftFileTest}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringBadInputBrowserIT extends BrowserTest {

    private static final By PICTURE_FILE = By.cssSelector("#pictures input[type=file]");
    private static final By PICTURE_FEEDBACK = By.id("pictures:picture-feedback");
    /** The first module of a new course (NewCourse.FIRST_MODULE), where its pictures go. */
    private static final String MODULE = "01-modul-pertama";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void filesThatAreNoPictureAndAPictureOverTheLimitAreRefusedAtTheFieldAndChangeNothing() throws IOException {
        String course = "gambar-rusak-7a";
        new Admin(base).createAccount("guru.gambar", "Bu Wulan Gambar", "TEACHER", "kuas-merah-31");
        WebClient teacher = logIn(base, "guru.gambar", "kuas-merah-31");
        Path folder = Files.createTempDirectory(Files.createDirectories(Path.of("target", "uploads")), "bad");
        Map<Path, String> refused = new LinkedHashMap<>();
        String unreadable = Texts.of("admin.draft.pictureRefused", Texts.problem("picture.unreadable"));
        refused.put(Files.write(folder.resolve("surat-undangan.jpg"), PicturesTest.pdf()), unreadable);
        refused.put(Files.writeString(folder.resolve("catatan.png"), "Ini catatan, bukan gambar."), unreadable);
        refused.put(Files.write(folder.resolve("kosong.jpg"), new byte[0]), unreadable);
        refused.put(
                Files.write(
                        folder.resolve("foto-terpotong.jpg"),
                        PicturesTest.cutOff(PicturesTest.photoWithExif(1600, 1200, "SaringCam"))),
                unreadable);

        browser.wide();
        browser.logIn(base.toString(), "guru.gambar", "kuas-merah-31");
        create(browser, base, "Gambar rusak 7A", "Gambar yang tidak bisa dipakai.");
        write(browser, LESSON);
        String files = browser.text(By.id("files"));

        for (Map.Entry<Path, String> upload : refused.entrySet()) {
            // The message of the upload before is cleared, so the wait below is for this one's.
            browser.driver()
                    .executeScript(
                            "var m = document.getElementById('pictures:picture-feedback'); if (m) m.innerHTML = '';");
            browser.present(PICTURE_FILE)
                    .sendKeys(upload.getKey().toAbsolutePath().toString());
            browser.type(By.id("pictures:alt"), "Gambar uji");
            browser.click(By.id("pictures:add"));
            browser.waitForText(PICTURE_FEEDBACK, upload.getValue());
            assertEquals(
                    LESSON.stripTrailing(),
                    browser.find(TEXT).getDomProperty("value").stripTrailing());
        }
        browser.screenshot("teach-draft-picture-refused");

        // A real picture over the limit is refused as soon as it is chosen, before it is sent.
        Path big = Files.write(folder.resolve("tangkapan-layar.png"), PicturesTest.tenMegabytePng());
        String tooBig = Texts.of("admin.draft.pictureRefused", Texts.problem("picture.uploadTooBig", 10.0, 8));
        browser.present(PICTURE_FILE).sendKeys(big.toAbsolutePath().toString());
        browser.waitForText(By.id("picture-too-big"), tooBig);
        assertEquals("", browser.present(PICTURE_FILE).getDomProperty("value"), "the file is let go");
        // Sent all the same (by a script, or a page without its script), the server says the same.
        HttpResponse<String> page = teacher.open("teach/draft.xhtml?course=" + course);
        HttpResponse<String> sent = teacher.submitMultipart(
                page,
                "pictures",
                Map.of("alt", "Gambar uji"),
                "file",
                "tangkapan-layar.png",
                Files.readAllBytes(big),
                "add");
        assertEquals(200, sent.statusCode());
        assertTrue(sent.body().contains(tooBig), sent.body());
        // Over the limit of every upload to Saring's pages (web.xml), a page in the user's words, no 500.
        HttpResponse<String> huge = teacher.submitMultipart(
                teacher.open("teach/draft.xhtml?course=" + course),
                "pictures",
                Map.of("alt", "Gambar uji"),
                "file",
                "video.jpg",
                new byte[61 * 1024 * 1024],
                "add");
        assertEquals(413, huge.statusCode());
        assertTrue(huge.body().contains(Texts.of("error.413.upload", 61)), huge.body());

        browser.driver().navigate().refresh();
        assertEquals(
                LESSON.stripTrailing(),
                browser.find(TEXT).getDomProperty("value").stripTrailing(),
                "the lesson in the draft is as it was");
        assertEquals(files, browser.text(By.id("files")), "no file was added to the draft");
        for (Path upload : refused.keySet()) {
            String stem = upload.getFileName().toString().replaceFirst("\\..*", "");
            for (String extension : new String[] {"jpg", "png"}) {
                assertEquals(
                        404,
                        teacher.getBytes("teach/drafts/media/" + course + "/" + MODULE + "/gambar/" + stem + "."
                                        + extension)
                                .statusCode(),
                        stem);
            }
        }

        // A phone's 12-megapixel photo under the limit is taken: small, upright, no camera data or place.
        Path photo = Files.write(folder.resolve("IMG_20261206_071500.jpg"), PicturesTest.phonePhotoWithGps());
        browser.present(PICTURE_FILE).sendKeys(photo.toAbsolutePath().toString());
        browser.type(By.id("pictures:alt"), "Tanggul sungai di belakang sekolah");
        browser.click(By.id("pictures:add"));
        browser.waitForText(PICTURE_FEEDBACK, Texts.of("admin.draft.pictureAdded", "gambar/img-20261206-071500.jpg"));
        HttpResponse<byte[]> stored =
                teacher.getBytes("teach/drafts/media/" + course + "/" + MODULE + "/gambar/img-20261206-071500.jpg");
        assertEquals(200, stored.statusCode());
        assertTrue(stored.body().length <= 40 * 1024, stored.body().length + " bytes");
        assertFalse(PicturesTest.hasExif(stored.body()), "no EXIF: no camera, no GPS location");
        String shown = (String) browser.driver()
                .executeScript("var i = document.querySelector('#phone img[src*=img-20261206]');"
                        + " return i ? i.naturalWidth + 'x' + i.naturalHeight : 'none';");
        String[] size = shown.split("x");
        assertTrue(
                size.length == 2
                        && Integer.parseInt(size[0]) < Integer.parseInt(size[1])
                        && Integer.parseInt(size[1]) <= 800,
                "the preview shows it upright, at most 800 px: " + shown);
    }

    @Test
    void anAdministratorAndTheTeacherWritingTheSameLessonDoNotOverwriteEachOther() throws IOException {
        String course = "hoaks-grup-keluarga-9c";
        String teachers = LESSON.replace("ternyata keliru.", "ternyata keliru, kata Bu Guru.");
        String administrators = LESSON.replace("ternyata keliru.", "ternyata keliru, kata Admin.");
        new Admin(base).createAccount("guru.bersama", "Pak Hadi Bersama", "TEACHER", "kuas-biru-32");
        browser.wide();
        browser.logIn(base.toString(), "guru.bersama", "kuas-biru-32");
        create(browser, base, "Hoaks grup keluarga 9C", "Pesan yang diteruskan di grup keluarga.");
        write(browser, LESSON);

        try (Browser admin = new Browser()) {
            admin.wide();
            admin.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
            admin.open(base + "admin/draft.xhtml?course=" + course);
            admin.waitForValue(TEXT, "ternyata keliru.");
            write(admin, administrators);

            // The teacher's page still holds the text from before the administrator's save.
            browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(TEXT), teachers);
            browser.find(TEXT).sendKeys("\n");
            browser.waitForText(STATUS, Texts.pattern("admin.draft.conflict"));
            assertTrue(browser.text(STATUS).contains(Deployments.ADMIN_USERNAME), browser.text(STATUS));
            browser.present(By.id("editor:theirs"));
            browser.screenshot("teach-draft-conflict");
            // A picture added now is kept in the draft, but its line is not forced into the lesson.
            Path photo = Files.write(
                    Files.createTempDirectory(Files.createDirectories(Path.of("target", "uploads")), "conflict")
                            .resolve("tanggul.jpg"),
                    PicturesTest.photoWithExif(1200, 900, "SaringCam"));
            browser.present(PICTURE_FILE).sendKeys(photo.toAbsolutePath().toString());
            browser.type(By.id("pictures:alt"), "Tanggul sungai");
            browser.click(By.id("pictures:add"));
            browser.waitForText(
                    PICTURE_FEEDBACK,
                    Texts.of("admin.draft.pictureNotInLesson", "gambar/tanggul.jpg", "Tanggul sungai"));
            browser.waitForText(By.id("files"), "gambar/tanggul.jpg");

            admin.driver().navigate().refresh();
            String kept = admin.find(TEXT).getDomProperty("value");
            assertTrue(
                    kept.contains("kata Admin.") && !kept.contains("kata Bu Guru.") && !kept.contains("tanggul.jpg"),
                    kept);

            // The teacher takes the administrator's text and writes on from there.
            browser.click(By.id("editor:theirs"));
            browser.waitForValue(TEXT, "kata Admin.");
            write(browser, administrators.replace("## Tanggul jebol?", "## Tanggul jebol? Tidak."));
            admin.driver().navigate().refresh();
            String both = admin.find(TEXT).getDomProperty("value");
            assertTrue(both.contains("kata Admin.") && both.contains("Tidak."), both);
        }
    }

    @Test
    void aDraftTheCheckerFailsPublishesNothingAndShowsTheProblemAtItsLine() {
        String course = "kuis-tanggul-8d";
        Admin admin = new Admin(base);
        admin.createAccount("guru.periksa", "Bu Tari Periksa", "TEACHER", "kuas-hijau-33");
        admin.createAccount("siswa.periksa", "Rudi Pembaca", "STUDENT", "kuas-hijau-34");
        WebClient teacher = logIn(base, "guru.periksa", "kuas-hijau-33");
        WebClient student = logIn(base, "siswa.periksa", "kuas-hijau-34");
        String[] ownClass = createClass(teacher, "8D-Periksa");
        assertEquals(
                302,
                student.postForm("learn/join", "code=" + ownClass[1], "text/html")
                        .statusCode());
        String lesson = "learn/lesson.xhtml?course=" + course + "&lesson=" + LESSON_ID;

        browser.wide();
        browser.logIn(base.toString(), "guru.periksa", "kuas-hijau-33");
        create(browser, base, "Kuis tanggul 8D", "Pesan tanggul jebol.");
        write(browser, LESSON);
        publish();
        browser.waitForText(By.id("messages"), Texts.of("admin.courses.published", course, 1));
        assertTrue(assign(teacher, ownClass[0], course).body().contains(Texts.of("assignment.created")));
        assertTrue(student.get(lesson).body().contains("ternyata keliru"));

        browser.click(By.xpath("//tr[contains(., '" + course + "')]//button[contains(@class, 'edit-button')]"));
        browser.waitForValue(TEXT, "ternyata keliru");
        write(browser, LESSON.replace("minutes: 5", "minutes: lima").replace("ternyata keliru", "ternyata bohong"));
        publish();
        browser.waitForText(By.id("actions:feedback"), Texts.of("admin.draft.notPublished", 1));
        browser.waitForText(By.id("file-problems"), Texts.of("admin.draft.line", 4));
        assertTrue(
                browser.text(By.id("file-problems")).contains(Texts.problem("yaml.badNumber", "minutes", 1, 120)),
                () -> browser.text(By.id("file-problems")));
        browser.waitForText(By.id("files"), Texts.of("admin.draft.problemCount", 1));
        browser.screenshot("teach-draft-not-published");

        String courses = teacher.get("teach/courses.xhtml").body();
        assertTrue(courses.contains(Texts.of("teach.courses.publishedVersion", 1)), courses);
        assertFalse(courses.contains(Texts.of("teach.courses.publishedVersion", 2)), "no version 2");
        String read = student.get(lesson).body();
        assertTrue(read.contains("ternyata keliru") && !read.contains("ternyata bohong"), read);
        browser.driver().navigate().refresh();
        assertTrue(
                browser.find(TEXT).getDomProperty("value").contains("minutes: lima"),
                "the draft keeps what the teacher wrote, to fix");
    }

    private void publish() {
        browser.click(By.id("actions:publish"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.publishConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }
}

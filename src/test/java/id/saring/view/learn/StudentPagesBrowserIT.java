package id.saring.view.learn;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.reading.CourseFilesTest;
import id.saring.catalog.reading.SampleCourse;
import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 16's student pages on a 360-px phone: joining a class is the first thing on Home and its
 * result is where the eye is; a word longer than the screen wraps; English pages say when the
 * content is only in Indonesian; the question comes before the navigation; a quiz without a pass
 * mark is not "passed".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StudentPagesBrowserIT extends BrowserTest {

    private static final String LONG_WORD = "Literasidigitaluntuksemuasiswasekolahmenengahpertama";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    /**
     * Issue 19: a lesson page is rendered once per published version, lesson and language and then
     * written from memory (LessonPageFilter). Each student still gets the page with their own
     * session's token, so "Selesai, lanjut" works for each and not with a classmate's token; the
     * English page is kept apart; an unknown lesson is still "not found".
     */
    @Test
    void aLessonPageKeptInMemoryCarriesEachStudentsOwnToken() {
        Admin admin = new Admin(base);
        admin.createAccount("siswa.simpan1", "Siswa Simpan Satu", "STUDENT", "pensil-biru-31");
        admin.createAccount("siswa.simpan2", "Siswa Simpan Dua", "STUDENT", "pensil-hijau-32");
        WebClient first = new WebClient(base);
        WebClient second = new WebClient(base);
        assertEquals(302, first.logIn("siswa.simpan1", "pensil-biru-31").statusCode());
        assertEquals(302, second.logIn("siswa.simpan2", "pensil-hijau-32").statusCode());
        String lesson = "learn/lesson.xhtml?course=" + QUIZ_COURSE + "&lesson=apa-itu-hoaks";

        HttpResponse<String> rendered = first.get(lesson);
        HttpResponse<String> kept = second.get(lesson);
        HttpResponse<String> again = first.get(lesson);
        assertEquals(200, rendered.statusCode());
        assertEquals(200, kept.statusCode());
        assertTrue(kept.body().contains("id=\"done-next\""), kept.body());
        String firstToken = token(rendered.body());
        String secondToken = token(kept.body());
        assertNotEquals(firstToken, secondToken, "each session its own token");
        assertEquals(
                withoutNonce(rendered.body()),
                withoutNonce(kept.body()).replace(secondToken, firstToken),
                "the same page but for the token and the nonce");
        assertEquals(withoutNonce(rendered.body()), withoutNonce(again.body()));
        assertEquals(
                rendered.headers().firstValue("Content-Type"), kept.headers().firstValue("Content-Type"));
        String policy = kept.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(policy.contains("script-src 'self'"), policy);
        Matcher nonce = NONCE.matcher(kept.body());
        if (nonce.find()) {
            assertTrue(policy.contains("'nonce-" + nonce.group(1) + "'"), "the page's nonce is its policy's");
            assertFalse(again.body().contains(nonce.group(1)), "a fresh nonce for every answer");
        }

        String read = "course=" + QUIZ_COURSE + "&lesson=apa-itu-hoaks&csrf=";
        assertEquals(403, second.postRaw("learn/read", read + firstToken).statusCode(), "a classmate's token");
        assertEquals(302, second.postRaw("learn/read", read + secondToken).statusCode(), "marked read");

        assertEquals(302, first.get(lesson + "&lang=en").statusCode());
        HttpResponse<String> english = first.get(lesson);
        assertTrue(english.body().contains("lang=\"en\""), "the English page");
        assertNotEquals(withoutNonce(rendered.body()), withoutNonce(english.body()));
        assertEquals(
                withoutNonce(rendered.body()),
                withoutNonce(second.get(lesson).body()).replace(secondToken, firstToken),
                "still the Indonesian page for the other");
        assertEquals(
                404,
                second.get("learn/lesson.xhtml?course=" + QUIZ_COURSE + "&lesson=tidak-ada")
                        .statusCode());
    }

    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private static String withoutNonce(String page) {
        return NONCE.matcher(page).replaceAll("nonce=\"\"");
    }

    private static String token(String page) {
        Matcher token = CSRF.matcher(page);
        assertTrue(token.find(), page);
        return token.group(1);
    }

    /** Issue 23's app shell: Chromium itself judges whether Saring can be added to the home screen. */
    @Test
    void saringCanBeAddedToAPhonesHomeScreen() throws IOException {
        WebClient visitor = new WebClient(base);
        HttpResponse<String> manifest = visitor.get("manifest.webmanifest");
        assertEquals(200, manifest.statusCode());
        assertTrue(
                manifest.headers().firstValue("Content-Type").orElse("").startsWith("application/manifest+json"),
                manifest.headers().map().toString());
        assertEquals(
                "public, max-age=86400",
                manifest.headers().firstValue("Cache-Control").orElse(""));
        JsonObject app = Json.createReader(new StringReader(manifest.body())).readObject();
        assertEquals("Saring", app.getString("short_name"));
        for (JsonValue icon : app.getJsonArray("icons")) {
            String src = icon.asJsonObject().getString("src");
            HttpResponse<byte[]> png = visitor.getBytes(src);
            assertEquals(200, png.statusCode(), src);
            assertEquals(
                    "public, max-age=86400",
                    png.headers().firstValue("Cache-Control").orElse(""),
                    "kept for a day, not asked again with every page");
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertEquals(icon.asJsonObject().getString("sizes"), image.getWidth() + "x" + image.getHeight(), src);
        }

        browser.open(base.toString());
        browser.find(By.tagName("main"));
        Map<String, Object> installability =
                browser.driver().executeCdpCommand("Page.getInstallabilityErrors", Map.of());
        assertEquals(List.of(), installability.get("installabilityErrors"), installability.toString());
    }

    @Test
    void aStudentOnAPhoneJoinsFirstAndReadsEveryPageWithoutScrollingSideways() throws IOException {
        Admin admin = new Admin(base);
        admin.createAccount("guru.hp", "Bu Rina", "TEACHER", "papan-hijau-42");
        admin.createAccount("siswa.hp", "Dimas Hp", "STUDENT", "tas-merah-27");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.hp", "papan-hijau-42");
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "8C", "grade", "8", "year", "2026/2027"), "submit");
        Matcher code = Texts.pattern("class.created").matcher(created.body());
        assertTrue(code.find(), created.body());

        // A course whose title is one long word, its lesson only in Indonesian, its quiz without a pass mark.
        Map<String, byte[]> files = SampleCourse.files();
        files.remove("01-modul-satu/01-apa-itu-hoaks.en.md");
        SampleCourse.put(
                files,
                "course.yaml",
                SampleCourse.COURSE
                        .replace("id: contoh-kursus", "id: kursus-panjang")
                        .replace("Kursus Contoh", LONG_WORD)
                        .replace("en: Sample Course", "en: " + LONG_WORD));
        SampleCourse.put(files, "01-modul-satu/quiz.yaml", SampleCourse.QUIZ.replace("pass-mark: 70", "pass-mark: 0"));
        Path zip = zip("kursus-panjang.zip", files);
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.upload(
                By.id("publish:upload_input"),
                zip,
                By.id("publish:feedback"),
                Texts.of("admin.courses.published", "kursus-panjang", 1));
        browser.logOut();

        // Home: the join box is on the first screen, and its answer is where the page lands (item 9).
        browser.logIn(base.toString(), "siswa.hp", "tas-merah-27");
        browser.open(base + "home.xhtml");
        assertTrue(top(By.id("join-class")) < 740, "joining is on the first screen");
        browser.type(By.id("join-code"), "ZZZ999");
        browser.click(By.id("join"));
        browser.find(By.id("join-refused"));
        assertTrue(inView(By.id("join-refused")), "the refusal is on screen");
        browser.type(By.id("join-code"), code.group(2));
        browser.click(By.id("join"));
        browser.waitForText(By.id("join-result"), "8C");
        assertTrue(inView(By.id("join-result")), "the result is on screen");
        browser.screenshot("student-joined");

        // The long title wraps: nothing scrolls sideways at 360 px (item 12).
        browser.waitForText(By.id("student-home"), LONG_WORD.substring(0, 20));
        assertEquals(0L, sidewaysOverflow(), "Home at 360 px");
        browser.open(base + "learn/course.xhtml?id=kursus-panjang");
        assertEquals(0L, sidewaysOverflow(), "the course page at 360 px");

        // English pages say when the content is only in Indonesian (item 14).
        browser.open(base + "learn/course.xhtml?id=kursus-panjang&lang=en");
        browser.waitForText(By.id("language-notice"), "This course is only in Bahasa Indonesia for now.");
        browser.open(base + "learn/lesson.xhtml?course=kursus-panjang&lesson=apa-itu-hoaks");
        browser.waitForText(By.id("language-notice"), "This lesson is only in Bahasa Indonesia for now.");
        browser.open(base + "learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ);
        browser.waitForText(By.id("language-notice"), "This quiz is only in Bahasa Indonesia for now.");
        browser.open(base + "home.xhtml?lang=id");

        // On the phone the question comes first, then the sixteen-button navigation (item 15).
        browser.open(base + "learn/quiz.xhtml?course=kursus-panjang&quiz=" + QUIZ);
        browser.click(By.id("start-quiz"));
        browser.find(By.cssSelector(".question.current .question-text"));
        assertTrue(
                top(By.cssSelector(".question.current .question-text")) < top(By.cssSelector(".qnav")),
                "the question before the navigation");
        assertTrue(top(By.cssSelector(".question.current .question-text")) < 740, "on the first screen");

        // A quiz without a pass mark is taken, not passed (item 15).
        browser.click(By.cssSelector(".qnav .to-summary"));
        browser.click(By.id("submit-attempt"));
        browser.waitForText(By.id("verdict"), Texts.of("quiz.review.ungraded"));
        assertFalse(
                browser.text(By.id("score")).contains(Texts.of("quiz.review.passed")), browser.text(By.id("score")));
    }

    private long top(By by) {
        return ((Number) browser.driver()
                        .executeScript(
                                "return Math.round(arguments[0].getBoundingClientRect().top + window.scrollY);",
                                browser.present(by)))
                .longValue();
    }

    private boolean inView(By by) {
        return (Boolean) browser.driver()
                .executeScript(
                        "var r = arguments[0].getBoundingClientRect();"
                                + "return r.top >= 0 && r.top < window.innerHeight;",
                        browser.find(by));
    }

    private long sidewaysOverflow() {
        return ((Number) browser.driver()
                        .executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);"))
                .longValue();
    }

    private static Path zip(String name, Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        files.forEach((path, content) -> inFolder.put("panjang/" + path, content));
        Path zip = Path.of("target", "it-zips", name);
        Files.createDirectories(zip.getParent());
        Files.write(zip, CourseFilesTest.zip(inFolder));
        return zip;
    }
}

package id.saring.view.learn;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.saring.catalog.question.QuestionSample;
import id.saring.catalog.reading.CourseFilesTest;
import id.saring.catalog.reading.SampleCourse;
import id.saring.testing.Admin;
import id.saring.testing.Browser.Transfers;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Https;
import id.saring.testing.SampleQuiz;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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

/** A student takes a quiz in Chromium on a 360-px screen, including while the network is gone. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuizBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aStudentAnswersEveryQuestionTypeAndGetsFullMarks() {
        startQuizAs("siswa.lengkap");

        answerEverythingRight();

        browser.waitForText(By.id("score"), Texts.of("quiz.review.score", 100));
        browser.screenshot("quiz-review");
        assertStrictContentSecurityPolicy(browser.contentSecurityPolicy());
        assertEquals(List.of(), browser.contentSecurityViolations(), "no CSP violation while taking the quiz");
    }

    /** Scripts only from Saring or with this response's nonce: never inline ones an attacker could write. */
    static void assertStrictContentSecurityPolicy(String policy) {
        Matcher scripts = Pattern.compile("script-src ([^;]*)").matcher(policy);
        assertTrue(scripts.find(), "a script-src directive in: " + policy);
        assertTrue(scripts.group(1).matches("'self' 'nonce-[A-Za-z0-9+/=_-]{16,}'\\s*"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertTrue(policy.contains("base-uri 'self'"), policy);
    }

    /**
     * A find-in-picture question on a 360-px phone: the picture scales into the screen with a real
     * checkbox over each region, a tick and the focus show, and after checking every region says
     * whether it was found, missed or wrongly picked, with its explanation.
     */
    @Test
    void aStudentFindsTheManipulationsInAPicture() throws Exception {
        // A course whose quiz is the type's sample, on a real picture: the forged circular.
        Map<String, byte[]> files = SampleCourse.files();
        SampleCourse.put(files, "course.yaml", SampleCourse.COURSE.replace("id: contoh-kursus", "id: kursus-gambar"));
        SampleCourse.put(
                files,
                "01-modul-satu/quiz.yaml",
                "id: kuis-gambar\ntitle: Kuis gambar\nsettings:\n  feedback: immediate\nquestions:\n"
                        + QuestionSample.indented("find-in-picture", 2));
        files.put(
                "01-modul-satu/gambar/peta.png",
                Files.readAllBytes(
                        Path.of("courses/saring-sebelum-sharing/07-menilai-bukti/gambar/surat-edaran-palsu.png")));
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.upload(
                By.id("publish:upload_input"),
                zip("kursus-gambar.zip", files),
                By.id("publish:feedback"),
                Texts.of("admin.courses.published", "kursus-gambar", 1));
        browser.logOut();

        new Admin(base).createAccount("siswa.gambar", "Siswa Gambar", "STUDENT", "kapur-tulis-55");
        logIn("siswa.gambar");
        browser.open(base + "learn/quiz.xhtml?course=kursus-gambar&quiz=kuis-gambar");
        browser.click(By.id("start-quiz"));
        browser.find(By.id("quiz-head"));
        assertTrue(
                (Boolean) browser.driver()
                        .executeScript("var img = document.querySelector('.question.current .picture-frame img');"
                                + " return img.complete && img.naturalWidth === 640"
                                + " && img.getBoundingClientRect().right <= window.innerWidth;"),
                "the picture loads and fits the 360-px screen");
        assertEquals(
                0L,
                ((Number)
                                browser.driver()
                                        .executeScript(
                                                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);"))
                        .longValue(),
                "nothing scrolls sideways");
        assertEquals(
                List.of("alamat", "tanggal", "stempel"),
                current().findElements(By.cssSelector("label.region input[type=checkbox][name=regions]")).stream()
                        .map(input -> input.getAttribute("value"))
                        .toList(),
                "one real checkbox per region");
        assertEquals(
                "A: Alamat situs di kop surat|true",
                browser.driver()
                        .executeScript("var label = document.querySelector('.question.current label.region');"
                                + " return label.querySelector('.visually-hidden').textContent.trim() + '|'"
                                + " + (label.querySelector('.region-letter').getAttribute('aria-hidden') === 'true');"),
                "the label a screen reader reads");
        assertNoSeriousProblems("a picture question");

        region("alamat").click();
        region("tanggal").click();
        assertEquals(
                Boolean.TRUE,
                browser.driver()
                        .executeScript("return document.querySelector('input[value=alamat]').checked"
                                + " && getComputedStyle(document.querySelector('input[value=alamat]').parentElement)"
                                + ".borderTopStyle === 'solid'"),
                "a ticked region shows it");
        assertEquals(
                "solid",
                browser.driver()
                        .executeScript("var input = document.querySelector('input[value=stempel]'); input.focus();"
                                + " return getComputedStyle(input.parentElement).outlineStyle;"),
                "the region with the keyboard focus shows it");
        browser.driver().executeScript("document.querySelector('.question.current .picture-frame').scrollIntoView()");
        browser.screenshot("quiz-find-in-picture");

        inCurrent("button[name=action][value=check]").click();
        browser.waitForText(By.cssSelector(".question.current .region-notes"), Texts.of("quiz.picture.missed"));
        browser.driver().executeScript("document.querySelector('.question.current .picture-frame').scrollIntoView()");
        browser.screenshot("quiz-find-in-picture-checked");
        assertEquals(
                List.of("found", "wrong", "missed"),
                current().findElements(By.cssSelector(".region-notes li")).stream()
                        .map(li -> li.getAttribute("class"))
                        .toList());
        String notes = browser.text(By.cssSelector(".question.current .region-notes"));
        assertTrue(notes.contains(Texts.of("quiz.picture.found")), notes);
        assertTrue(notes.contains(Texts.of("quiz.picture.wrong")), notes);
        assertTrue(notes.contains("Alamatnya meniru alamat resmi dengan satu huruf berbeda."), notes);
        assertTrue(notes.contains("Stempelnya ditempel dari gambar lain, tepinya kotak."), notes);
        assertEquals(
                List.of("found", "wrong", "missed"),
                current().findElements(By.cssSelector(".picture-frame label.region")).stream()
                        .map(label -> label.getAttribute("class")
                                .replace("region", "")
                                .strip())
                        .toList(),
                "the regions on the picture are marked too");
    }

    private org.openqa.selenium.WebElement region(String id) {
        return inCurrent("input[value=" + id + "]").findElement(By.xpath(".."));
    }

    private static Path zip(String name, Map<String, byte[]> files) throws IOException {
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        files.forEach((path, content) -> inFolder.put("kursus-gambar/" + path, content));
        Path zip = Path.of("target", "it-zips", name);
        Files.createDirectories(zip.getParent());
        Files.write(zip, CourseFilesTest.zip(inFolder));
        return zip;
    }

    @Test
    void answersGivenWithoutANetworkAreSentWhenItReturns() {
        startQuizAs("siswa.sinyal");
        pick("Huruf kapital dan seruan");
        browser.waitForText(By.id("save-status"), Texts.of("quiz.status.saved"));
        waitForOfflinePage("id+");

        network(false);
        next(1);
        pick("Cari sumber aslinya");
        next(2);
        pick(Texts.of("quiz.truefalse.true"));
        browser.waitForText(By.id("save-status"), Texts.of("quiz.status.offline"));
        browser.screenshot("quiz-offline");
        assertEquals(
                "q-benar-salah,q-ganda",
                browser.driver()
                        .executeScript("return Object.keys(JSON.parse(localStorage.getItem('saring-answers-'"
                                + " + document.getElementById('quiz-head').dataset.attempt))).sort().join(',')"),
                "both answers given offline wait in the browser, and nothing else");
        // Any other page, offline, says what waits to be sent.
        browser.open(base + "learn/progress.xhtml");
        browser.waitForText(By.id("offline-waiting"), Texts.of("offline.page.waiting", 2));

        network(true);
        browser.driver().navigate().back();
        browser.find(By.id("quiz-head"));
        browser.waitForText(By.id("save-status"), Texts.of("quiz.status.saved"));

        browser.driver().executeScript("localStorage.clear()");
        browser.driver().navigate().refresh();
        browser.find(By.id("quiz-head"));
        assertEquals(
                Boolean.TRUE,
                browser.driver()
                        .executeScript("return document.querySelector('input[name=choices][value=a]').checked"
                                + " && document.querySelector('input[name=answer][value=true]').checked"),
                "the server has both answers given offline");
    }

    /**
     * The session ends mid-quiz (30 idle minutes, or the cookie is gone): the answer stays on the
     * device, the student is told to log in again, and after logging in it is sent with the new
     * session's CSRF token, not refused with the old page's one.
     */
    @Test
    void answersGivenAfterTheSessionEndedAreSentAfterLoggingInAgain() {
        startQuizAs("siswa.sesi");
        pick("Huruf kapital dan seruan");
        browser.waitForText(By.id("save-status"), Texts.of("quiz.status.saved"));

        browser.driver().manage().deleteAllCookies();
        next(1);
        pick("Cari sumber aslinya");
        browser.waitForText(By.id("save-status"), Texts.of("quiz.status.expired"));
        browser.screenshot("quiz-session-ended");
        assertEquals(
                "q-ganda",
                browser.driver()
                        .executeScript("return Object.keys(JSON.parse(localStorage.getItem('saring-answers-'"
                                + " + document.getElementById('quiz-head').dataset.attempt))).join(',')"),
                "the answer waits on the device");

        browser.click(By.cssSelector("#save-status a"));
        browser.find(By.id("login:username"));
        browser.type(By.id("login:username"), "siswa.sesi");
        browser.type(By.id("login:password"), "kapur-tulis-55");
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("save-status"), Texts.of("quiz.status.saved"));

        browser.driver().executeScript("localStorage.clear()");
        browser.driver().navigate().refresh();
        browser.find(By.id("quiz-head"));
        assertEquals(
                Boolean.TRUE,
                browser.driver().executeScript("return document.querySelector('input[name=choices][value=a]').checked"),
                "the server has the answer given while logged out");
    }

    @Test
    void aNewStudentCompletesAModuleAndTheCertificateIsVerified() throws Exception {
        new Admin(base).createAccount("siswa.baru", "Siswa Baru", "STUDENT", "kapur-tulis-55");
        logIn("siswa.baru");
        browser.open(base + "home.xhtml");
        assertEquals("0", browser.find(By.cssSelector("#student-home progress")).getAttribute("value"));
        browser.click(By.linkText(Texts.of("progress.begin")));
        assertTrue(
                browser.driver().getCurrentUrl().contains("lesson=apa-itu-hoaks"), "continue goes to the first lesson");
        browser.screenshot("lesson-with-progress");

        browser.click(By.id("done-next"));
        browser.click(By.id("start-quiz"));
        answerEverythingRight();
        browser.waitForText(By.id("score"), Texts.of("quiz.review.score", 100));

        browser.open(base + "learn/course.xhtml?id=" + QUIZ_COURSE);
        assertEquals("100", browser.find(By.id("course-bar")).getAttribute("value"));
        assertTrue(browser.text(By.cssSelector(".module h2")).contains(Texts.of("progress.module.done")));
        browser.find(By.id("certificate"));
        browser.open(base + "learn/progress.xhtml");
        browser.waitForText(By.tagName("main"), "Memancing emosi");
        browser.screenshot("my-progress");

        WebClient student = new WebClient(base);
        student.logIn("siswa.baru", "kapur-tulis-55");
        byte[] pdf = student.getBytes("learn/certificate?course=" + QUIZ_COURSE).body();
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        Matcher code = Pattern.compile("SRG-[A-Z0-9]{4}-[A-Z0-9]{5}").matcher(text);
        assertTrue(code.find(), text);
        assertTrue(text.contains("Siswa Baru"), text);

        browser.logOut();
        browser.open(base + "verify.xhtml");
        browser.type(By.id("code"), code.group().toLowerCase().replace("-", " "));
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.waitForText(By.id("verify-result"), Texts.of("verify.genuine"));
        assertTrue(browser.text(By.id("verify-result")).contains("Siswa Baru"));
        browser.type(By.id("code"), "SRG-AAAA-BBBBB");
        browser.click(By.cssSelector("main button[type=submit]"));
        browser.waitForText(By.id("verify-result"), Texts.of("verify.unknown"));
    }

    /**
     * The product's budgets for students on 3G, measured in Chromium as the network carries them
     * (bytes are deterministic): first load of a lesson at most 100 KB, and 60 KB for one that
     * shows a picture (issue 21; the sample lesson does), of a quiz question 120 KB, a further
     * page 15 KB. Each is also more than the least it could be, so a measurement that counts
     * nothing fails. And no serious or critical accessibility problem on any student page
     * (axe-core).
     */
    @Test
    void studentPagesStayWithinTheirBudgetsAndPassAnAccessibilityCheck() {
        browser.open(base.toString());
        assertNoSeriousProblems("landing");
        browser.open(base + "login.xhtml");
        assertNoSeriousProblems("login");
        // A page's messages (the layout's live region) as a refused login shows them.
        browser.type(By.id("login:username"), "belum.terdaftar");
        browser.type(By.id("login:password"), "bukan-sandinya-1");
        browser.click(By.id("login:submit"));
        browser.waitForText(By.id("messages"), Texts.of("login.failed"));
        assertNoSeriousProblems("login refused");
        new Admin(base).createAccount("siswa.hitung", "Siswa Hitung", "STUDENT", "kapur-tulis-55");
        logIn("siswa.hitung");
        assertNoSeriousProblems("home");

        browser.clearCache();
        Transfers lesson = browser.transferred(
                () -> browser.open(base + "learn/lesson.xhtml?course=" + QUIZ_COURSE + "&lesson=apa-itu-hoaks"));
        assertNoSeriousProblems("lesson");
        Transfers furtherPage = browser.transferred(() -> browser.open(base + "learn/course.xhtml?id=" + QUIZ_COURSE));
        assertNoSeriousProblems("course");
        browser.open(base + "learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ);
        assertNoSeriousProblems("quiz intro");
        browser.click(By.id("start-quiz"));
        browser.find(By.id("quiz-head"));
        browser.clearCache();
        Transfers question = browser.transferred(() -> {
            browser.driver().navigate().refresh();
            browser.find(By.id("quiz-head"));
        });
        for (int position = 1; position <= 9; position++) {
            browser.open(base + "learn/attempt.xhtml?id="
                    + browser.find(By.id("quiz-head")).getAttribute("data-attempt") + "&q=" + position);
            assertNoSeriousProblems("quiz question " + position);
        }
        browser.click(By.id("submit-attempt"));
        browser.find(By.id("score"));
        assertNoSeriousProblems("review");
        browser.open(base + "learn/progress.xhtml");
        assertNoSeriousProblems("Kemajuanku");

        System.out.printf(
                "Page weight (transferred, compressed, with headers):%nlesson first load (with a picture) %s%n"
                        + "further page %s%nquiz question first load %s%n",
                lesson, furtherPage, question);
        assertTrue(lesson.of("/learn/lesson.xhtml") > 1_000, "the lesson's page is counted: " + lesson);
        assertTrue(lesson.of("saring.css") > 1_000, "its stylesheet is counted: " + lesson);
        assertTrue(lesson.of("peta.png") > 0, "its picture is counted: " + lesson);
        assertTrue(lesson.total() > 5_000, "lesson first load is more than its page alone: " + lesson);
        assertTrue(lesson.total() <= 60_000, "lesson with a picture, first load " + lesson);
        assertTrue(lesson.total() <= 100_000, "lesson first load " + lesson);
        assertTrue(furtherPage.of("/learn/course.xhtml") > 1_000, "the further page is counted: " + furtherPage);
        assertTrue(furtherPage.total() <= 15_000, "further page " + furtherPage);
        assertEquals(
                0,
                furtherPage.of("/manifest.webmanifest") + furtherPage.of("/icons/"),
                "the app's manifest and icon come from the cache on a further page: " + furtherPage);
        assertTrue(question.of("/learn/attempt.xhtml") > 1_000, "the question's page is counted: " + question);
        assertTrue(question.total() > 5_000, "quiz first load is more than its page alone: " + question);
        assertTrue(question.total() <= 120_000, "quiz question first load " + question);
    }

    @Test
    void dataSaverDefersImagesAndLessonsCanBeSavedForReadingOfflineOverHttps() {
        new Admin(base).createAccount("siswa.hemat", "Siswa Hemat", "STUDENT", "kapur-tulis-55");
        // Service workers need a secure context: HTTPS on the address a phone on the school's
        // Wi-Fi uses, as here (issue 20), or localhost.
        String local = Https.base(base);
        browser.logIn(local, "siswa.hemat", "kapur-tulis-55");
        String lesson = local + "learn/lesson.xhtml?course=" + QUIZ_COURSE + "&lesson=apa-itu-hoaks";

        browser.open(lesson);
        browser.click(By.id("saver-toggle"));
        browser.waitForText(By.cssSelector("footer"), Texts.of("saver.on"));
        assertEquals(
                0,
                browser.driver()
                        .findElements(By.cssSelector(".lesson-body img"))
                        .size(),
                "no image loads by itself");
        browser.waitForText(By.cssSelector("a.saver-image"), Texts.of("saver.image", "Peta penyebaran pesan", 1));
        browser.click(By.cssSelector("a.saver-image"));
        browser.find(By.cssSelector(".lesson-body img"));
        browser.click(By.id("saver-toggle"));
        browser.waitForText(By.cssSelector("footer"), Texts.of("saver.off"));

        browser.open(local + "learn/course.xhtml?id=" + QUIZ_COURSE);
        browser.waitForText(By.id("save-offline"), Texts.pattern("offline.save"));
        // What saving costs, at the default Rp 15,000 per GB (saring.data.pricePerGb).
        browser.waitForText(By.id("offline-cost"), Texts.pattern("offline.cost"));
        assertTrue(
                browser.text(By.id("offline-cost")).contains("Rp 15.000 per GB"), browser.text(By.id("offline-cost")));
        assertEquals(
                Boolean.TRUE,
                browser.driver()
                        .executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "navigator.serviceWorker.ready.then(function () { done(true); }, function () { done(false); });"));
        browser.click(By.id("save-offline"));
        browser.waitForText(By.id("offline-status"), Texts.of("offline.saved"));
        assertEquals(
                Boolean.TRUE,
                browser.driver()
                        .executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "caches.match(arguments[0], { ignoreVary: true }).then(function (r) { done(!!r); });",
                                lesson),
                "the lesson is kept for reading offline");

        // Kemajuanku says how much data Saring used this month on this device: at least the course just saved.
        browser.open(local + "learn/progress.xhtml");
        browser.waitForText(By.id("data-used"), Texts.pattern("progress.dataUsed"));
        Matcher used = Texts.pattern("progress.dataUsed").matcher(browser.text(By.id("data-used")));
        assertTrue(used.find());
        double megabytes = Double.parseDouble(used.group(1).replace(',', '.'));
        System.out.println("Data used this month on this device, as Kemajuanku shows it: " + used.group(1) + " MB");
        assertTrue(megabytes >= 0.1, "counted: " + used.group(1));

        // The saved lesson opens with the network gone; a page that was not saved shows Saring's
        // offline page in the reader's language, never the browser's own error.
        waitForOfflinePage("id+");
        network(false);
        try {
            browser.open(lesson);
            browser.find(By.cssSelector(".lesson-body"));
            assertTrue(
                    browser.driver().getCurrentUrl().startsWith("https://"),
                    browser.driver().getCurrentUrl());

            browser.open(local + "learn/progress.xhtml");
            browser.waitForText(By.tagName("h1"), Texts.of("offline.page.title"));
            browser.waitForText(By.cssSelector("#offline-courses a"), "Kuis Contoh");
            assertTrue(
                    browser.driver().findElements(By.cssSelector("#offline-none")).stream()
                            .noneMatch(org.openqa.selenium.WebElement::isDisplayed),
                    "no \"nothing saved\" beside the saved course");
            assertEquals(Texts.of("offline.page.nothingWaiting"), browser.text(By.id("offline-waiting")));
            String contact = browser.text(By.id("offline-contact"));
            assertTrue(contact.matches(".*\\d{4}.*"), "the last contact is a date and time: " + contact);
            browser.screenshot("offline-page");
            assertNoSeriousProblems("offline page");

            // Not even a page of Saring's that is not a Faces page (a certificate) shows the browser's error.
            browser.open(local + "learn/certificate?course=" + QUIZ_COURSE);
            browser.waitForText(By.tagName("h1"), Texts.of("offline.page.title"));
        } finally {
            network(true);
        }

        // Reading in English: the offline page follows.
        browser.open(local + "learn/course.xhtml?id=" + QUIZ_COURSE + "&lang=en");
        waitForOfflinePage("en+");
        network(false);
        try {
            browser.open(local + "learn/progress.xhtml");
            browser.waitForText(By.tagName("h1"), "You are offline");
        } finally {
            network(true);
        }
        browser.open(local + "learn/course.xhtml?id=" + QUIZ_COURSE + "&lang=id");

        browser.logOut();
        assertEquals(
                Boolean.TRUE,
                browser.driver()
                        .executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "setTimeout(function () { caches.keys().then(function (k) { done(k.length === 0); }); }, 500);"),
                "logging out forgets the cached lessons (shared school PCs)");
    }

    /** Waits until the service worker kept the offline page as this reader sees it ({@code id+}: Indonesian, logged in). */
    private void waitForOfflinePage(String shell) {
        assertEquals(
                Boolean.TRUE,
                browser.driver()
                        .executeAsyncScript(
                                "var want = arguments[0], done = arguments[arguments.length - 1], tries = 0;"
                                        + "(function check() { if (localStorage.getItem('saring-shell') === want) { done(true); }"
                                        + " else if (++tries > 100) { done(false); } else { setTimeout(check, 100); } })();",
                                shell),
                "the offline page is kept for " + shell);
    }

    private void assertNoSeriousProblems(String page) {
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), page + ": " + String.join("\n", problems));
    }

    private void answerEverythingRight() {
        new SampleQuiz(browser).answerEverythingRight();
    }

    private void logIn(String username) {
        browser.logIn(base.toString(), username, "kapur-tulis-55");
    }

    private void startQuizAs(String username) {
        new Admin(base).createAccount(username, "Siswa " + username, "STUDENT", "kapur-tulis-55");
        logIn(username);
        browser.open(base + "learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ);
        browser.click(By.id("start-quiz"));
        browser.find(By.id("quiz-head"));
    }

    private org.openqa.selenium.WebElement current() {
        return new SampleQuiz(browser).current();
    }

    private org.openqa.selenium.WebElement inCurrent(String css) {
        return new SampleQuiz(browser).inCurrent(css);
    }

    private void pick(String text) {
        new SampleQuiz(browser).pick(text);
    }

    private void next(int position) {
        new SampleQuiz(browser).next(position);
    }

    private void network(boolean online) {
        browser.network(online);
    }
}

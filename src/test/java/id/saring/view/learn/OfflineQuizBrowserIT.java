package id.saring.view.learn;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.Browser;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Https;
import id.saring.testing.SampleQuiz;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * Issue 23, done when: a student saves a course, goes offline, restarts the phone, takes a whole
 * quiz with no connection, comes back online; the attempt is graded once, the teacher sees it, and
 * the score is the same on every page. And on a phone students share, an attempt waiting to be
 * sent is only ever sent by, and graded for, the student who took it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineQuizBrowserIT extends BrowserTest {

    private static final String PASSWORD = "kapur-tulis-55";
    private static final Pattern ATTEMPT = Pattern.compile("review\\.xhtml\\?id=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aQuizTakenOfflineAfterARestartIsGradedOnceWhenTheConnectionReturns() throws Exception {
        Admin admin = new Admin(base);
        admin.createAccount("guru.luring", "Bu Luring", "TEACHER", "papan-tulis-78");
        admin.createAccount("siswa.luring", "Siswa Luring", "STUDENT", PASSWORD);
        WebClient teacher = new WebClient(base);
        assertTrue(WebClient.isRedirect(teacher.logIn("guru.luring", "papan-tulis-78")));
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "8L", "grade", "8", "year", "2026/2027"), "submit");
        Matcher classId = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(classId.find() && code.find(), created.body());
        WebClient student = new WebClient(base);
        assertTrue(WebClient.isRedirect(student.logIn("siswa.luring", PASSWORD)));
        assertEquals(
                302,
                student.postForm("learn/join", "code=" + code.group(1), "text/html")
                        .statusCode());

        // Service workers need a secure context: HTTPS on the machine's address, as a school's.
        String local = Https.base(base);
        String course = local + "learn/course.xhtml?id=" + QUIZ_COURSE;
        String offlineQuiz = local + "learn/offline-quiz.xhtml?course=" + QUIZ_COURSE + "&version=1&quiz=" + QUIZ;
        Path phone = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "phone");

        // 1. Online: save the course for offline, quizzes included; then the network goes.
        browser.close();
        browser = new Browser(phone);
        browser.logIn(local, "siswa.luring", PASSWORD);
        browser.open(course);
        browser.waitForText(By.id("save-offline"), Texts.pattern("offline.save"));
        assertEquals(
                Boolean.TRUE,
                browser.driver()
                        .executeAsyncScript(
                                "var done = arguments[arguments.length - 1];"
                                        + "navigator.serviceWorker.ready.then(function () { done(true); }, function () { done(false); });"));
        browser.click(By.id("save-offline"));
        browser.waitForText(By.id("offline-status"), Texts.of("offline.saved"));
        browser.network(false);
        browser.open(course);
        browser.click(By.cssSelector("a[data-offline-quiz]"));
        browser.find(By.id("offline-start"));
        browser.close();

        // 2. The phone restarted with no network at all: the whole quiz, from what was saved.
        browser = new Browser(phone, false);
        browser.open(offlineQuiz);
        browser.click(By.id("offline-start"));
        browser.find(By.cssSelector("#q1.current"));
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), "offline quiz page: " + String.join("\n", problems));
        SampleQuiz quiz = new SampleQuiz(browser);
        quiz.answer(Texts.of("quiz.hoax.verdict.fakta"));
        browser.waitForText(By.id("offline-quiz-earlier"), Texts.pattern("offline.quiz.waiting"));
        browser.screenshot("offline-quiz-waiting");
        System.out.println("The sample quiz's attempt as kept on the device: "
                + browser.driver().executeScript("return localStorage.getItem('saring-offline').length;")
                + " characters (localStorage saring-offline)");
        browser.open(local + "learn/progress.xhtml");
        browser.waitForText(By.tagName("h1"), Texts.of("offline.page.title"));
        browser.waitForText(By.id("offline-waiting"), Texts.of("offline.page.attemptsWaiting", 1));
        browser.waitForText(By.id("offline-attempts"), "Kuis mengenal hoaks");
        browser.waitForText(By.id("offline-courses"), Texts.of("offline.page.quiz"));
        browser.screenshot("offline-page-waiting");
        // The phone runs short of space: the saved course is offered for removal, and removing it
        // keeps the attempt that waits to be sent.
        browser.driver()
                .executeCdpCommand(
                        "Page.addScriptToEvaluateOnNewDocument",
                        Map.of(
                                "source",
                                "navigator.storage.estimate = function () { return Promise.resolve({ quota: 1000, usage: 990 }); };"));
        browser.open(local + "learn/progress.xhtml");
        browser.click(By.cssSelector("#offline-room button"));
        browser.waitForText(By.id("offline-none"), Texts.of("offline.page.none"));
        browser.waitForText(By.id("offline-attempts"), "Kuis mengenal hoaks");
        browser.close();

        // 3. Back online (the session ended with the restart: log in again): sent in one request, a receipt.
        browser = new Browser(phone);
        browser.logIn(local, "siswa.luring", PASSWORD);
        browser.waitForText(By.id("sync-note"), "Kuis mengenal hoaks");
        assertTrue(
                browser.text(By.id("sync-note"))
                        .contains(Texts.of("offline.sync.sent", "Kuis mengenal hoaks", "")
                                .strip()),
                browser.text(By.id("sync-note")));
        browser.open(offlineQuiz);
        browser.waitForText(By.id("offline-quiz-earlier"), Texts.of("offline.quiz.score", 94));
        browser.screenshot("offline-quiz-sent");
        // Nothing more waits, and a second page sends nothing again.
        browser.open(local + "home.xhtml");
        assertEquals(
                0L,
                browser.driver()
                        .executeScript("var s = JSON.parse(localStorage.getItem('saring-offline'));"
                                + "return Object.keys(s).filter(function (k) { return !s[k].receipt; }).length;"));

        // Graded once, with the same score for the student and the teacher.
        String quizPage = student.open("learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ)
                .body();
        Matcher reviews = ATTEMPT.matcher(quizPage);
        List<String> attempts =
                reviews.results().map(m -> m.group(1)).distinct().toList();
        assertEquals(1, attempts.size(), "one attempt: " + quizPage);
        assertTrue(quizPage.contains(Texts.of("quiz.historyItem", 1, 94)), quizPage);
        assertTrue(student.open("learn/progress.xhtml").body().contains(Texts.of("quiz.historyItem", 1, 94)));
        String review = student.open("learn/review.xhtml?id=" + attempts.get(0)).body();
        assertTrue(review.contains(Texts.of("quiz.review.score", 94)), review);
        String teachers = teacher.open("teach/attempt.xhtml?class=" + classId.group(1) + "&id=" + attempts.get(0))
                .body();
        assertTrue(teachers.contains(Texts.of("report.attempt.score", 94, 1)), teachers);
    }

    @Test
    void onASharedPhoneAnAttemptWaitsForTheStudentWhoTookItAndNeverGoesToTheNextOne() throws Exception {
        Admin admin = new Admin(base);
        admin.createAccount("siswa.pertama", "Siswa Pertama", "STUDENT", PASSWORD);
        admin.createAccount("siswa.kedua", "Siswa Kedua", "STUDENT", PASSWORD);
        String local = Https.base(base);
        String offlineQuiz = local + "learn/offline-quiz.xhtml?course=" + QUIZ_COURSE + "&version=1&quiz=" + QUIZ;
        Path phone = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "shared-phone");

        // 1. The first student opens the quiz to take without internet; the data runs out, and
        //    they take the whole quiz offline.
        browser.close();
        browser = new Browser(phone);
        browser.logIn(local, "siswa.pertama", PASSWORD);
        browser.open(offlineQuiz);
        loggedInHere("siswa.pertama");
        browser.network(false);
        browser.click(By.id("offline-start"));
        new SampleQuiz(browser).answer(Texts.of("quiz.hoax.verdict.fakta"));
        browser.waitForText(By.id("offline-quiz-earlier"), Texts.pattern("offline.quiz.waiting"));
        browser.close();

        // 2. The phone restarts (the first student's session is over) and the second student logs
        //    in with a connection: the attempt is not sent with their login, and stays waiting.
        browser = new Browser(phone);
        browser.logIn(local, "siswa.kedua", PASSWORD);
        loggedInHere("siswa.kedua");
        browser.open(offlineQuiz);
        browser.waitForText(By.id("offline-quiz-earlier"), "siswa.pertama");
        assertTrue(
                Texts.pattern("offline.quiz.waitingFor")
                        .matcher(browser.text(By.id("offline-quiz-earlier")))
                        .find(),
                browser.text(By.id("offline-quiz-earlier")));
        browser.find(By.id("offline-start")); // theirs to start, not the first student's to go on with
        assertEquals(1L, waitingOnThePhone(), "still waiting on the phone");
        WebClient second = new WebClient(base);
        assertTrue(WebClient.isRedirect(second.logIn("siswa.kedua", PASSWORD)));
        assertEquals(List.of(), attempts(second), "nothing of the first student's under the second");
        browser.logOut();

        // 3. The first student logs in again on the phone: sent with their login, graded once.
        browser.logIn(local, "siswa.pertama", PASSWORD);
        browser.waitForText(By.id("sync-note"), "Kuis mengenal hoaks");
        browser.open(offlineQuiz);
        browser.waitForText(By.id("offline-quiz-earlier"), Texts.of("offline.quiz.score", 94));
        assertEquals(0L, waitingOnThePhone());
        WebClient first = new WebClient(base);
        assertTrue(WebClient.isRedirect(first.logIn("siswa.pertama", PASSWORD)));
        assertEquals(1, attempts(first).size(), "graded once");
        assertTrue(first.open("learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ)
                .body()
                .contains(Texts.of("quiz.historyItem", 1, 94)));
        assertEquals(List.of(), attempts(second), "and still nothing for the second student");
    }

    /** Waits until the phone has noted (sync.js, from the server) who is logged in on it. */
    private void loggedInHere(String username) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(driver -> username.equals(browser.driver()
                        .executeScript("return (JSON.parse(localStorage.getItem('saring-student')) || {}).username;")));
    }

    /** Attempts handed in on the phone that have no receipt from the server yet. */
    private long waitingOnThePhone() {
        return (Long)
                browser.driver()
                        .executeScript(
                                "var s = JSON.parse(localStorage.getItem('saring-offline')) || {};"
                                        + "return Object.keys(s).filter(function (k) { return s[k].submittedAt && !s[k].receipt; }).length;");
    }

    /** The student's attempts at the sample quiz, as their quiz page links their reviews. */
    private static List<String> attempts(WebClient student) {
        String page = student.open("learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ)
                .body();
        return ATTEMPT.matcher(page).results().map(m -> m.group(1)).distinct().toList();
    }
}

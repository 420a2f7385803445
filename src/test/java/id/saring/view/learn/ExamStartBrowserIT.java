package id.saring.view.learn;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.infrastructure.time.SchoolZone;
import id.saring.testing.Admin;
import id.saring.testing.Browser;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 19's exam start: students who come early wait on a light page that lets them in by itself
 * when the teacher opens the test; before that, starting is refused with a clear page, however it
 * is asked; students not given the test study on their own; closing the test again cuts nobody's
 * attempt off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExamStartBrowserIT extends BrowserTest {

    /** As the date picker writes a moment in Indonesian: 21/11/2026 19.00. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm");

    private static final String PASSWORD = "meja-kayu-27";

    private static final String QUIZ_PAGE = "learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ;

    private static final String START = "course=" + QUIZ_COURSE + "&quiz=" + QUIZ;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void studentsWaitingForATestGetInWhenTheTeacherOpensIt() {
        Admin admin = new Admin(base);
        admin.createAccount("guru.ujian", "Bu Ratna", "TEACHER", PASSWORD);
        for (String student : List.of("siswa.tunggu", "siswa.awal", "siswa.susul", "siswa.mandiri")) {
            admin.createAccount(student, "Siswa " + student, "STUDENT", PASSWORD);
        }
        WebClient teacher = logIn("guru.ujian");
        WebClient early = logIn("siswa.awal");
        WebClient late = logIn("siswa.susul");
        WebClient selfStudy = logIn("siswa.mandiri");

        // A class of three, and tomorrow's test of the first module.
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "9Ujian", "grade", "9", "year", "2026/2027"), "submit");
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(code.find(), created.body());
        for (WebClient student : List.of(logIn("siswa.tunggu"), early, late)) {
            assertEquals(
                    302,
                    student.postForm("learn/join", "code=" + code.group(1), "text/html")
                            .statusCode());
        }
        String classPage = "teach/class.xhtml?id=" + classId(created.body());
        LocalDateTime now = LocalDateTime.now(ZoneId.of(SchoolZone.DEFAULT));
        HttpResponse<String> assigned = teacher.submit(
                classPage,
                "assign",
                Map.of(
                        "what", QUIZ_COURSE + "/modul-satu",
                        "opens_input", TYPED.format(now.plusDays(1)),
                        "due_input", TYPED.format(now.plusDays(2))),
                "submit");
        assertTrue(assigned.body().contains(Texts.of("assignment.created")), assigned.body());

        // Before it opens, starting is refused with the waiting page, however it is asked: the
        // quiz page's form, a typed address, a script's question.
        HttpResponse<String> refused = early.postForm("learn/start", START, "text/html");
        assertEquals(302, refused.statusCode());
        assertTrue(refused.headers().firstValue("Location").orElseThrow().contains("learn/quiz.xhtml"));
        HttpResponse<String> waitingPage =
                early.open(refused.headers().firstValue("Location").orElseThrow());
        assertEquals(200, waitingPage.statusCode());
        assertTrue(waitingPage.body().contains(Texts.of("quiz.notOpen")), waitingPage.body());
        assertTrue(
                waitingPage.body().contains("http-equiv=\"refresh\" content=\"30\""), "reloads itself without script");
        assertFalse(waitingPage.body().contains("primefaces"), "a light page: no PrimeFaces");
        HttpResponse<String> typed = early.get("learn/start?" + START);
        assertEquals(302, typed.statusCode(), "a GET starts nothing");
        assertTrue(typed.headers().firstValue("Location").orElseThrow().contains("learn/quiz.xhtml"));
        HttpResponse<String> asked = early.get("learn/opening?" + START + "&n=0", "Accept", "application/json");
        assertEquals(200, asked.statusCode());
        assertTrue(asked.body().matches("\\{\"open\":false,\"retry\":\\d+}"), asked.body());
        long retry = Long.parseLong(asked.body().replaceAll("\\D", ""));
        assertTrue(retry >= 3_500 && retry <= 6_500, "the first wait is 5 s ± 30%: " + retry);
        assertEquals(
                "private, max-age=2",
                asked.headers().firstValue("Cache-Control").orElse(""));
        assertEquals(
                404,
                early.get("learn/opening?course=tidak-ada&quiz=" + QUIZ, "Accept", "application/json")
                        .statusCode(),
                "an unknown quiz is not found, not an error");
        assertEquals(
                404,
                early.get("learn/opening?course=" + QUIZ_COURSE + "&quiz=tidak-ada")
                        .statusCode());

        // Self-study is unaffected: a student not given the test starts it as before.
        HttpResponse<String> own = selfStudy.postForm("learn/start", START, "text/html");
        assertTrue(own.headers().firstValue("Location").orElseThrow().contains("learn/attempt.xhtml"), own.toString());
        assertEquals("{\"open\":true}", selfStudy.get("learn/opening?" + START).body());

        // A student waits in Chromium: the waiting page, without the start button.
        browser.logIn(base.toString(), "siswa.tunggu", PASSWORD);
        browser.clearCache();
        Browser.Transfers weight = browser.transferred(() -> browser.open(base + QUIZ_PAGE));
        browser.waitForText(By.id("waiting"), Texts.of("quiz.notOpen"));
        assertFalse(browser.driver().findElement(By.id("start-quiz")).isDisplayed(), "nothing to press while waiting");
        assertEquals(List.of(), browser.seriousAccessibilityProblems(), "the waiting page");
        System.out.printf("Waiting page first load (transferred, compressed, with headers): %s%n", weight);
        assertTrue(weight.of("wait.js") > 0, "its script is counted: " + weight);
        assertTrue(weight.of("wait.js") <= 2_000, "a small script: " + weight);

        // The teacher opens the test, and the waiting student is let in by the page itself.
        asTeacher(classPage, teacherBrowser -> {
            teacherBrowser.click(By.id("assign:assignments:0:open-now"));
            teacherBrowser.waitForText(By.id("assign"), Texts.of("assignment.opened"));
            teacherBrowser.waitForText(By.id("assign:assignments"), Texts.of("assignment.state.open"));
        });
        new WebDriverWait(browser.driver(), Duration.ofSeconds(45))
                .until(d -> d.getCurrentUrl().contains("learn/attempt.xhtml"));
        browser.find(By.id("quiz-head"));
        HttpResponse<String> in = early.postForm("learn/start", START, "text/html");
        assertTrue(in.headers().firstValue("Location").orElseThrow().contains("learn/attempt.xhtml"), in.toString());

        // Opened by mistake: closed again. Whoever started goes on; whoever did not waits again.
        asTeacher(classPage, teacherBrowser -> {
            teacherBrowser.click(By.id("assign:assignments:0:close"));
            teacherBrowser.click(By.cssSelector(".ui-confirmdialog-yes"));
            teacherBrowser.waitForText(By.id("assign"), Texts.of("assignment.closedAgain"));
            teacherBrowser.waitForText(By.id("assign:assignments"), Texts.of("assignment.state.held"));
        });
        HttpResponse<String> resumed = early.postForm("learn/start", START, "text/html");
        assertEquals(
                in.headers().firstValue("Location").orElseThrow().replaceAll("&q=\\d+", ""),
                resumed.headers().firstValue("Location").orElseThrow().replaceAll("&q=\\d+", ""),
                "the attempt already started goes on");
        String continuing = early.get(QUIZ_PAGE).body();
        assertTrue(
                continuing.contains(Texts.of("quiz.continue")) && !continuing.contains("id=\"waiting\""), continuing);
        browser.driver().navigate().refresh();
        browser.find(By.id("quiz-head"));
        HttpResponse<String> closed = late.postForm("learn/start", START, "text/html");
        assertTrue(
                closed.headers().firstValue("Location").orElseThrow().contains("learn/quiz.xhtml"), closed.toString());
        assertTrue(late.get(QUIZ_PAGE).body().contains(Texts.of("quiz.notOpen")), "waits again");
        assertTrue(late.get("home.xhtml").body().contains(Texts.of("assignment.status.HELD")), "home says why");

        String trail = admin.page("admin/audit.xhtml");
        assertTrue(trail.contains(Texts.of("audit.ASSIGNMENT_OPENED")), trail);
        assertTrue(trail.contains(Texts.of("audit.ASSIGNMENT_CLOSED")), trail);
    }

    /** The teacher, in a browser of their own, on the class page. */
    private void asTeacher(String classPage, Consumer<Browser> act) {
        try (Browser teacherBrowser = new Browser()) {
            teacherBrowser.wide();
            teacherBrowser.logIn(base.toString(), "guru.ujian", PASSWORD);
            teacherBrowser.open(base + classPage);
            act.accept(teacherBrowser);
        }
    }

    private WebClient logIn(String username) {
        WebClient client = new WebClient(base);
        assertEquals(302, client.logIn(username, PASSWORD).statusCode());
        return client;
    }

    /** The newest class in the teacher's list (ids grow). */
    private static long classId(String classesPage) {
        Matcher link = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(classesPage);
        long newest = 0;
        while (link.find()) {
            newest = Math.max(newest, Long.parseLong(link.group(1)));
        }
        assertTrue(newest > 0, classesPage);
        return newest;
    }
}

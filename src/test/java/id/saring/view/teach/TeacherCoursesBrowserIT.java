package id.saring.view.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * Who writes what (issue 18): a teacher writes a course of their own in Chromium with the
 * administrators' editor, publishes it and gives it to their class; a student of that class
 * finds it as work and answers its quiz, and the teacher's report counts it. Another teacher
 * sees neither the course in their assignment form nor its editor, until an administrator makes
 * it school-wide (audited). A module of a published course is copied into a teacher's new course
 * with its quiz and picture.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeacherCoursesBrowserIT extends BrowserTest {

    private static final String TITLE = "Hoaks minggu ini, kelas 8B";
    private static final String COURSE = "hoaks-minggu-ini-kelas-8b";
    private static final String QUIZ = "kuis-hoaks-banjir";
    private static final By TEXT = By.id("editor:text");
    private static final By STATUS = By.id("editor:status");
    private static final Pattern SAVED = Texts.pattern("admin.draft.saved");
    private static final Pattern CLASS = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)");
    private static final Pattern CODE = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})");
    private static final Pattern ATTEMPT = Pattern.compile("attempt\\.xhtml\\?id=(\\d+)");
    private static final String CREATED = Texts.of("assignment.created");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm");

    private static final String LESSON =
            """
            ---
            id: hoaks-banjir
            title: Pesan berantai tentang banjir
            minutes: 5
            objectives:
              - Mengenali pesan berantai tentang banjir sebelum meneruskannya
            ---
            ## Tanggul jebol?

            Pesan tentang tanggul jebol yang beredar di grup kelas minggu ini ternyata keliru.
            """;

    private static final String QUIZ_FILE =
            """
            id: kuis-hoaks-banjir
            title: Kuis pesan banjir
            questions:
              - id: q-banjir
                type: single
                text: Apa yang kamu lakukan dulu dengan pesan tanggul jebol itu?
                explanation: Berhenti dan memeriksa sumbernya sebelum meneruskan.
                choices:
                  - text: Berhenti dan memeriksa sumbernya
                    correct: true
                  - text: Langsung meneruskannya ke grup keluarga
            """;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aTeachersOwnCourseIsWrittenPublishedAssignedAndAnsweredAndOthersSeeItOnlyOnceSchoolWide() {
        Admin admin = new Admin(base);
        String school = admin.createSchool("SMP Penulis", "Sleman");
        admin.createAccount("guru.penulis", "Bu Ratna Penulis", "TEACHER", "pena-hijau-41", school);
        admin.createAccount("guru.tetangga", "Pak Dodi Tetangga", "TEACHER", "pena-hijau-42", school);
        admin.createAccount("siswa.penulis", "Sari Pembaca", "STUDENT", "pena-hijau-43", school);
        admin.createAccount("siswa.lain", "Tono Lain", "STUDENT", "pena-hijau-44", school);
        WebClient author = logIn("guru.penulis", "pena-hijau-41");
        WebClient neighbour = logIn("guru.tetangga", "pena-hijau-42");
        WebClient student = logIn("siswa.penulis", "pena-hijau-43");
        WebClient otherStudent = logIn("siswa.lain", "pena-hijau-44");
        String[] ownClass = createClass(author, "8B-Penulis");
        String[] neighbourClass = createClass(neighbour, "8C-Tetangga");
        assertEquals(
                302,
                student.postForm("learn/join", "code=" + ownClass[1], "text/html")
                        .statusCode());

        // The teacher starts a course and writes its lesson and quiz in the shared editor.
        browser.wide();
        browser.logIn(base.toString(), "guru.penulis", "pena-hijau-41");
        browser.open(base + "teach/courses.xhtml");
        assertNoSeriousProblems("own courses");
        browser.click(By.id("create:submit"));
        browser.waitForText(By.id("messages"), Texts.of("authoring.titleRequired"));
        browser.type(By.id("create:title"), TITLE);
        browser.type(By.id("create:summary"), "Pesan berantai banjir yang beredar di kelas minggu ini.");
        browser.click(By.id("create:submit"));
        browser.waitForValue(TEXT, "pelajaran-baru");
        assertTrue(browser.driver().getCurrentUrl().contains("teach/draft.xhtml?course=" + COURSE));
        write(LESSON);
        browser.waitForText(By.id("phone"), "tanggul jebol");
        browser.click(By.cssSelector("button.add-quiz"));
        browser.waitForValue(TEXT, "questions: []");
        write(QUIZ_FILE);
        browser.screenshot("teach-draft");
        assertNoSeriousProblems("teacher's draft editor");
        // The teacher takes the draft's quiz as a student would, on the phone frame; nothing is recorded.
        browser.present(By.id("preview-quiz"));
        browser.open(base + "teach/quiz-preview.xhtml?course=" + COURSE + "&version=draft&quiz=" + QUIZ);
        browser.waitForText(By.cssSelector(".question-text"), "tanggul jebol itu?");
        browser.click(By.xpath("//label[contains(., 'memeriksa sumbernya')]"));
        browser.click(By.id("check"));
        browser.waitForText(By.cssSelector(".outcome .verdict"), Texts.of("quiz.outcome.right"));
        assertNoSeriousProblems("teacher's quiz preview");
        assertEquals(
                404,
                neighbour
                        .get("teach/quiz-preview.xhtml?course=" + COURSE + "&version=draft&quiz=" + QUIZ)
                        .statusCode(),
                "another teacher previews nothing of it");
        browser.open(base + "teach/draft.xhtml?course=" + COURSE);
        browser.click(By.id("actions:publish"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.publishConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), Texts.of("admin.courses.published", COURSE, 1));
        assertTrue(browser.text(By.id("list")).contains(Texts.of("teach.courses.ownerOnly")));

        // Only its author may assign it, and only its author opens its editor.
        assertTrue(author.get("teach/class.xhtml?id=" + ownClass[0]).body().contains(COURSE));
        assertFalse(neighbour
                .get("teach/class.xhtml?id=" + neighbourClass[0])
                .body()
                .contains(COURSE));
        assertEquals(404, neighbour.get("teach/draft.xhtml?course=" + COURSE).statusCode());
        // Tampered: the course's id sent by the other teacher's own form is refused, not a 500.
        HttpResponse<String> refused = assign(neighbour, neighbourClass[0], COURSE);
        assertEquals(200, refused.statusCode());
        assertFalse(refused.body().contains(CREATED), refused.body());
        assertFalse(neighbour
                .get("teach/class.xhtml?id=" + neighbourClass[0])
                .body()
                .contains(COURSE));
        assertFalse(otherStudent.get("home.xhtml").body().contains(TITLE), "not in the general catalog");
        assertEquals(404, otherStudent.get("learn/course.xhtml?id=" + COURSE).statusCode(), "nor by its address");
        // Tampered: a start posted by hand opens no attempt (CourseGate) and leads to the quiz page,
        // which does not exist for them.
        HttpResponse<String> forcedStart =
                otherStudent.postForm("learn/start", "course=" + COURSE + "&quiz=" + QUIZ, "text/html");
        assertEquals(302, forcedStart.statusCode());
        String forcedTo = forcedStart.headers().firstValue("Location").orElseThrow();
        assertFalse(forcedTo.contains("attempt.xhtml"), forcedTo);
        assertEquals(
                404,
                otherStudent
                        .get("learn/quiz.xhtml?course=" + COURSE + "&quiz=" + QUIZ)
                        .statusCode());
        assertFalse(student.get("home.xhtml").body().contains(TITLE), "not before it is given");

        // Given to the class, the student finds it as work and answers it; the report counts it.
        HttpResponse<String> assigned = assign(author, ownClass[0], COURSE);
        assertTrue(assigned.body().contains(CREATED), assigned.body());
        assertTrue(student.get("home.xhtml").body().contains(TITLE), "the class's work");
        assertTrue(student.get("learn/course.xhtml?id=" + COURSE).body().contains("Pesan berantai tentang banjir"));
        long attempt = start(student);
        HttpResponse<String> saved = student.postForm(
                "learn/answer", "attempt=" + attempt + "&question=q-banjir&sequence=1&choice=a", "application/json");
        assertEquals(200, saved.statusCode(), saved.body());
        student.postForm("learn/answer", "attempt=" + attempt + "&sequence=0&action=submit", "text/html");
        String report = author.get("teach/report.xhtml?id=" + ownClass[0] + "&course=" + COURSE)
                .body();
        assertTrue(report.contains("Sari Pembaca") && report.contains("Kuis pesan banjir"), report);

        // An administrator makes it school-wide (audited); now the other teacher may assign it.
        browser.logOut();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + COURSE + "')]//button[contains(@class, 'school-wide-button')]"));
        browser.waitForText(By.id("publish:feedback"), Texts.of("admin.courses.madeSchoolWide", COURSE));
        WebClient administrator = logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        assertTrue(administrator.get("admin/audit.xhtml").body().contains(Texts.of("audit.COURSE_SCHOOL_WIDE")));
        assertTrue(neighbour
                .get("teach/class.xhtml?id=" + neighbourClass[0])
                .body()
                .contains(COURSE));
        HttpResponse<String> allowed = assign(neighbour, neighbourClass[0], COURSE);
        assertTrue(allowed.body().contains(CREATED), allowed.body());
        assertEquals(
                404, neighbour.get("teach/draft.xhtml?course=" + COURSE).statusCode(), "still not theirs to write");
        assertTrue(otherStudent.get("home.xhtml").body().contains(TITLE), "school-wide: in the general catalog");
    }

    @Test
    void aModuleIsCopiedWithItsQuizAndPictureIntoATeachersNewCourse() {
        Admin admin = new Admin(base);
        admin.createAccount("guru.penyalin", "Bu Sinta Penyalin", "TEACHER", "pena-biru-51");
        admin.createAccount("guru.pengintip", "Pak Joko Pengintip", "TEACHER", "pena-biru-52");
        WebClient teacher = logIn("guru.penyalin", "pena-biru-51");
        WebClient other = logIn("guru.pengintip", "pena-biru-52");

        HttpResponse<String> noTitle = teacher.submit(
                "teach/courses.xhtml",
                "copy",
                Map.of("module", Deployments.QUIZ_COURSE + "/modul-satu", "into", "", "copyTitle", ""),
                "submit");
        assertTrue(noTitle.body().contains(Texts.of("authoring.titleRequired")), noTitle.body());
        HttpResponse<String> copied = teacher.submit(
                "teach/courses.xhtml",
                "copy",
                Map.of("module", Deployments.QUIZ_COURSE + "/modul-satu", "into", "", "copyTitle", "Salinan hoaks"),
                "submit");
        assertEquals(302, copied.statusCode(), copied.body());
        String draft = teacher.open(copied.headers().firstValue("Location").orElseThrow())
                .body();
        assertTrue(draft.contains(Texts.of("teach.courses.copied", "salinan-hoaks")), draft);
        for (String file : List.of("course.yaml", "01-modul-satu/quiz.yaml", "01-apa-itu-hoaks.md", "peta.png")) {
            assertTrue(draft.contains(file), file + " in " + draft);
        }
        String picture = "teach/drafts/media/salinan-hoaks/01-modul-satu/gambar/peta.png";
        assertEquals(200, teacher.getBytes(picture).statusCode());
        assertEquals(404, other.getBytes(picture).statusCode());
        assertEquals(404, other.get("teach/draft.xhtml?course=salinan-hoaks").statusCode());

        HttpResponse<String> twice = teacher.submit(
                "teach/courses.xhtml",
                "copy",
                Map.of("module", Deployments.QUIZ_COURSE + "/modul-satu", "into", "salinan-hoaks", "copyTitle", ""),
                "submit");
        assertTrue(twice.body().contains(Texts.of("authoring.moduleAlreadyThere", "modul-satu")), twice.body());
        HttpResponse<String> forged = other.submit(
                "teach/courses.xhtml",
                "copy",
                Map.of("module", Deployments.QUIZ_COURSE + "/modul-satu", "into", "salinan-hoaks", "copyTitle", ""),
                "submit");
        assertEquals(200, forged.statusCode(), "refused, not a 500");
        assertFalse(forged.body().contains(Texts.of("teach.courses.copied", "salinan-hoaks")), forged.body());
        assertEquals(404, other.get("teach/draft.xhtml?course=salinan-hoaks").statusCode());
    }

    private WebClient logIn(String username, String password) {
        WebClient client = new WebClient(base);
        client.logIn(username, password);
        return client;
    }

    /** Rewrites the editor's whole text as a person would, then waits until it is saved. */
    private void write(String text) {
        browser.driver().executeScript("arguments[0].value = arguments[1];", browser.find(TEXT), text.stripTrailing());
        browser.find(TEXT).sendKeys("\n");
        browser.waitForText(STATUS, SAVED);
    }

    private void assertNoSeriousProblems(String page) {
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), page + ": " + String.join("\n", problems));
    }

    private static String[] createClass(WebClient teacher, String name) {
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", name, "grade", "8", "year", "2026/2027"), "submit");
        Matcher id = CLASS.matcher(created.body());
        Matcher code = CODE.matcher(created.body());
        assertTrue(id.find() && code.find(), created.body());
        return new String[] {id.group(1), code.group(1)};
    }

    private static HttpResponse<String> assign(WebClient teacher, String classId, String what) {
        LocalDateTime now = LocalDateTime.now();
        return teacher.submit(
                "teach/class.xhtml?id=" + classId,
                "assign",
                Map.of(
                        "what",
                        what,
                        "opens_input",
                        TYPED.format(now.minusHours(1)),
                        "due_input",
                        TYPED.format(now.plusDays(7))),
                "submit");
    }

    private static long start(WebClient student) {
        HttpResponse<String> started =
                student.postForm("learn/start", "course=" + COURSE + "&quiz=" + QUIZ, "text/html");
        Matcher id = ATTEMPT.matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(id.find(), () -> "started: " + started.headers().map() + started.body());
        return Long.parseLong(id.group(1));
    }
}

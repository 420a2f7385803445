package id.saring.view.teach;

import static id.saring.view.teach.OwnCourses.COURSE;
import static id.saring.view.teach.OwnCourses.LESSON;
import static id.saring.view.teach.OwnCourses.TEXT;
import static id.saring.view.teach.OwnCourses.TITLE;
import static id.saring.view.teach.OwnCourses.assertNoSeriousProblems;
import static id.saring.view.teach.OwnCourses.assign;
import static id.saring.view.teach.OwnCourses.createClass;
import static id.saring.view.teach.OwnCourses.logIn;
import static id.saring.view.teach.OwnCourses.quiz;
import static id.saring.view.teach.OwnCourses.start;
import static id.saring.view.teach.OwnCourses.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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

    private static final String QUIZ = "kuis-hoaks-banjir";
    private static final String QUESTION = "q-banjir";
    private static final String CREATED = Texts.of("assignment.created");

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
        WebClient author = logIn(base, "guru.penulis", "pena-hijau-41");
        WebClient neighbour = logIn(base, "guru.tetangga", "pena-hijau-42");
        WebClient student = logIn(base, "siswa.penulis", "pena-hijau-43");
        WebClient otherStudent = logIn(base, "siswa.lain", "pena-hijau-44");
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
        assertNoSeriousProblems(browser, "own courses");
        browser.click(By.id("create:submit"));
        browser.waitForText(By.id("messages"), Texts.of("authoring.titleRequired"));
        browser.type(By.id("create:title"), TITLE);
        browser.type(By.id("create:summary"), "Pesan berantai banjir yang beredar di kelas minggu ini.");
        browser.click(By.id("create:submit"));
        browser.waitForValue(TEXT, "pelajaran-baru");
        assertTrue(browser.driver().getCurrentUrl().contains("teach/draft.xhtml?course=" + COURSE));
        write(browser, LESSON);
        browser.waitForText(By.id("phone"), "tanggul jebol");
        browser.click(By.cssSelector("button.add-quiz"));
        browser.waitForValue(TEXT, "questions: []");
        write(browser, quiz(QUIZ, QUESTION));
        browser.screenshot("teach-draft");
        assertNoSeriousProblems(browser, "teacher's draft editor");
        // The teacher takes the draft's quiz as a student would, on the phone frame; nothing is recorded.
        browser.present(By.id("preview-quiz"));
        browser.open(base + "teach/quiz-preview.xhtml?course=" + COURSE + "&version=draft&quiz=" + QUIZ);
        browser.waitForText(By.cssSelector(".question-text"), "tanggul jebol itu?");
        browser.click(By.xpath("//label[contains(., 'memeriksa sumbernya')]"));
        browser.click(By.id("check"));
        browser.waitForText(By.cssSelector(".outcome .verdict"), Texts.of("quiz.outcome.right"));
        assertNoSeriousProblems(browser, "teacher's quiz preview");
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
        long attempt = start(student, QUIZ);
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
        WebClient administrator = logIn(base, Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
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
        WebClient teacher = logIn(base, "guru.penyalin", "pena-biru-51");
        WebClient other = logIn(base, "guru.pengintip", "pena-biru-52");

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
}

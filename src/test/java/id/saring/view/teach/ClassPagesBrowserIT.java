package id.saring.view.teach;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
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
import java.net.http.HttpResponse;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 16's teacher and administrator pages in Chromium: every count and message on a class page
 * agrees with what it lists, dates are never silently replaced, students can be moved, the report's
 * headline counts badges, the audit trail speaks in words, and course authors read YAML problems in
 * their own language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassPagesBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aClassPageAgreesWithItselfAndTheReportCountsEveryBadge() {
        Admin admin = new Admin(base);
        admin.createAccount("guru.tujuh", "Pak Budi", "TEACHER", "kapur-tulis-88");
        admin.createAccount("siswa.macet", "Sari Macet", "STUDENT", "pensil-biru-31");
        browser.wide();
        browser.logIn(base.toString(), "guru.tujuh", "kapur-tulis-88");

        // Two classes; Home lists them before the courses (item 15).
        browser.click(By.id("nav-classes"));
        for (String name : List.of("7A", "7B")) {
            browser.type(By.id("create:name"), name);
            browser.type(By.id("create:grade"), "7");
            browser.type(By.id("create:year"), "2026/2027");
            browser.click(By.id("create:submit"));
            browser.waitForText(By.id("main"), name);
        }
        browser.open(base + "home.xhtml");
        browser.waitForText(By.id("teacher-home"), "7B");
        assertTrue(before("teacher-home", "courses"), "a teacher's classes come before the courses");

        // A roster import: the heading counts the students listed, and says so once (item 8).
        browser.open(base + "teach/classes.xhtml");
        browser.click(By.linkText("7A"));
        String classPage = browser.driver().getCurrentUrl();
        browser.type(By.id("import:names"), "Ani Lestari\nBayu Pratama\nCitra Dewi");
        browser.click(By.id("import:submit"));
        browser.waitForText(By.id("roster:members"), "Citra Dewi");
        browser.waitForText(By.id("roster-count"), Texts.of("class.roster", 3));
        assertEquals(1, visibleCount(Texts.of("roster.imported", 3)), "the success message, once");

        // The calendar names Monday and Tuesday apart (item 11).
        browser.click(By.id("assign:due_input"));
        browser.waitForText(By.id("assign:due_panel"), "Sen");
        String days = browser.text(By.cssSelector("[id='assign:due_panel'] .ui-datepicker-calendar thead"));
        assertTrue(days.contains("Sen") && days.contains("Sel"), days);
        browser.find(By.id("assign:due_input")).sendKeys(Keys.ESCAPE);

        // A due date typed without its time, then Esc: never the default saved in its place.
        new Select(browser.find(By.id("assign:what"))).selectByVisibleText("Mengenal hoaks");
        WebElement due = browser.find(By.id("assign:due_input"));
        due.clear();
        due.sendKeys("20/12/2030");
        due.sendKeys(Keys.ESCAPE);
        browser.click(By.id("assign:submit"));
        // Either refusal, read through the browser's wait: the form is re-rendered under it.
        browser.waitForText(
                By.id("assign"),
                Pattern.compile(Pattern.quote(Texts.of("assignment.badDate")) + "|"
                        + Pattern.quote(Texts.of("assignment.datesRequired"))));
        assertTrue(
                browser.text(By.id("assign:assignments")).contains(Texts.of("assignment.none"))
                        || !browser.text(By.id("assign:assignments")).contains("Mengenal hoaks"),
                "nothing assigned with a date the teacher did not give");

        // A due date in the past is asked about, then assigned.
        // Written into the fields as the calendar writes a chosen moment (typing into the open
        // calendar races its own key handling in headless Chromium).
        browser.driver()
                .executeScript("document.getElementById('assign:opens_input').value = '01/01/2020 08.00';"
                        + "document.getElementById('assign:due_input').value = '02/01/2020 08.00';");
        new Select(browser.find(By.id("assign:what"))).selectByVisibleText("Mengenal hoaks");
        browser.click(By.id("assign:submit"));
        browser.waitForText(By.id("past-due"), Texts.of("assignment.dueInPast"));
        assertFalse(browser.text(By.id("assign:assignments")).contains("Mengenal hoaks"), "asked first");
        browser.click(By.id("assign:confirm-past"));
        browser.waitForText(By.id("assign:assignments"), "Mengenal hoaks");

        // Sari joins and fails the quiz twice: stuck, and (the work being past due) behind too.
        String code = browser.text(By.cssSelector(".join-code"));
        WebClient sari = new WebClient(base);
        sari.logIn("siswa.macet", "pensil-biru-31");
        sari.postForm("learn/join", "code=" + code, "text/html");
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> started =
                    sari.postForm("learn/start", "course=" + QUIZ_COURSE + "&quiz=" + QUIZ, "text/html");
            Matcher id = Pattern.compile("id=(\\d+)")
                    .matcher(started.headers().firstValue("Location").orElse(""));
            assertTrue(id.find(), started.toString());
            sari.postForm("learn/answer", "attempt=" + id.group(1) + "&sequence=0&action=submit", "text/html");
        }
        browser.open(classPage.replace("teach/class.xhtml", "teach/report.xhtml") + "&course=" + QUIZ_COURSE);
        browser.waitForText(By.id("attention"), Texts.of("report.attention", 1, 4, 4));
        browser.open(browser.driver().getCurrentUrl() + "&lang=en");
        browser.waitForText(By.id("attention"), "1 student is stuck and 4 are behind, of 4.");
        browser.open(base + "home.xhtml?lang=id");

        // Bayu goes to 7B, Citra leaves the class; both asked first (item 15).
        browser.open(classPage);
        new Select(browser.find(By.id("move:student"))).selectByValue(username("Bayu Pratama"));
        new Select(browser.find(By.id("move:to"))).selectByVisibleText("7B · 2026/2027");
        browser.click(By.id("move:submit"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitForText(By.id("roster-count"), Texts.of("class.roster", 3));
        assertFalse(browser.text(By.id("roster:members")).contains("Bayu Pratama"));
        browser.click(
                By.xpath("//tr[contains(., 'Citra Dewi')]//button[contains(., '" + Texts.of("roster.remove") + "')]"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitForText(By.id("roster-count"), Texts.of("class.roster", 2));
        assertEquals(1, visibleCount(Texts.of("roster.removed", "Citra Dewi", "7A")), "said once");
        browser.open(base + "teach/classes.xhtml");
        browser.click(By.linkText("7B"));
        browser.waitForText(By.id("roster:members"), "Bayu Pratama");
        browser.logOut();

        // The audit trail says it in words (item 13).
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/audit.xhtml");
        browser.waitForText(By.id("events"), Texts.of("audit.STUDENT_MOVED"));
        String trail = browser.text(By.id("events"));
        assertTrue(trail.contains(Texts.of("audit.STUDENT_REMOVED")), trail);
        Matcher imported = Texts.pattern("audit.detail.imported").matcher(trail);
        assertTrue(imported.find() && imported.group(1).equals("3"), trail);
        assertTrue(trail.contains(Texts.of("role.TEACHER")), trail);
        assertFalse(trail.matches("(?s).*\\b(TEACHER|STUDENT|UPLOAD|FOLDER)\\b.*"), trail);
        assertFalse(trail.matches("(?s).*\\d{4}-\\d{2}-\\d{2}.*"), "no ISO dates: " + trail);
        browser.screenshot("admin-audit-words");
    }

    @Test
    void anAuthorReadsYamlProblemsInTheirLanguageAndHidingACourseAsksFirst() throws IOException {
        Map<String, byte[]> broken = SampleCourse.files();
        SampleCourse.put(
                broken,
                "course.yaml",
                SampleCourse.COURSE
                        .replace("id: contoh-kursus", "id: kursus-sembunyi")
                        .replace("hours: 2", "hours: [2"));
        Path brokenZip = zip("kursus-yaml.zip", broken);
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.upload(By.id("publish:upload_input"), brokenZip, By.id("problems"), "kursus-yaml.zip");
        String problems = browser.text(By.id("problems"));
        assertTrue(problems.matches("(?s).*course\\.yaml:\\d+: .*"), problems);
        assertFalse(problems.matches("(?s).*(expected|found|stream end|node content).*"), problems);

        browser.open(base + "admin/courses.xhtml?lang=en");
        browser.upload(By.id("publish:upload_input"), brokenZip, By.id("problems"), "kursus-yaml.zip");
        problems = browser.text(By.id("problems"));
        assertTrue(problems.contains("closing bracket"), problems);
        assertFalse(problems.matches("(?s).*(expected|found|stream end|node content).*"), problems);

        // Pratinjau and Sembunyikan apart; hiding asks, and "no" keeps the course shown (item 15).
        browser.open(base + "admin/courses.xhtml?lang=id");
        WebElement row = browser.find(By.xpath("//tr[contains(., '" + QUIZ_COURSE + "')]"));
        WebElement preview = row.findElement(By.linkText(Texts.of("admin.courses.preview")));
        WebElement hide =
                row.findElement(By.xpath(".//button[contains(., '" + Texts.of("admin.courses.unpublish") + "')]"));
        Object gap = browser.driver()
                .executeScript(
                        "var a = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
                                + "return Math.max(b.left - a.right, a.left - b.right, b.top - a.bottom, a.top - b.bottom);",
                        preview,
                        hide);
        assertTrue(((Number) gap).doubleValue() >= 8, "room between Pratinjau and Sembunyikan: " + gap);
        hide.click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.courses.unpublishConfirm"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
        browser.waitForText(By.id("list:courses"), Texts.of("admin.courses.isPublished"));
        assertFalse(
                Texts.pattern("admin.courses.unpublished")
                        .matcher(browser.text(By.id("publish:feedback")))
                        .find(),
                "still shown after 'no'");
        browser.screenshot("admin-courses-actions");
    }

    /** Whether the element {@code first} comes before {@code second} in the page. */
    private boolean before(String first, String second) {
        return (Boolean) browser.driver()
                .executeScript(
                        "return !!(document.getElementById(arguments[0]).compareDocumentPosition("
                                + "document.getElementById(arguments[1])) & Node.DOCUMENT_POSITION_FOLLOWING);",
                        first,
                        second);
    }

    /** How many visible messages on the page hold this text. */
    private long visibleCount(String text) {
        return browser.driver().findElements(By.cssSelector(".ui-messages li, .messages li")).stream()
                .filter(WebElement::isDisplayed)
                .filter(e -> e.getText().contains(text))
                .count();
    }

    /** The username the roster import gave a student, read from the roster table. */
    private String username(String name) {
        WebElement row = browser.find(By.xpath("//tbody[@id='roster:members_data']/tr[contains(., '" + name + "')]"));
        return row.findElements(By.tagName("td"))
                .get(1)
                .getText()
                .replaceAll("^.*\\n", "")
                .strip();
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

package id.saring.view.teach;

import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.SampleQuiz;
import id.saring.testing.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A teacher's whole loop in Chromium: roster, login cards, an assignment; a student from the
 * roster does it with the card's credentials; the teacher's grid and question analysis show it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeacherBrowserIT extends BrowserTest {

    private static final String MOTHER = Texts.of("consent.relation.MOTHER");
    private static final String PAPER_FORM = Texts.of("consent.method.PAPER_FORM");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aTeacherAssignsAModuleToARosterAndSeesWhatFooledTheClass() throws Exception {
        new Admin(base).createAccount("guru.laporan", "Bu Wulan", "TEACHER", "papan-tulis-77");
        browser.wide();
        browser.logIn(base.toString(), "guru.laporan", "papan-tulis-77");

        // A class, and its roster imported from names.
        browser.click(By.id("nav-classes"));
        browser.type(By.id("create:name"), "8B");
        browser.type(By.id("create:grade"), "8");
        browser.type(By.id("create:year"), "2026/2027");
        browser.click(By.id("create:submit"));
        browser.click(By.linkText("8B"));
        browser.type(By.id("import:names"), "Dewi Anggraini\nEko Saputra");
        browser.click(By.id("import:submit"));
        browser.waitForText(By.id("cards-ready"), Texts.of("roster.cardsOnce"));
        browser.waitForText(By.id("roster:members"), "Eko Saputra");

        // Dewi's mother signed the school's consent form: the teacher notes it.
        browser.waitForText(By.id("consent-missing"), Texts.of("consent.missingCount", 2, 2));
        Select student = new Select(browser.find(By.id("consent:student")));
        student.getOptions().stream()
                .filter(option -> option.getText().startsWith("Dewi Anggraini"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.type(By.id("consent:guardian"), "Sri Wahyuni");
        new Select(browser.find(By.id("consent:relation"))).selectByVisibleText(MOTHER);
        new Select(browser.find(By.id("consent:method"))).selectByVisibleText(PAPER_FORM);
        browser.type(By.id("consent:given_input"), "03/11/2026");
        browser.click(By.id("consent:submit"));
        browser.waitForText(By.id("roster:members"), "Sri Wahyuni (" + MOTHER + ") · " + PAPER_FORM);
        browser.waitForText(By.id("consent-missing"), Texts.of("consent.missingCount", 1, 2));
        browser.screenshot("teacher-consent");

        // The login cards, printed (downloaded) as the teacher would.
        Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target", "downloads")), "cards");
        Path cards = browser.download(downloads, () -> browser.click(By.id("import:cards")));
        String text = new PdfTextExtractor(new PdfReader(Files.readAllBytes(cards))).getTextFromPage(1);
        Matcher card = Pattern.compile(
                        "Dewi Anggraini.*?" + Pattern.quote(Texts.of("cards.pdf.username")) + "\\s*(\\S+)\\s*"
                                + Pattern.quote(Texts.of("cards.pdf.password")) + "\\s*(\\S+)",
                        Pattern.DOTALL)
                .matcher(text);
        assertTrue(card.find(), text);

        // The module, assigned to the class.
        new Select(browser.find(By.id("assign:what"))).selectByVisibleText("Mengenal hoaks");
        browser.click(By.id("assign:submit"));
        browser.waitForText(By.id("assign:assignments"), "Mengenal hoaks · Kuis Contoh");
        browser.screenshot("teacher-class");
        browser.logOut();

        // Dewi logs in with her card, sees the assignment, does it; the hoax post fools her.
        browser.logIn(base.toString(), card.group(1), card.group(2));
        browser.open(base + "home.xhtml");
        browser.waitForText(By.id("assignments"), "Mengenal hoaks");
        assertTrue(Texts.pattern("assignment.status.OPEN")
                .matcher(browser.text(By.id("assignments")))
                .find());
        browser.open(base + "learn/course.xhtml?id=" + QUIZ_COURSE);
        browser.waitForText(By.cssSelector(".module .due"), Texts.pattern("assignment.dueOn"));
        browser.open(base + "home.xhtml");
        browser.click(By.linkText("Mengenal hoaks"));
        browser.click(By.id("done-next"));
        browser.click(By.id("start-quiz"));
        new SampleQuiz(browser).answer(Texts.of("quiz.hoax.verdict.fakta"));
        browser.waitForText(By.id("score"), Texts.of("quiz.review.score", 94));
        browser.open(base + "home.xhtml");
        browser.waitForText(By.id("assignments"), Texts.of("assignment.status.DONE"));
        browser.logOut();

        // The teacher's report: Dewi done with 94, Eko not started; the hoax post's wrong verdict.
        browser.logIn(base.toString(), "guru.laporan", "papan-tulis-77");
        browser.click(By.id("nav-classes"));
        browser.click(By.linkText("8B"));
        browser.click(By.id("open-report"));
        browser.waitForText(By.id("report:grid"), "Dewi Anggraini");
        String grid = browser.text(By.id("report:grid"));
        assertTrue(grid.contains(Texts.of("report.state.DONE") + " · 94"), grid);
        assertTrue(grid.contains(Texts.of("report.state.NOT_STARTED")), grid);
        browser.screenshot("teacher-grid");
        String fact = Texts.of("quiz.hoax.verdict.fakta");
        browser.waitForText(By.id("report:question-table"), fact);
        String analysis = browser.text(By.id("report:question-table"));
        assertTrue(analysis.contains("“" + fact + "” (1×)"), analysis);
        assertTrue(analysis.contains(Texts.of("report.ofStudents", 1, 1)), analysis);
        browser.screenshot("teacher-question-analysis");
        browser.find(By.id("heatmap"));
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        String policy = browser.contentSecurityPolicy();
        assertTrue(policy.matches(".*script-src 'self' 'nonce-[^' ]+';?\\s*"), "PrimeFaces' CSP mode: " + policy);
        assertEquals(List.of(), browser.contentSecurityViolations(), "no CSP violation on the teacher's pages");
        browser.logOut();

        // Dewi's mother asks what Saring holds about her: the administrator opens Dewi's data.
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/users.xhtml");
        browser.click(By.xpath("//tr[contains(., '" + card.group(1) + "')]//a[contains(@class, 'student-data')]"));
        browser.waitForText(By.id("student-consent"), "Sri Wahyuni (" + MOTHER + ")");
        browser.screenshot("admin-student-data");
        Path data = browser.download(downloads, () -> browser.click(By.id("export:json")));
        String json = Files.readString(data);
        assertTrue(json.contains("Sri Wahyuni") && json.contains(card.group(1)), json);
        assertFalse(json.contains("Eko Saputra"), "nothing about another student");
    }
}

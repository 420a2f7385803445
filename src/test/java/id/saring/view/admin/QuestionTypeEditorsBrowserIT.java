package id.saring.view.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import java.time.Duration;
import java.util.List;
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
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator changes a question of every type through that type's own form in Chromium
 * (choices, answers, steps, pairs, areas of a picture), sees the checker's problems next to the
 * field they belong to, saves and publishes; a student then takes the quiz and meets the changes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionTypeEditorsBrowserIT extends BrowserTest {

    private static final String COURSE = Deployments.QUIZ_COURSE;
    private static final String QUIZ_FILE = "01-modul-satu/quiz.yaml";
    private static final By STATUS = By.id("question:status");
    private static final String STUDENT = "siswa.editor";
    private static final String STUDENT_PASSWORD = "kapur-tulis-55";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void anAdministratorChangesAQuestionOfEveryTypeInItsFormAndTheStudentMeetsTheChanges() {
        new Admin(base).createAccount(STUDENT, "Siswa Editor", "STUDENT", STUDENT_PASSWORD);
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath(
                "//tr[contains(., '" + COURSE + "')]//button[contains(., '" + Texts.of("admin.courses.edit") + "')]"));
        browser.waitForText(
                By.id("draft-banner"), Texts.of("admin.draft.banner", 1).substring(0, 20));

        // Single choice: a choice's text changed; a second tick is the checker's problem, shown
        // at the choices, until it is taken away again.
        openQuestion("q-tunggal", "single");
        browser.type(
                By.cssSelector("#choices li:nth-of-type(2) textarea[id$='choice-id']"), "Tautan ke situs resmi Kemkes");
        browser.click(By.cssSelector("#choices li:nth-of-type(2) input[type=checkbox][id$='correct']"));
        browser.click(By.id("question:save"));
        browser.waitForText(By.id("question:problems-choices"), Texts.problem("question.single.oneCorrect", 2));
        browser.waitForText(STATUS, Texts.pattern("admin.question.problems"));
        browser.screenshot("admin-question-single-problem");
        browser.click(By.cssSelector("#choices li:nth-of-type(2) input[type=checkbox][id$='correct']"));
        saved("single choice editor");

        // Multiple response: one more correct choice, added with the keyboard.
        openQuestion("q-ganda", "multiple");
        browser.find(By.id("question:add-choice")).sendKeys(Keys.ENTER);
        browser.type(
                By.cssSelector("#choices li:nth-of-type(4) textarea[id$='choice-id']"), "Tanya guru atau orang tua");
        browser.click(By.cssSelector("#choices li:nth-of-type(4) input[type=checkbox][id$='correct']"));
        browser.type(
                By.cssSelector("#choices li:nth-of-type(4) textarea[id$='feedback-id']"),
                "Ya, orang dewasa bisa membantu.");
        saved("multiple response editor");

        // True or false: the feedback for "true".
        openQuestion("q-benar-salah", "true-false");
        browser.type(By.id("question:feedback-true-id"), "Betul: foto lama sering dipakai ulang untuk kabar baru.");
        saved("true-false editor");

        // Short answer: one more accepted answer, on a line of its own.
        openQuestion("q-isian", "short-answer");
        browser.find(By.id("question:answers")).sendKeys(Keys.END, "\ncekfakta");
        saved("short answer editor");

        // Ordering: the first step renamed and moved down one place, by the keyboard.
        openQuestion("q-urut", "ordering");
        browser.type(By.cssSelector("#step li:nth-of-type(1) textarea[id$='step-item-id']"), "Berhenti sejenak");
        browser.click(By.id("question:save"));
        browser.waitForText(STATUS, Texts.of("admin.question.ready"));
        browser.press(By.cssSelector("#step li:nth-of-type(1) button[id$='down']"), Keys.ENTER);
        browser.waitForValue(
                By.cssSelector("#step li:nth-of-type(2) textarea[id$='step-item-id']"), "Berhenti sejenak");
        saved("ordering editor");

        // Matching: a second decoy among the right items.
        openQuestion("q-jodoh", "matching");
        browser.click(By.id("question:add-distractor"));
        browser.type(By.cssSelector("#distractor li:nth-of-type(2) textarea[id$='distractor-item-id']"), "Satire");
        saved("matching editor");

        // Find in the picture: a new question on the module's picture; a word for a number is
        // the checker's problem, shown at that area.
        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_FILE);
        browser.click(By.id("add-find-in-picture"));
        browser.waitForText(By.tagName("h1"), Texts.of("admin.question.type.find-in-picture"));
        browser.type(By.id("question:text-id"), "Bagian mana dari peta ini yang dipalsukan?");
        browser.type(By.id("question:picture-file"), "peta.png");
        browser.type(By.id("question:alt-id"), "Peta sekolah dengan judul dan legenda.");
        new Select(browser.find(By.id("question:picture-technique"))).selectByValue("teknik:peniruan");
        area(1, "kiri", "5", "40", "20", "Judul peta", true, "Judulnya ditempel dari peta lain.");
        area(2, "50", "60", "45", "30", "Legenda peta", false, "Legendanya asli.");
        browser.click(By.id("question:save"));
        browser.waitForText(
                By.cssSelector("#regions li:nth-of-type(1) .field-problems"),
                Texts.problem("question.picture.badBox", "kotak-1"));
        // The last field's autosave (on change) shows the same problem before the Save button's
        // request replaces the form; typing into the old form fails (stale, seen in CI).
        browser.ajaxDone();
        browser.screenshot("admin-question-find-in-picture-problem");
        browser.type(By.cssSelector("#regions li:nth-of-type(1) input[id$=':x']"), "5");
        saved("find-in-picture editor");
        // The preview shows the draft's picture with both areas outlined where their numbers put them.
        WebElement picture = browser.find(By.cssSelector("#picture-areas img"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .until(d -> ((Number) browser.driver().executeScript("return arguments[0].naturalWidth;", picture))
                                .intValue()
                        > 0);
        assertEquals(
                List.of("left:5%;top:5%;width:40%;height:20%", "left:50%;top:60%;width:45%;height:30%"),
                browser.driver().findElements(By.cssSelector("#picture-areas .editor-area")).stream()
                        .map(a -> a.getDomAttribute("style"))
                        .toList());
        browser.screenshot("admin-question-find-in-picture");
        // An area's four numbers sit in one row on a desk, two by two on a phone, never past its edge.
        assertEquals(List.of(0, 0, 0, 0), boxRows(), "x, y, width and height in one row");
        browser.driver().manage().window().setSize(new Dimension(360, 740));
        assertEquals(List.of(0, 0, 1, 1), boxRows(), "two by two at 360 px");
        assertEquals(
                Boolean.TRUE,
                browser.driver()
                        .executeScript("return document.documentElement.scrollWidth"
                                + " <= document.documentElement.clientWidth;"),
                "nothing wider than the phone");
        browser.screenshot("admin-question-find-in-picture-phone");
        browser.wide();

        publish();

        browser.logOut();
        browser.logIn(base.toString(), STUDENT, STUDENT_PASSWORD);
        browser.open(base + "learn/quiz.xhtml?course=" + COURSE + "&quiz=" + Deployments.QUIZ);
        browser.click(By.id("start-quiz"));
        browser.find(By.id("quiz-head"));
        String attempt = browser.driver().getCurrentUrl();
        String page = browser.driver().getPageSource();
        for (String changed : List.of(
                "Tautan ke situs resmi Kemkes",
                "Tanya guru atau orang tua",
                "Berhenti sejenak",
                ">Satire</option>",
                "Bagian mana dari peta ini yang dipalsukan?",
                "Judul peta")) {
            assertTrue(page.contains(changed), changed + " in the student's quiz");
        }
        answerAt(attempt, 3, q -> q.findElement(
                        By.xpath(".//label[contains(normalize-space(.), \"" + Texts.of("quiz.truefalse.true") + "\")]"))
                .click());
        browser.waitForText(By.cssSelector("#q3 .feedback"), "Betul: foto lama sering dipakai ulang untuk kabar baru.");
        answerAt(attempt, 6, q -> q.findElement(By.name("text")).sendKeys("Cekfakta"));
        browser.waitForText(By.cssSelector("#q6 .outcome.right"), Texts.of("quiz.outcome.right"));
    }

    /** Fills area {@code n} of a find-in-picture question. */
    private void area(
            int n, String x, String y, String width, String height, String label, boolean manipulation, String why) {
        String item = "#regions li:nth-of-type(" + n + ") ";
        browser.type(By.cssSelector(item + "input[id$=':x']"), x);
        browser.type(By.cssSelector(item + "input[id$=':y']"), y);
        browser.type(By.cssSelector(item + "input[id$=':width']"), width);
        browser.type(By.cssSelector(item + "input[id$=':height']"), height);
        browser.type(By.cssSelector(item + "textarea[id$='label-id']"), label);
        if (manipulation) {
            browser.click(By.cssSelector(item + "input[type=checkbox][id$='manipulation']"));
        }
        browser.type(By.cssSelector(item + "textarea[id$='why-id']"), why);
    }

    /** The row (0, 1, ...) each of the first area's x, y, width and height fields is laid out in. */
    private List<Integer> boxRows() {
        List<Integer> tops = new java.util.ArrayList<>();
        for (String field : List.of("x", "y", "width", "height")) {
            tops.add(browser.find(By.cssSelector("#regions li:nth-of-type(1) input[id$=':" + field + "']"))
                    .getRect()
                    .getY());
        }
        List<Integer> rows = tops.stream().distinct().sorted().toList();
        return tops.stream().map(rows::indexOf).toList();
    }

    /** Opens the question from the draft's quiz file, in its type's own editor. */
    private void openQuestion(String id, String type) {
        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_FILE);
        browser.click(By.cssSelector("a.edit-question[href*='question=" + id + "']"));
        browser.waitForText(By.tagName("h1"), Texts.of("admin.question.type." + type));
    }

    /** Saves, waits for "no problems", and checks the editor's page for accessibility problems. */
    private void saved(String editor) {
        browser.click(By.id("question:save"));
        browser.waitForText(STATUS, Texts.of("admin.question.ready"));
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), editor + ": " + String.join("\n", problems));
    }

    private void publish() {
        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_FILE);
        browser.click(By.id("actions:publish"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.publishConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), Texts.of("admin.courses.published", COURSE, 2));
    }

    /** The student opens question {@code position} of the attempt, answers it, and checks the answer. */
    private void answerAt(String attempt, int position, Consumer<WebElement> answer) {
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(attempt);
        assertTrue(id.find(), attempt);
        browser.open(base + "learn/attempt.xhtml?id=" + id.group(1) + "&q=" + position);
        WebElement question = browser.find(By.cssSelector("#q" + position + ".current"));
        answer.accept(question);
        question.findElement(By.cssSelector("button[value=check]")).click();
    }
}

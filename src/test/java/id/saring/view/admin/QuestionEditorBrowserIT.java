package id.saring.view.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.util.List;
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
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * An administrator writes questions of a draft's quiz in their types' own editors, in Chromium:
 * a hoax post pasted as it arrived, two phrases made segments (one by the mouse's selection, one
 * by the keyboard's), one a red flag with its explanation, the verdict and technique set; the
 * quiz preview shows it, the rest of the quiz file is as it was, and the published version has
 * the question. A chat thread opens in its own editor and is written back the same way, never
 * over a change someone else saved meanwhile.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QuestionEditorBrowserIT extends BrowserTest {

    private static final String COURSE = Deployments.QUIZ_COURSE;
    private static final String QUIZ_FILE = "01-modul-satu/quiz.yaml";
    private static final By STATUS = By.id("question:status");
    private static final Pattern SAVED = Texts.pattern("admin.draft.saved");
    private static final String MESSAGE =
            "SEBARKAN KE 20 KONTAK SEKARANG!!!\nMulai besok semua akun yang tidak meneruskan pesan ini ditutup."
                    + "\nPesan dari Om Budi.";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aHoaxPostIsPastedMarkedPreviewedAndPublished() throws IOException {
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath(
                "//tr[contains(., '" + COURSE + "')]//button[contains(., '" + Texts.of("admin.courses.edit") + "')]"));
        browser.waitForText(
                By.id("draft-banner"), Texts.of("admin.draft.banner", 1).substring(0, 20));
        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_FILE);
        String before = browser.find(By.id("editor:text")).getDomProperty("value");
        browser.waitForText(By.id("quiz-questions"), "q-unggahan");

        browser.click(By.id("add-hoax-post"));
        browser.waitForText(By.tagName("h1"), Texts.of("admin.question.type.hoax-post"));
        browser.type(By.id("question:text-id"), "Tandai bagian yang mencurigakan, lalu beri penilaianmu.");
        browser.type(By.id("question:sender"), "Grup Warga RT 03");
        WebElement body = browser.find(By.id("question:body"));
        body.clear();
        body.sendKeys(MESSAGE);

        // The mouse's (or a finger's) selection: the first line.
        browser.driver().executeScript("arguments[0].focus(); arguments[0].setSelectionRange(0, 33);", body);
        browser.click(By.id("question:mark"));
        browser.waitForText(By.id("segments"), "SEBARKAN KE 20 KONTAK SEKARANG!!!");
        // The keyboard's: the caret before "Om Budi", then Shift and the right arrow seven times.
        body = browser.find(By.id("question:body"));
        int at = body.getDomProperty("value").indexOf("Om Budi");
        browser.driver()
                .executeScript(
                        "arguments[0].focus(); arguments[0].setSelectionRange(arguments[1], arguments[1]);", body, at);
        body.sendKeys(Keys.chord(
                Keys.SHIFT,
                Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT,
                Keys.ARROW_RIGHT));
        browser.find(By.id("question:mark")).sendKeys(Keys.ENTER);
        browser.waitForText(By.id("segments"), "Om Budi");
        assertEquals(
                "[[bagian-1|SEBARKAN KE 20 KONTAK SEKARANG!!!]]\nMulai besok semua akun yang tidak meneruskan pesan"
                        + " ini ditutup.\nPesan dari [[bagian-2|Om Budi]].",
                browser.find(By.id("question:body")).getDomProperty("value"));

        browser.click(By.cssSelector("li[data-segment='bagian-1'] input[type=checkbox]"));
        new Select(browser.find(By.cssSelector("li[data-segment='bagian-1'] select"))).selectByValue("teknik:emosi");
        browser.type(
                By.cssSelector("li[data-segment='bagian-1'] textarea[id$='why']"),
                "Desakan untuk segera menyebarkan membuat kita tidak sempat berpikir.");
        browser.type(
                By.cssSelector("li[data-segment='bagian-2'] textarea[id$='why']"),
                "Om Budi hanya meneruskan; yang dinilai adalah isi pesannya.");
        browser.click(By.cssSelector("input[name='question:verdict'][value='hoaks']"));
        new Select(browser.find(By.id("question:main-technique"))).selectByValue("teknik:emosi");
        browser.click(By.id("question:save"));
        browser.waitForText(STATUS, Texts.of("admin.question.ready"));
        assertTrue(SAVED.matcher(browser.text(STATUS)).find(), browser.text(STATUS));
        browser.screenshot("admin-question-hoax-post");
        assertNoSeriousProblems("hoax post editor");

        String preview = browser.find(By.id("preview-link")).getDomAttribute("href");
        browser.open(java.net.URI.create(base.toString()).resolve(preview).toString());
        browser.waitForText(
                By.cssSelector(".question-text"), "Tandai bagian yang mencurigakan, lalu beri penilaianmu.");
        browser.waitForText(By.cssSelector(".phone-frame"), "Mulai besok semua akun");
        browser.screenshot("admin-question-hoax-post-preview");

        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_FILE);
        String after = browser.find(By.id("editor:text")).getDomProperty("value");
        assertTrue(after.startsWith(before.stripTrailing()), "the rest of the quiz file is as it was:\n" + after);
        assertTrue(after.contains("verdict: hoaks"), after);
        browser.click(By.id("actions:publish"));
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), Texts.of("admin.draft.publishConfirm"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("messages"), Texts.of("admin.courses.published", COURSE, 2));

        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        String published = admin.get(
                        "admin/quiz-preview.xhtml?course=" + COURSE + "&version=2&quiz=" + Deployments.QUIZ + "&q=99")
                .body();
        assertTrue(published.contains("Tandai bagian yang mencurigakan, lalu beri penilaianmu."), published);
        assertTrue(published.contains("SEBARKAN KE 20 KONTAK SEKARANG!!!"), published);
    }

    @Test
    void aChatThreadOpensInItsOwnEditorAndIsWrittenBack() {
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        browser.click(By.xpath(
                "//tr[contains(., '" + COURSE + "')]//button[contains(., '" + Texts.of("admin.courses.edit") + "')]"));
        // The draft exists once its page shows (the button posts the whole form): opening the
        // quiz file before that raced with the post in a clean-clone CI run, and the file's page
        // never showed its questions. (Which version the draft is of depends on the tests' order.)
        browser.waitForText(
                By.id("draft-banner"), Texts.of("admin.draft.banner", "|").split("\\|")[0]);
        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_FILE);
        browser.click(By.cssSelector("a.edit-question[href*='question=q-obrolan']"));
        browser.waitForText(By.tagName("h1"), Texts.of("admin.question.type.chat-thread"));
        browser.type(By.id("question:group"), "Grup Keluarga Pak Harjo");
        browser.click(By.id("question:add-reply"));
        browser.find(By.cssSelector("#replies li.segment-item:nth-of-type(3) textarea[id$='reply-id']"));
        List<WebElement> replies = browser.driver().findElements(By.cssSelector("#replies textarea[id$='reply-id']"));
        assertEquals(3, replies.size());
        replies.get(2).sendKeys("(Tidak membalas apa-apa)");
        browser.click(By.id("question:save"));
        browser.waitForText(STATUS, Texts.of("admin.question.ready"));
        assertNoSeriousProblems("chat thread editor");

        // Meanwhile someone changes the quiz file as text: the next save here is refused, and
        // the author takes their question, then changes it again.
        String editorTab = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_FILE);
        WebElement text = browser.find(By.id("editor:text"));
        browser.driver()
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        text,
                        text.getDomProperty("value")
                                .replace("Tante Rina", "Tante Sri")
                                .stripTrailing());
        browser.find(By.id("editor:text")).sendKeys("\n");
        browser.waitForText(By.id("editor:status"), SAVED);
        browser.driver().switchTo().window(editorTab);
        browser.type(By.id("question:group"), "Grup RT 05");
        browser.click(By.id("question:save"));
        browser.waitForText(STATUS, Texts.pattern("admin.draft.conflict"));
        browser.click(By.id("question:theirs"));
        browser.waitForValue(By.cssSelector("#thread input[id$='from']"), "Tante Sri");
        browser.type(By.id("question:group"), "Grup RT 05");
        browser.click(By.id("question:save"));
        browser.waitForText(STATUS, Texts.of("admin.question.ready"));

        browser.open(base + "admin/draft.xhtml?course=" + COURSE + "&file=" + QUIZ_FILE);
        String quiz = browser.find(By.id("editor:text")).getDomProperty("value");
        assertTrue(quiz.contains("group: Grup RT 05"), quiz);
        assertTrue(quiz.contains("from: Tante Sri"), quiz);
        assertTrue(quiz.contains("- text: (Tidak membalas apa-apa)"), quiz);
    }

    private void assertNoSeriousProblems(String page) {
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), page + ": " + String.join("\n", problems));
    }
}

package id.saring.testing;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Answering the sample course's quiz (one question of every type) in Chromium, as a student does. */
public final class SampleQuiz {

    private final Browser browser;

    public SampleQuiz(Browser browser) {
        this.browser = browser;
    }

    /** Every answer right: 100. */
    public void answerEverythingRight() {
        answer(Texts.of("quiz.hoax.verdict.hoaks"));
    }

    /**
     * Every answer right except, possibly, the hoax post's verdict (its label; "fakta" is wrong and
     * costs half of that question), then submits.
     */
    public void answer(String hoaxVerdict) {
        answerTheFirstFiveRight();
        inCurrent("input[name=text]").sendKeys("TurnBackHoax.id");
        next(6);
        browser.screenshot("quiz-hoax-post");
        pick("SEBARKAN SEGERA!!");
        pick(hoaxVerdict);
        next(7);
        pick("Tante, sudah cek ke situs PLN?");
        browser.screenshot("quiz-chat-thread");
        next(8);
        browser.waitForText(By.id("summary-count"), Texts.of("quiz.summary.answered", 8, 8));
        browser.click(By.id("submit-attempt"));
    }

    /** The first five questions (single, multiple, true-false, matching, ordering) right; the sixth is shown. */
    public void answerTheFirstFiveRight() {
        pick("Huruf kapital dan seruan");
        next(1);
        pick("Cari sumber aslinya");
        pick("Bandingkan dengan media lain");
        next(2);
        pick(Texts.of("quiz.truefalse.true"));
        next(3);
        new Select(inCurrent("select[name=m0]")).selectByVisibleText("Salah tanpa sengaja");
        new Select(inCurrent("select[name=m1]")).selectByVisibleText("Salah dengan sengaja");
        next(4);
        for (int i = 0; i < 4; i++) {
            new Select(inCurrent("select[name=p" + i + "]")).selectByVisibleText(String.valueOf(i + 1));
        }
        next(5);
    }

    public WebElement current() {
        return browser.find(By.cssSelector(".question.current"));
    }

    public WebElement inCurrent(String css) {
        return current().findElement(By.cssSelector(css));
    }

    public void pick(String text) {
        current()
                .findElement(By.xpath(".//label[contains(normalize-space(.), \"" + text + "\")]"))
                .click();
    }

    /** "Save and next" on question {@code position}, then wait for the next one to show. */
    public void next(int position) {
        current().findElement(By.cssSelector("button.save-next")).click();
        browser.find(By.cssSelector("#q" + (position + 1) + ".current"));
    }
}

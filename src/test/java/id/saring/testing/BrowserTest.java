package id.saring.testing;

import java.net.URL;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;

/** A fresh phone-sized Chromium for each browser test, and the deployed Saring's address. */
public abstract class BrowserTest {

    @ArquillianResource
    protected URL base;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.keepLastPage(test.getTestMethod().map(m -> m.getName()).orElse("test") + "-"
                + System.getProperty("arquillian.launch", ""));
        browser.close();
    }
}

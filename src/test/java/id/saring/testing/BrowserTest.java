package id.saring.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;
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

    /** Every browser test also proves that no page broke the Content-Security-Policy. */
    @AfterEach
    void closeBrowser(TestInfo test) {
        browser.keepLastPage(test.getTestMethod().map(m -> m.getName()).orElse("test") + "-"
                + System.getProperty("arquillian.launch", ""));
        try {
            assertEquals(List.of(), browser.contentSecurityViolations(), "Content-Security-Policy violations");
        } finally {
            browser.close();
        }
    }
}

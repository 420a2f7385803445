package id.saring.lti.boundary;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.TestLms;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Moodle's "Embed" in Chromium: the LMS's course page (on the site {@code localhost}) posts the
 * launch into an iframe, and Saring is reached at {@code 127.0.0.1}, another site, as a school's LMS
 * and Saring are. The frame shows the button that opens Saring in a new window; in that window the
 * student is logged in and at the module's quiz.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbeddedLaunchBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @Test
    void aLaunchInsideTheLmsFrameOpensSaringInANewWindowLoggedIn() {
        WebClient admin = new WebClient(base);
        assertTrue(WebClient.isRedirect(admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD)));
        try (TestLms lms = new TestLms(admin.uri("lti/jwks").toString())) {
            HttpResponse<String> added = admin.submit(
                    "admin/lti.xhtml",
                    "add",
                    Map.of(
                            "name", "Moodle Sematan",
                            "issuer", lms.issuer(),
                            "clientId", TestLms.CLIENT_ID,
                            "deploymentId", TestLms.DEPLOYMENT_ID,
                            "jwksUrl", lms.jwksUrl(),
                            "authUrl", lms.authUrl(),
                            "tokenUrl", lms.tokenUrl()),
                    "submit");
            assertTrue(added.body().contains("LMS Moodle Sematan didaftarkan"), added.body());

            // The platform's answer to the login Saring started (the browser's part of it is LtiIT's).
            WebClient starter = new WebClient(base);
            HttpResponse<String> started = starter.get("lti/login?iss=" + encode(lms.issuer())
                    + "&login_hint=hint-1&target_link_uri="
                    + encode(starter.uri("lti/launch").toString())
                    + "&client_id=" + TestLms.CLIENT_ID + "&lti_deployment_id=" + TestLms.DEPLOYMENT_ID);
            assertEquals(302, started.statusCode(), started.body());
            Map<String, String> answered = lms.answerLogin(
                    URI.create(started.headers().firstValue("Location").orElseThrow()),
                    lms.resourceLink(
                            "siswa-emb",
                            "Eko Sematan",
                            TestLms.LEARNER,
                            "c-emb",
                            "IPA 7 Sematan",
                            Map.of("saring_course", QUIZ_COURSE, "saring_quiz", QUIZ)));

            String saring = base.toString().replace("//localhost:", "//127.0.0.1:");
            assertTrue(saring.contains("//127.0.0.1:"), "Saring on another site than the LMS: " + saring);
            String fields = answered.entrySet().stream()
                    .filter(e -> !"login_hint".equals(e.getKey()))
                    .map(e -> "<input type=\"hidden\" name=\"" + e.getKey() + "\" value=\"" + e.getValue() + "\">")
                    .collect(Collectors.joining());
            lms.page(
                    "/course",
                    "<!DOCTYPE html><html><head><title>Moodle</title></head><body><h1>IPA 7 Sematan</h1>"
                            + "<iframe name=\"tool\" id=\"tool\" width=\"600\" height=\"400\"></iframe>"
                            + "<form id=\"launch\" method=\"post\" target=\"tool\" action=\"" + saring + "lti/launch\">"
                            + fields + "</form><script>document.getElementById('launch').submit();</script>"
                            + "</body></html>");

            browser.open(lms.issuer() + "/course");
            String course = browser.driver().getWindowHandle();
            browser.driver().switchTo().frame("tool");
            browser.waitForText(By.tagName("h1"), Texts.of("lti.window.title"));
            browser.click(By.id("open"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.getWindowHandles().size() == 2);
            String window = browser.driver().getWindowHandles().stream()
                    .filter(handle -> !handle.equals(course))
                    .findFirst()
                    .orElseThrow();
            browser.driver().switchTo().window(window);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(driver -> driver.getCurrentUrl().contains("learn/quiz.xhtml"));
            browser.find(By.tagName("h1"));
            browser.open(saring + "home.xhtml");
            browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Eko Sematan"));
            assertEquals(java.util.List.of(), lms.problems());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

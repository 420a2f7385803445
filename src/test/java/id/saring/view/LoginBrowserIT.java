package id.saring.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A person in Chromium on a phone-sized screen: logs in, uses their pages, logs out. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginBrowserIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWar();
    }

    @Test
    void anAdministratorOpensAStudentAccountAndTheStudentLogsInAndOut() {
        browser.open(base.toString());
        browser.screenshot("landing");
        browser.click(By.id("login-link"));
        logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.find(By.id("admin-home"));

        browser.click(By.linkText(Texts.of("home.admin.users")));
        browser.type(By.id("create:username"), "Rani.Putri");
        browser.type(By.id("create:displayName"), "Rani Putri");
        browser.type(By.id("create:password"), "bintang-pagi-7");
        browser.click(By.id("create:submit"));
        browser.waitForText(By.id("create:feedback"), "rani.putri");
        browser.waitForText(By.id("accounts"), "Rani Putri");
        browser.screenshot("admin-users");
        browser.click(By.id("logout"));
        browser.waitForText(By.id("main"), Texts.of("landing.loggedOut"));

        browser.click(By.id("login-link"));
        logIn("rani.putri", "bintang-pagi-7");
        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Rani Putri"));
        browser.find(By.id("student-home"));
        browser.screenshot("student-home");

        browser.open(base + "admin/users.xhtml");
        browser.waitForText(By.tagName("h1"), Texts.of("error.403.title"));

        browser.open(base + "home.xhtml");
        browser.click(By.id("logout"));
        browser.waitForText(By.id("main"), Texts.of("landing.loggedOut"));
        browser.open(base + "home.xhtml");
        browser.find(By.id("login:username"));
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/login.xhtml"), "back at the login page after logging out");
    }

    @Test
    void aWrongPasswordSaysSoAndAProtectedPageComesBackAfterLogin() {
        browser.open(base + "account/password.xhtml");
        logIn(Deployments.ADMIN_USERNAME, "salah-sekali");
        browser.waitForText(By.id("messages"), Texts.of("login.failed"));
        browser.screenshot("login-failed");

        logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);

        browser.find(By.id("password:current"));
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/account/password.xhtml"),
                "back on the page that asked for the login");
    }

    @Test
    void aVisitorSwitchesToEnglishAndBack() {
        browser.open(base + "login.xhtml");
        browser.click(By.cssSelector("a[hreflang=en]"));
        browser.waitForText(By.tagName("h1"), "Log in");
        assertEquals("en", browser.find(By.tagName("html")).getAttribute("lang"));

        browser.open(base.toString());
        browser.waitForText(By.tagName("h1"), "Learn to filter information");

        browser.click(By.cssSelector("a[hreflang=id]"));
        browser.waitForText(By.tagName("h1"), Texts.of("landing.title"));
    }

    private void logIn(String username, String password) {
        browser.type(By.id("login:username"), username);
        browser.type(By.id("login:password"), password);
        browser.click(By.id("login:submit"));
    }
}

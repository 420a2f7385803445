package id.saring.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.http.HttpResponse;
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

    /**
     * Issue 19 in Chromium: a classmate's wrong passwords do not stop the student on the browser she
     * logged in on before; with that browser's cookies cleared she waits and is told who can help;
     * her teacher unlocks her from the class page.
     */
    @Test
    void aClassmatesGuessesDoNotLockAStudentOutOfHerOwnBrowserAndHerTeacherUnlocksTheRest() {
        Admin admin = new Admin(base);
        admin.createAccount("guru.buka", "Bu Ratih", "TEACHER", "meja-kayu-44");
        admin.createAccount("siswa.buka", "Lina Kunci", "STUDENT", "kelinci-putih-8");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.buka", "meja-kayu-44");
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "8L", "grade", "8", "year", "2026/2027"), "submit");
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        Matcher classId = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        assertTrue(code.find() && classId.find(), created.body());

        // Lina logs in on this browser once and joins the class.
        browser.logIn(base.toString(), "siswa.buka", "kelinci-putih-8");
        browser.type(By.id("join-code"), code.group(1));
        browser.click(By.id("join"));
        browser.waitForText(By.id("join-result"), Texts.of("class.joinedNotice", "8L"));
        assertTrue(browser.driver().manage().getCookieNamed("saring_device").isHttpOnly(), "no script reads it");
        browser.logOut();

        // A classmate types wrong passwords for her on another device.
        WebClient classmate = new WebClient(base);
        for (int i = 0; i < 6; i++) {
            classmate.logIn("siswa.buka", "tebakan-" + i);
        }
        assertEquals(200, classmate.logIn("siswa.buka", "kelinci-putih-8").statusCode(), "the guesser waits");

        browser.logIn(base.toString(), "siswa.buka", "kelinci-putih-8");
        browser.find(By.id("student-home"));
        browser.logOut();

        // Clearing cookies makes this browser one she never used: it waits, and says who can help.
        browser.driver().manage().deleteCookieNamed("saring_device");
        browser.open(base + "login.xhtml");
        logIn("siswa.buka", "kelinci-putih-8");
        browser.waitForText(By.id("messages"), Texts.pattern("login.throttled"));
        browser.screenshot("login-locked-out");

        // Her teacher sees her on the class page and unlocks her.
        browser.logIn(base.toString(), "guru.buka", "meja-kayu-44");
        browser.wide();
        browser.open(base + "teach/class.xhtml?id=" + classId.group(1));
        browser.waitForText(By.id("locked-out"), "Lina Kunci");
        browser.screenshot("class-locked-out");
        browser.click(By.xpath("//*[@id='locked-out']//li[contains(., 'siswa.buka')]//button"));
        browser.click(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes"));
        browser.waitForText(By.id("lockout"), Texts.of("lockout.unlocked", "Lina Kunci"));
        assertTrue(browser.driver().findElements(By.id("locked-out")).isEmpty(), "nobody listed any more");
        browser.logOut();

        browser.logIn(base.toString(), "siswa.buka", "kelinci-putih-8");
        browser.find(By.id("student-home"));
    }

    /**
     * Issue 19's login cards in Chromium: the QR code's link (read from the printed PDF) opens
     * Saring logged in, with the secret gone from the address bar; after the teacher prints a new
     * card the old link says the card no longer works, and so does a mistyped one.
     */
    @Test
    void aStudentOpensTheLinkOfHerCardsQrCodeAndAnOldCardSaysItNoLongerWorks() {
        new Admin(base).createAccount("guru.qr", "Bu Tari", "TEACHER", "lampu-kuning-5");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.qr", "lampu-kuning-5");
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "7Q", "grade", "7", "year", "2026/2027"), "submit");
        Matcher classId = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        assertTrue(classId.find(), created.body());
        String classPage = "teach/class.xhtml?id=" + classId.group(1);
        HttpResponse<String> imported = teacher.submit(classPage, "import", Map.of("names", "Sekar Ayu"), "submit");
        String oldLink = onlyQrCode(teacher.postFormForBytes(
                        classPage, "import=import&import%3Acards=&" + WebClient.facesFields(imported.body()))
                .body());

        browser.open(oldLink);
        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Sekar Ayu"));
        browser.find(By.id("student-home"));
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/home.xhtml"),
                browser.driver().getCurrentUrl());
        browser.screenshot("card-logged-in");
        browser.logOut();

        // The teacher prints Sekar a new card: the old link no longer opens anything.
        HttpResponse<String> roster = teacher.get(classPage);
        Matcher cardButton =
                Pattern.compile("<button id=\"(roster:members:\\d+:card)\"").matcher(roster.body());
        assertTrue(cardButton.find(), "a new-card button on Sekar's row");
        HttpResponse<String> reprinted = teacher.postForm(
                classPage,
                "roster=roster&" + cardButton.group(1).replace(":", "%3A") + "=&"
                        + WebClient.facesFields(roster.body()),
                "text/html");
        String newLink = onlyQrCode(teacher.postFormForBytes(
                        classPage, "import=import&import%3Acards=&" + WebClient.facesFields(reprinted.body()))
                .body());

        browser.open(oldLink);
        browser.waitForText(By.tagName("h1"), Texts.of("card.refusedTitle"));
        assertTrue(browser.driver().findElements(By.id("logout")).isEmpty(), "nobody is logged in");
        assertTrue(!browser.driver().getCurrentUrl().contains("#"), "the secret left the address bar");
        browser.screenshot("card-refused");
        browser.open(newLink.substring(0, newLink.length() - 1) + (newLink.endsWith("A") ? "B" : "A"));
        browser.waitForText(By.tagName("h1"), Texts.of("card.refusedTitle"));
        browser.open(newLink);
        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Sekar Ayu"));
    }

    private static String onlyQrCode(byte[] pdf) {
        java.util.List<String> codes = id.saring.testing.CardQrCodes.read(pdf);
        assertEquals(1, codes.size(), codes.toString());
        return codes.get(0);
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

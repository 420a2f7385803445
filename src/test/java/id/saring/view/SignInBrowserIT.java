package id.saring.view;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Keycloak;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 22's "sign in with the school's accounts" in Chromium, against a real OpenID provider
 * (Keycloak, realm {@code sekolah}: Siti, Budi and Rina at smpn3wates.sch.id, and a newcomer the
 * school gave Rina's address to). The administrator connects the provider on its page; Siti's
 * address is recorded on her Saring account, so she signs in through Keycloak; Budi's is not, so he
 * reads why and nothing is made for him; a return to Saring that did not come from the sign-in
 * Saring started is refused; the account is bound to the person who signed in with it first, so
 * the newcomer with Rina's reassigned address is refused until an administrator resets the binding.
 * Forged, expired and replayed ID tokens in the same real flow: {@link SignInTokenChecksBrowserIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT extends BrowserTest {

    static final String DOMAIN = "smpn3wates.sch.id";

    static Keycloak keycloak;

    /** Connected once, by the first test that needs it, through the admin page. */
    static String providerLink;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWar();
    }

    @BeforeAll
    static void startTheSchoolsProvider() {
        keycloak = Keycloak.start("sekolah");
    }

    @AfterAll
    static void stopTheSchoolsProvider() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aStudentWhoseAddressIsRecordedSignsInWithHerSchoolAccount() {
        connectProvider();
        Admin admin = new Admin(base);
        admin.createAccount("siti.aminah", "Siti Aminah", "STUDENT", "bunga-melati-5");
        admin.linkAddress("siti.aminah", "Siti.Aminah@" + DOMAIN.toUpperCase());

        browser.open(base + "login.xhtml");
        browser.screenshot("login-with-provider");
        browser.click(By.id(providerLink));
        signInAtProvider("siti", "kunci-siti-2026");

        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Siti Aminah"));
        browser.find(By.id("student-home"));
        assertFalse(browser.driver().getCurrentUrl().contains("code="), "no code left in the address bar");
        browser.screenshot("signed-in-with-provider");
        String audit = admin.page("admin/audit.xhtml");
        assertTrue(audit.contains(Texts.of("audit.SIGNED_IN_WITH_PROVIDER")), "the sign-in is in the audit trail");

        // Passwords keep working beside it.
        browser.logOut();
        browser.logIn(base.toString(), "siti.aminah", "bunga-melati-5");
        browser.find(By.id("student-home"));
    }

    @Test
    void somebodyWithoutALinkedAccountIsRefusedWithAClearPageAndNothingIsCreated() {
        connectProvider();
        Admin admin = new Admin(base);

        browser.open(base + "login.xhtml");
        browser.click(By.id(providerLink));
        signInAtProvider("budi", "kunci-budi-2026");

        browser.waitForText(By.id("signin-refused"), Texts.of("signin.refusedTitle"));
        browser.waitForText(By.id("main"), "budi.santoso@" + DOMAIN);
        browser.waitForText(By.id("main"), Texts.of("signin.refused"));
        browser.screenshot("signin-refused");
        browser.open(base + "home.xhtml");
        browser.find(By.id("login:username")); // not logged in
        assertFalse(admin.page("admin/users.xhtml").contains("budi.santoso"), "no account was made");
        assertTrue(admin.page("admin/audit.xhtml").contains(Texts.of("audit.SIGN_IN_REFUSED")));
    }

    @Test
    void aReturnThatSaringDidNotStartOrWithAForgedCodeIsRefused() {
        connectProvider();

        // A made-up return, in a browser that never started a sign-in.
        browser.open(base + "signin/callback?state=tebakan&code=palsu");
        browser.waitForText(By.id("signin-failed"), Texts.of("signin.failedTitle"));

        // The right state, but a code the provider never issued: the provider refuses to redeem it.
        browser.open(base + "login.xhtml");
        browser.click(By.id(providerLink));
        browser.find(By.id("kc-login"));
        Matcher state =
                Pattern.compile("[?&]state=([^&]+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(state.find(), browser.driver().getCurrentUrl());
        browser.open(base + "signin/callback?state=" + state.group(1) + "&code=kode-palsu");
        browser.waitForText(By.id("signin-failed"), Texts.of("signin.failedTitle"));
        browser.screenshot("signin-failed");

        // Going back at the provider says so.
        browser.open(base + "login.xhtml");
        browser.click(By.id(providerLink));
        browser.find(By.id("kc-login"));
        Matcher again =
                Pattern.compile("[?&]state=([^&]+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(again.find());
        browser.open(base + "signin/callback?state=" + again.group(1) + "&error=access_denied");
        browser.waitForText(By.id("signin-cancelled"), Texts.of("signin.cancelledTitle"));
        browser.open(base + "home.xhtml");
        browser.find(By.id("login:username"));
    }

    @Test
    void aTeacherRecordsHerStudentsSchoolAddressAndTheStudentSignsInWithIt() {
        connectProvider();
        Admin admin = new Admin(base);
        admin.createAccount("bu.wati", "Bu Wati", "TEACHER", "Guru-Wati-2026");
        admin.linkAddress("bu.wati", "bu.wati@" + DOMAIN);
        admin.createAccount("dewi.lestari", "Dewi Lestari", "STUDENT", "bunga-dahlia-3");
        WebClient teacher = new WebClient(base);
        assertTrue(WebClient.isRedirect(teacher.logIn("bu.wati", "Guru-Wati-2026")));
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "8C", "grade", "8", "year", "2026/2027"), "submit");
        Matcher classId = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(classId.find() && code.find(), created.body());
        WebClient student = new WebClient(base);
        assertTrue(WebClient.isRedirect(student.logIn("dewi.lestari", "bunga-dahlia-3")));
        student.postForm("learn/join", "code=" + code.group(1), "text/html");

        String page = "teach/address.xhtml?id=" + classId.group(1);
        assertTrue(teacher.get(page).body().contains(DOMAIN), "the page names the domains it takes");
        // A private address is not a school account's; another account's address is taken.
        HttpResponse<String> privateAddress = teacher.submit(
                page, "address", Map.of("student", "dewi.lestari", "address", "dewi.lestari@gmail.com"), "submit");
        assertTrue(privateAddress.body().contains(Texts.of("class.addressDomain")), privateAddress.body());
        HttpResponse<String> taken = teacher.submit(
                page, "address", Map.of("student", "dewi.lestari", "address", "bu.wati@" + DOMAIN), "submit");
        assertTrue(taken.body().contains(Texts.of("account.addressTaken")), taken.body());
        HttpResponse<String> linked = teacher.submit(
                page, "address", Map.of("student", "dewi.lestari", "address", "Dewi.Lestari@" + DOMAIN), "submit");
        assertTrue(
                linked.body().contains(Texts.of("teach.address.linked", "dewi.lestari@" + DOMAIN, "Dewi Lestari")),
                linked.body());
        assertTrue(admin.page("admin/audit.xhtml").contains("dewi.lestari@" + DOMAIN), "recorded in the audit trail");

        signInWithProvider("dewi", "kunci-dewi-2026");
        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Dewi Lestari"));
        assertTrue(teacher.get(page).body().contains(">" + Texts.of("teach.address.pinned") + "</span>"));
    }

    @Test
    void anAddressTheSchoolGaveToSomeoneElseOpensTheAccountOnlyAfterAnAdministratorResetsIt() {
        connectProvider();
        Admin admin = new Admin(base);
        admin.createAccount("rina.w", "Rina Wulandari", "STUDENT", "bunga-mawar-7");
        admin.linkAddress("rina.w", "rina.wulandari@" + DOMAIN);

        // Rina signs in first: the account is bound to her at the provider.
        signInWithProvider("rina", "kunci-rina-2026");
        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Rina Wulandari"));
        assertTrue(admin.page("admin/users.xhtml").contains(">" + Texts.of("admin.users.signInPinned") + "</span>"));

        // The school gives her address to a newcomer: the same address, another person.
        signInWithProvider("rina.baru", "kunci-rina-baru-2026");
        browser.waitForText(By.id("signin-other-person"), Texts.of("signin.otherPersonTitle"));
        browser.waitForText(By.id("main"), "rina.wulandari@" + DOMAIN);
        browser.screenshot("signin-other-person");
        browser.open(base + "home.xhtml");
        browser.find(By.id("login:username")); // not logged in
        assertTrue(admin.page("admin/audit.xhtml").contains(Texts.of("audit.SIGN_IN_OTHER_PERSON")));

        // The administrator resets the binding (audited): the next person is let in, and bound.
        admin.resetSignIn("rina.w");
        assertTrue(admin.page("admin/audit.xhtml").contains(Texts.of("audit.SIGN_IN_RESET")));
        signInWithProvider("rina.baru", "kunci-rina-baru-2026");
        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Rina Wulandari"));
        signInWithProvider("rina", "kunci-rina-2026");
        browser.waitForText(By.id("signin-other-person"), Texts.of("signin.otherPersonTitle"));
    }

    /**
     * A new sign-in through the provider as this person at it: every session (Saring's and the
     * provider's single sign-on) is forgotten first, as on a shared PC after logging out of both.
     */
    private void signInWithProvider(String username, String password) {
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.open(base + "login.xhtml");
        browser.click(By.id(providerLink));
        signInAtProvider(username, password);
    }

    /** The administrator connects the realm on admin/providers.xhtml (once for the class). */
    private void connectProvider() {
        if (providerLink != null) {
            return;
        }
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.wide();
        browser.open(base + "admin/providers.xhtml");
        String callback = browser.text(By.id("callback-uri"));
        assertTrue(callback.endsWith("/signin/callback"), callback);
        browser.type(By.id("add:name"), "Akun SMPN 3 Wates");
        browser.type(By.id("add:issuer"), keycloak.issuer());
        browser.type(By.id("add:clientId"), "saring");
        browser.type(By.id("add:clientSecret"), "rahasia-klien-saring-uji");
        browser.type(By.id("add:domains"), DOMAIN);
        browser.click(By.id("add:submit"));
        browser.waitForText(By.id("add:feedback"), Texts.of("admin.providers.added", "Akun SMPN 3 Wates"));
        browser.waitForText(By.id("list:providers"), DOMAIN);
        assertFalse(
                browser.driver().getPageSource().contains("rahasia-klien-saring-uji"), "the secret is not shown back");
        browser.screenshot("admin-providers");
        browser.open(base + "home.xhtml");
        browser.logOut();
        browser.open(base + "login.xhtml");
        providerLink = browser.find(By.cssSelector("a[id^='signin-']")).getDomAttribute("id");
        assertTrue(URI.create(browser.find(By.id(providerLink)).getDomAttribute("href"))
                .getPath()
                .endsWith("/signin"));
    }

    /** Keycloak's own login form. */
    private void signInAtProvider(String username, String password) {
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.id("kc-login"));
    }
}

package id.saring.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.Keycloak;
import id.saring.testing.TamperingProxy;
import id.saring.testing.TamperingProxy.Tampering;
import id.saring.testing.Texts;
import java.io.IOException;
import java.util.List;
import java.util.Map;
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
 * Issue 22's "a forged or expired token is refused", through the real OpenID Connect flow: Siti
 * signs in at a real Keycloak in Chromium, Keycloak sends her browser back to Saring with a real
 * code, and Saring redeems it at Keycloak's token endpoint; a {@link TamperingProxy} between Saring
 * and Keycloak (Keycloak announces the proxy's address as its own) changes only the ID token in that
 * answer. A token whose payload was changed, one signed with a key Keycloak never published, an
 * expired one (signed with the realm's real key, which the test gave Keycloak, so that only its
 * expiry is wrong) and a real, unexpired token of an earlier sign-in (another nonce) all end on the
 * refusal page with nobody logged in, while the same token re-signed unchanged with the realm's key
 * lets Siti in. A callback replayed after its sign-in (its state and code) is refused too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInTokenChecksBrowserIT extends BrowserTest {

    static final String DOMAIN = "smpn3wates.sch.id";
    static final String SITI = "siti.aminah@" + DOMAIN;

    static TamperingProxy proxy;
    static Keycloak keycloak;

    /** Connected once, by the first test, through the admin page. */
    static String providerLink;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWar();
    }

    @BeforeAll
    static void startTheProviderBehindTheProxy() throws IOException {
        int port = Keycloak.freePort();
        proxy = new TamperingProxy(port);
        keycloak = Keycloak.start(
                "sekolah",
                port,
                proxy.address(),
                realm -> realm.replaceFirst("\"realm\": \"sekolah\",", "$0 " + proxy.realmKeyComponent()));
    }

    @AfterAll
    static void stopThem() {
        if (keycloak != null) {
            keycloak.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void aTokenWithAChangedPayloadOrAnotherKeysSignatureLetsNobodyIn() {
        connectProvider();

        // Budi, whom Saring does not know, signs in; the token is changed to say he is Siti.
        proxy.claimAddress(SITI);
        proxy.tamper(Tampering.PAYLOAD);
        signInWithProvider("budi", "kunci-budi-2026");
        assertRefused();

        // Siti's own token, re-signed with a key the provider never published.
        proxy.tamper(Tampering.OTHER_KEY);
        signInWithProvider("siti", "kunci-siti-2026");
        assertRefused();
        assertEquals(List.of(), proxy.problems());
    }

    @Test
    void anExpiredTokenIsRefusedWhileTheSameTokenSignedAgainWithTheRealmsKeyIsTaken() {
        connectProvider();

        // The control: re-signed with the realm's key and unchanged, the token is good.
        proxy.tamper(Tampering.RESIGNED);
        signInWithProvider("siti", "kunci-siti-2026");
        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Siti Aminah"));

        // The same, but issued 15 and expired 10 minutes ago: only its times are wrong.
        proxy.tamper(Tampering.EXPIRED);
        signInWithProvider("siti", "kunci-siti-2026");
        assertRefused();
        assertEquals(List.of(), proxy.problems());
    }

    @Test
    void aReplayedTokenOrCallbackLetsNobodyIn() {
        connectProvider();
        proxy.tamper(Tampering.NONE);
        signInWithProvider("siti", "kunci-siti-2026");
        browser.waitForText(By.tagName("h1"), Texts.of("home.greeting", "Siti Aminah"));
        String used = proxy.callbacks().getLast();
        assertTrue(used.contains("state=") && used.contains("code="), used);

        // The token of that sign-in, real and unexpired, handed to the next one: its nonce is not this one's.
        proxy.tamper(Tampering.REPLAYED);
        signInWithProvider("siti", "kunci-siti-2026");
        assertRefused();

        // The callback of the good sign-in, replayed while another sign-in is under way, and in a new browser.
        proxy.tamper(Tampering.NONE);
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.open(base + "login.xhtml");
        browser.click(By.id(providerLink));
        browser.find(By.id("kc-login"));
        browser.open(used);
        assertRefused();
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.open(used);
        assertRefused();
        assertEquals(List.of(), proxy.problems());
    }

    /** The refusal page in the person's language, and no session behind it. */
    private void assertRefused() {
        browser.waitForText(By.id("signin-failed"), Texts.of("signin.failedTitle"));
        browser.open(base + "home.xhtml");
        browser.find(By.id("login:username")); // not logged in
    }

    /**
     * A new sign-in through the provider as this person at it: every session (Saring's and the
     * provider's single sign-on) is forgotten first.
     */
    private void signInWithProvider(String username, String password) {
        browser.driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
        browser.open(base + "login.xhtml");
        browser.click(By.id(providerLink));
        browser.type(By.id("username"), username);
        browser.type(By.id("password"), password);
        browser.click(By.id("kc-login"));
    }

    /** Siti's account with her school address, and the realm connected on admin/providers.xhtml (once). */
    private void connectProvider() {
        if (providerLink != null) {
            return;
        }
        Admin admin = new Admin(base);
        admin.createAccount("siti.aminah", "Siti Aminah", "STUDENT", "bunga-melati-5");
        admin.linkAddress("siti.aminah", SITI);
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.wide();
        browser.open(base + "admin/providers.xhtml");
        browser.type(By.id("add:name"), "Akun SMPN 3 Wates");
        browser.type(By.id("add:issuer"), keycloak.issuer());
        browser.type(By.id("add:clientId"), "saring");
        browser.type(By.id("add:clientSecret"), "rahasia-klien-saring-uji");
        browser.type(By.id("add:domains"), DOMAIN);
        browser.click(By.id("add:submit"));
        browser.waitForText(By.id("add:feedback"), Texts.of("admin.providers.added", "Akun SMPN 3 Wates"));
        browser.open(base + "home.xhtml");
        browser.logOut();
        browser.open(base + "login.xhtml");
        providerLink = browser.find(By.cssSelector("a[id^='signin-']")).getDomAttribute("id");
    }
}

package id.saring.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.CardQrCodes;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login cards with a QR code, against the real war over HTTP: the teacher prints the cards, the
 * test reads their QR codes out of the PDF as a phone's camera would, and a student's phone opens
 * the card page and posts the secret as its script does. A new card for one student, new cards for
 * the class and a password reset each stop the old QR codes; forged secrets open nothing; password
 * guessing does not block a card.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LoginCardIT {

    private static final Pattern CLASS = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aStudentLogsInByScanningTheirCardAndOnlyTheNewestCardWorks() {
        new Admin(base).createAccount("guru.kartu", "Bu Ratna", "TEACHER", "kartu-pelajar-9");
        WebClient teacher = new WebClient(base);
        assertEquals(302, teacher.logIn("guru.kartu", "kartu-pelajar-9").statusCode());
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "8C", "grade", "8", "year", "2026/2027"), "submit");
        Matcher classLink = CLASS.matcher(created.body());
        assertTrue(classLink.find());
        String classPage = "teach/class.xhtml?id=" + classLink.group(1);

        HttpResponse<String> imported =
                teacher.submit(classPage, "import", Map.of("names", "Dewi Kartika\nEko Saputra"), "submit");
        assertTrue(imported.body().contains("2 akun dibuat"), imported.body());
        Map<String, String> first = secretsByName(download(teacher, classPage, imported.body()));
        assertEquals(Set.of("Dewi Kartika", "Eko Saputra"), first.keySet(), "one QR code per new student");

        // Dewi scans her card: logged in as herself, with a new session id.
        assertLoggedInAs("Dewi Kartika", scan(first.get("Dewi Kartika")));

        // A classmate types wrong passwords for Dewi until password logins are blocked...
        WebClient guesser = new WebClient(base);
        for (int attempt = 0; attempt < 6; attempt++) {
            assertEquals(200, guesser.logIn("dewi.k", "salah-tebak-" + attempt).statusCode());
        }
        HttpResponse<String> blocked = new WebClient(base).logIn("dewi.k", "salah-lagi-7");
        assertTrue(blocked.body().contains("Terlalu banyak percobaan"), "password logins are throttled now");
        // ...and her card still lets her in.
        assertLoggedInAs("Dewi Kartika", scan(first.get("Dewi Kartika")));

        // Dewi's card was photographed, and someone logged in with the photo...
        WebClient photographed = new WebClient(base);
        assertLoggedInAs("Dewi Kartika", scanOn(photographed, first.get("Dewi Kartika")));
        // ...so the teacher prints her a new one.
        HttpResponse<String> roster = teacher.get(classPage);
        HttpResponse<String> newCard = teacher.postForm(
                classPage,
                "roster=roster&" + encode(rowButton(roster.body(), "dewi.k", "card")) + "=&"
                        + WebClient.facesFields(roster.body()),
                "text/html");
        assertTrue(newCard.body().contains("Kartu baru untuk Dewi Kartika"), newCard.body());
        Map<String, String> second = secretsByName(download(teacher, classPage, newCard.body()));
        assertEquals(Set.of("Dewi Kartika"), second.keySet(), "only Dewi's card");
        assertNotEquals(first.get("Dewi Kartika"), second.get("Dewi Kartika"));
        assertRefused(scan(first.get("Dewi Kartika")));
        assertLoggedInAs("Dewi Kartika", scan(second.get("Dewi Kartika")));
        sleepPastTheAccountRecheck();
        HttpResponse<String> ended = photographed.get("home.xhtml");
        assertEquals(302, ended.statusCode(), "the session opened with the old card has ended");
        assertTrue(ended.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        assertLoggedInAs("Eko Saputra", scan(first.get("Eko Saputra")), "Eko's card is untouched");

        // A new term: new cards for the whole class, and every old one stops.
        roster = teacher.get(classPage);
        HttpResponse<String> classCards = teacher.postForm(
                classPage, "roster=roster&roster%3AclassCards=&" + WebClient.facesFields(roster.body()), "text/html");
        assertTrue(classCards.body().contains("2 kartu baru siap diunduh"), classCards.body());
        Map<String, String> third = secretsByName(download(teacher, classPage, classCards.body()));
        assertEquals(Set.of("Dewi Kartika", "Eko Saputra"), third.keySet(), "students only: no teacher's card");
        assertRefused(scan(second.get("Dewi Kartika")));
        assertRefused(scan(first.get("Eko Saputra")));
        assertLoggedInAs("Dewi Kartika", scan(third.get("Dewi Kartika")));
        assertLoggedInAs("Eko Saputra", scan(third.get("Eko Saputra")));

        // Eko forgot his password: the new password comes on a new card, and the old card stops.
        roster = teacher.get(classPage);
        HttpResponse<String> reset = teacher.postForm(
                classPage,
                "roster=roster&" + encode(rowButton(roster.body(), "eko.s", "reset")) + "=&"
                        + WebClient.facesFields(roster.body()),
                "text/html");
        assertTrue(reset.body().contains("Kata sandi baru untuk Eko Saputra"), reset.body());
        Map<String, String> fourth = secretsByName(download(teacher, classPage, reset.body()));
        assertRefused(scan(third.get("Eko Saputra")));
        assertLoggedInAs("Eko Saputra", scan(fourth.get("Eko Saputra")));

        // Forged and mangled secrets open nothing, and say so on the card page.
        assertRefused(scan("A".repeat(43)));
        assertRefused(scan(third.get("Dewi Kartika").substring(1) + "x".repeat(1)));
        assertRefused(scan("%27%20or%201%3D1--"));
        assertRefused(scan(""));

        // Everything is in the audit trail.
        String audit = new Admin(base).page("admin/audit.xhtml");
        assertTrue(audit.contains("Kartu masuk baru satu kelas"), "the class's new cards");
        assertTrue(audit.split("Kartu masuk baru", -1).length - 1 >= 2, "and Dewi's new card");
    }

    @Test
    void aCardPageWithoutAScriptStillSaysWhatToDoAndIsLight() {
        WebClient phone = new WebClient(base);

        HttpResponse<String> page = phone.get("card.xhtml");

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<noscript>"), "without a script: log in with the username and password");
        assertTrue(page.body().contains("ln=saring") && page.body().contains("card.js"), "its one small script");
        assertFalse(page.body().contains("primefaces"), "no PrimeFaces on a student's page");
        HttpResponse<String> refused = phone.get("card.xhtml?ditolak");
        assertTrue(refused.body().contains("Kartu ini tidak berlaku"), refused.body());
        HttpResponse<String> english = new WebClient(base).open("card.xhtml?ditolak&lang=en");
        assertTrue(english.body().contains("This card does not work"), english.body());
    }

    /** What a phone does with a card's QR code: opens the card page, and its script posts the secret. */
    private HttpResponse<String> scan(String secret) {
        return scanOn(new WebClient(base), secret);
    }

    private HttpResponse<String> scanOn(WebClient phone, String secret) {
        HttpResponse<String> page = phone.get("card.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"card\""), "the card page's form");
        String before = session(page).orElse("");
        HttpResponse<String> posted =
                phone.postRaw("card", "csrf=" + encode(phone.csrfToken()) + "&k=" + encode(secret), "Origin", origin());
        String after = session(posted).orElse("");
        HttpResponse<String> landed =
                phone.open(posted.headers().firstValue("Location").orElseThrow());
        if (landed.body().contains("id=\"student-home\"")) {
            assertFalse(after.isEmpty() || after.equals(before), "a new session id after the login");
        }
        return landed;
    }

    /** Sessions look at their account again every 15 seconds (SecurityConfiguration.RECHECK_MILLIS). */
    private static void sleepPastTheAccountRecheck() {
        try {
            Thread.sleep(SecurityConfiguration.RECHECK_MILLIS + 1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    private static java.util.Optional<String> session(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(SESSION::matcher)
                .filter(Matcher::find)
                .map(m -> m.group(1))
                .findFirst();
    }

    private static void assertLoggedInAs(String name, HttpResponse<String> home) {
        assertLoggedInAs(name, home, name + "'s card");
    }

    private static void assertLoggedInAs(String name, HttpResponse<String> home, String message) {
        assertTrue(home.uri().getPath().endsWith("/home.xhtml"), message + ": " + home.uri());
        assertTrue(home.body().contains("id=\"student-home\""), message);
        assertTrue(home.body().contains(name), message);
    }

    private static void assertRefused(HttpResponse<String> page) {
        assertTrue(
                page.uri().toString().endsWith("card.xhtml?ditolak"), page.uri().toString());
        assertTrue(page.body().contains("Kartu ini tidak berlaku"), page.body());
        assertFalse(page.body().contains("id=\"logout\""), "nobody is logged in");
    }

    /** The cards PDF the import panel of {@code page} (the class page) offers now. */
    private static byte[] download(WebClient teacher, String classPage, String page) {
        HttpResponse<byte[]> pdf =
                teacher.postFormForBytes(classPage, "import=import&import%3Acards=&" + WebClient.facesFields(page));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        return pdf.body();
    }

    /**
     * Each card's secret by the name printed on it: the QR codes are read from the PDF's images,
     * and each is matched to its card by logging in with it (the name then shows on the page).
     */
    private Map<String, String> secretsByName(byte[] pdf) {
        List<String> urls = CardQrCodes.read(pdf);
        Map<String, String> byName = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (String url : urls) {
            assertTrue(url.startsWith(base.getProtocol() + "://"), url);
            assertTrue(url.contains(base.getPath() + "card.xhtml#"), "the card page, secret in the fragment: " + url);
            String secret = url.substring(url.indexOf('#') + 1);
            assertTrue(seen.add(secret));
            HttpResponse<String> home = scan(secret);
            Matcher name = Pattern.compile("(Dewi Kartika|Eko Saputra)").matcher(home.body());
            assertTrue(name.find(), home.body());
            byName.put(name.group(1), secret);
        }
        return byName;
    }

    /** The id of the button {@code suffix} ("card", or the reset button: the first one) on the student's row. */
    private static String rowButton(String page, String username, String suffix) {
        Matcher usernameCell =
                Pattern.compile(">\\s*" + Pattern.quote(username) + "\\s*<").matcher(page);
        assertTrue(usernameCell.find(), username + "'s row");
        Matcher button =
                Pattern.compile("<button id=\"(roster:members:\\d+:[^\"]+)\"").matcher(page);
        while (button.find()) {
            if (button.start() > usernameCell.start()
                    && (suffix.equals("reset") || button.group(1).endsWith(":" + suffix))) {
                return button.group(1);
            }
        }
        throw new AssertionError("no " + suffix + " button on " + username + "'s row");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package id.saring.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
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
 * Logging in and role checks against the real war in Payara Micro, over HTTP as a browser
 * speaks it: redirects to the login page, refusals, throttling and the session cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

    private static final Pattern RESOURCE =
            Pattern.compile("(?:href|src)=\"([^\"]*jakarta\\.faces\\.resource[^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() {
        WebClient anonymous = new WebClient(base);
        for (String protectedPage : List.of(
                "home.xhtml", "admin/users.xhtml", "account/password.xhtml", "learn/x.xhtml", "teach/x.xhtml")) {
            HttpResponse<String> response = anonymous.get(protectedPage);
            assertEquals(302, response.statusCode(), protectedPage);
            assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"), protectedPage);
        }
        assertEquals(200, anonymous.get("").statusCode(), "the landing page is public");
        assertEquals(200, anonymous.get("login.xhtml").statusCode(), "the login page is public");
    }

    @Test
    void theAdministratorLogsInAndReachesTheAdminPages() {
        WebClient admin = new WebClient(base);

        HttpResponse<String> login = admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);

        assertEquals(302, login.statusCode());
        assertTrue(login.headers().firstValue("Location").orElse("").endsWith("/home.xhtml"));
        assertTrue(admin.get("home.xhtml").body().contains("id=\"admin-home\""));
        HttpResponse<String> users = admin.get("admin/users.xhtml");
        assertEquals(200, users.statusCode());
        assertTrue(users.body().contains("Administrator"), "the account list shows the first administrator");
    }

    /**
     * Regression for payara/Payara#6145: with Jakarta Security's form mechanism, Payara lost a
     * logged-in caller's roles under concurrent requests (403 or a page without the student's
     * part, about one request in twenty in the load benchmark).
     */
    @Test
    void loggedInStudentsKeepTheirRoleUnderConcurrentRequests() throws Exception {
        Admin admin = new Admin(base);
        List<WebClient> students = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            admin.createAccount("siswa.ramai" + i, "Siswa Ramai " + i, "STUDENT", "pasar-malam-" + (10 + i));
            WebClient student = new WebClient(base);
            assertEquals(
                    302,
                    student.logIn("siswa.ramai" + i, "pasar-malam-" + (10 + i)).statusCode());
            students.add(student);
        }
        var pool = java.util.concurrent.Executors.newFixedThreadPool(students.size());
        try {
            List<java.util.concurrent.Future<List<String>>> results = new java.util.ArrayList<>();
            for (WebClient student : students) {
                results.add(pool.submit(() -> {
                    List<String> wrong = new java.util.ArrayList<>();
                    for (int request = 0; request < 25; request++) {
                        HttpResponse<String> home = student.get("home.xhtml");
                        if (home.statusCode() != 200 || !home.body().contains("id=\"student-home\"")) {
                            wrong.add(home.statusCode() + " on request " + request);
                        }
                    }
                    return wrong;
                }));
            }
            for (var result : results) {
                assertEquals(List.of(), result.get(), "every request answered as the student");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStudentIsRefusedTheAdminPages() {
        new Admin(base).createAccount("siswa.akses", "Siswa Akses", "STUDENT", "kupu-kupu-biru");
        WebClient student = new WebClient(base);
        assertEquals(302, student.logIn("siswa.akses", "kupu-kupu-biru").statusCode());

        HttpResponse<String> admin = student.get("admin/users.xhtml");
        assertEquals(403, student.get("admin/courses.xhtml").statusCode());
        assertEquals(403, student.get("admin/preview.xhtml?course=x&version=1").statusCode());
        HttpResponse<String> teach = student.get("teach/x.xhtml");

        assertEquals(403, admin.statusCode());
        assertTrue(admin.body().contains("Halaman ini bukan untukmu"), "a clear refusal in Bahasa Indonesia");
        assertFalse(admin.body().contains("siswa.akses</td>"), "no account list leaks");
        assertEquals(403, teach.statusCode());
        assertTrue(student.get("home.xhtml").body().contains("id=\"student-home\""));
    }

    @Test
    void aTeacherIsRefusedTheAdminPages() {
        new Admin(base).createAccount("guru.akses", "Guru Akses", "TEACHER", "papan-tulis-hijau");
        WebClient teacher = new WebClient(base);
        assertEquals(302, teacher.logIn("guru.akses", "papan-tulis-hijau").statusCode());

        assertEquals(403, teacher.get("admin/users.xhtml").statusCode());
        assertEquals(403, teacher.get("admin/schools.xhtml").statusCode());
        assertEquals(403, teacher.get("admin/audit.xhtml").statusCode(), "the audit trail is for administrators");
        assertEquals(403, teacher.get("learn/x.xhtml").statusCode());
        assertTrue(teacher.get("home.xhtml").body().contains("id=\"teacher-home\""));
    }

    @Test
    void wrongCredentialsGetOneMessageWhateverWasWrong() {
        new Admin(base).createAccount("siswa.salah", "Siswa Salah", "STUDENT", "jeruk-manis-9");
        WebClient visitor = new WebClient(base);

        HttpResponse<String> wrongPassword = visitor.logIn("siswa.salah", "jeruk-asam-9");
        HttpResponse<String> unknownUser = visitor.logIn("tidak.ada.orangnya", "jeruk-asam-9");

        for (HttpResponse<String> response : List.of(wrongPassword, unknownUser)) {
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains("Nama pengguna atau kata sandi salah"), response.body());
        }
        assertEquals(302, visitor.get("home.xhtml").statusCode(), "still not logged in");
    }

    @Test
    void repeatedFailuresThrottleTheAccountEvenForTheRightPassword() {
        new Admin(base).createAccount("siswa.tebak", "Siswa Tebak", "STUDENT", "nanas-kuning-3");
        WebClient guesser = new WebClient(base);
        for (int i = 0; i < 5; i++) {
            guesser.logIn("siswa.tebak", "tebakan-" + i);
        }

        HttpResponse<String> rightPassword = guesser.logIn("siswa.tebak", "nanas-kuning-3");

        assertEquals(200, rightPassword.statusCode());
        assertTrue(rightPassword.body().contains("Terlalu banyak percobaan yang gagal"), rightPassword.body());
        assertEquals(302, guesser.get("home.xhtml").statusCode(), "not logged in while throttled");
        WebClient classmate = new WebClient(base);
        new Admin(base).createAccount("siswa.tetangga", "Siswa Tetangga", "STUDENT", "mangga-muda-4");
        assertEquals(
                302,
                classmate.logIn("siswa.tetangga", "mangga-muda-4").statusCode(),
                "another account from the same address is not affected");
    }

    /**
     * Issue 19: a classmate who types wrong passwords for someone else's username from their own
     * phone blocks only browsers the owner has never logged in on; the owner's phone keeps working,
     * the guesser stays slowed, and the owner's teacher (not another teacher) unlocks the rest.
     */
    @Test
    void aClassmateGuessingBlocksOnlyUnknownDevicesAndTheTeacherUnlocks() {
        Admin admin = new Admin(base);
        admin.createAccount("siswa.kunci", "Dewi Kunci", "STUDENT", "layang-layang-5");
        admin.createAccount("siswa.kunci.lain", "Eko Gasing", "STUDENT", "gasing-kayu-6");
        admin.createAccount("guru.kunci", "Bu Tari", "TEACHER", "kapur-tulis-21");
        admin.createAccount("guru.kunci.lain", "Pak Joko", "TEACHER", "penghapus-papan-22");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.kunci", "kapur-tulis-21");
        WebClient otherTeacher = new WebClient(base);
        otherTeacher.logIn("guru.kunci.lain", "penghapus-papan-22");
        String[] ownClass = classOf(teacher, "8K");
        String[] otherClass = classOf(otherTeacher, "9K");

        // Dewi logs in on her phone once (and joins her class): the phone gets a device cookie.
        WebClient phone = new WebClient(base);
        HttpResponse<String> firstLogin = phone.logIn("siswa.kunci", "layang-layang-5");
        assertEquals(302, firstLogin.statusCode());
        String deviceCookie = firstLogin.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("saring_device="))
                .findFirst()
                .orElse("");
        assertTrue(deviceCookie.matches("saring_device=[A-Za-z0-9_-]{43};.*"), deviceCookie);
        assertTrue(deviceCookie.contains("HttpOnly"), deviceCookie);
        assertTrue(deviceCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), deviceCookie);
        assertTrue(deviceCookie.contains("Max-Age=31536000"), "about a year: " + deviceCookie);
        assertEquals(
                302,
                phone.postForm("learn/join", "code=" + ownClass[1], "text/html").statusCode());
        phone.post("logout");
        WebClient ekosPhone = new WebClient(base);
        ekosPhone.logIn("siswa.kunci.lain", "gasing-kayu-6");
        assertEquals(
                302,
                ekosPhone
                        .postForm("learn/join", "code=" + otherClass[1], "text/html")
                        .statusCode());

        // A classmate guesses from a device without a cookie for Dewi.
        WebClient guesser = new WebClient(base);
        for (int i = 0; i < 6; i++) {
            guesser.logIn("siswa.kunci", "tebakan-" + i);
            guesser.logIn("siswa.kunci.lain", "tebakan-" + i);
        }

        HttpResponse<String> guesserRight = guesser.logIn("siswa.kunci", "layang-layang-5");
        HttpResponse<String> schoolPcRight = new WebClient(base).logIn("siswa.kunci", "layang-layang-5");
        WebClient englishPc = new WebClient(base);
        englishPc.get("login.xhtml?lang=en");
        HttpResponse<String> englishRight = englishPc.logIn("siswa.kunci", "layang-layang-5");
        HttpResponse<String> phoneRight = phone.logIn("siswa.kunci", "layang-layang-5");

        assertEquals(200, guesserRight.statusCode(), "the guesser is still slowed down");
        assertEquals(200, schoolPcRight.statusCode(), "a device she never logged in on waits");
        assertTrue(schoolPcRight.body().contains("Terlalu banyak percobaan yang gagal"), schoolPcRight.body());
        assertTrue(schoolPcRight.body().contains("minta gurumu atau admin sekolah membuka kuncinya"));
        assertTrue(englishRight.body().contains("ask your teacher or the school administrator to unlock it"));
        assertEquals(302, phoneRight.statusCode(), "her own phone logs in: the guesses were not hers");
        assertTrue(phone.get("home.xhtml").body().contains("id=\"student-home\""));

        // Her teacher sees that she is locked out; the other teacher neither sees her nor can unlock her.
        String classPage = "teach/class.xhtml?id=" + ownClass[0];
        String otherClassPage = "teach/class.xhtml?id=" + otherClass[0];
        String locked = teacher.get(classPage).body();
        assertTrue(locked.contains("id=\"locked-out\"") && locked.contains("Dewi Kunci"), locked);
        assertTrue(locked.contains("bisa masuk lagi"), "until when");
        assertFalse(locked.contains("Eko Gasing"), "only the teacher's own students");
        assertEquals(404, otherTeacher.get(classPage).statusCode());
        HttpResponse<String> tampered = pressUnlock(otherTeacher, otherClassPage, "siswa.kunci.lain", "siswa.kunci");
        assertTrue(tampered.body().contains("Kelas itu tidak ada, atau bukan kelasmu"), tampered.body());
        assertEquals(
                200, new WebClient(base).logIn("siswa.kunci", "layang-layang-5").statusCode(), "still locked");

        HttpResponse<String> unlocked = pressUnlock(teacher, classPage, "siswa.kunci", "siswa.kunci");
        assertTrue(unlocked.body().contains("Dewi Kunci bisa masuk lagi sekarang"), unlocked.body());
        assertFalse(unlocked.body().contains("id=\"locked-out\""), "nobody is locked out any more");
        assertEquals(
                302,
                new WebClient(base).logIn("siswa.kunci", "layang-layang-5").statusCode(),
                "a device without a cookie logs in again");

        // The administrator unlocks Eko from the users page; both unlocks are in the audit trail.
        WebClient administrator = new WebClient(base);
        administrator.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        assertTrue(administrator.get("admin/users.xhtml").body().contains("Eko Gasing"));
        HttpResponse<String> adminUnlocked =
                pressUnlock(administrator, "admin/users.xhtml", "siswa.kunci.lain", "siswa.kunci.lain", "account");
        assertTrue(adminUnlocked.body().contains("Eko Gasing bisa masuk lagi sekarang"), adminUnlocked.body());
        assertEquals(
                302,
                new WebClient(base).logIn("siswa.kunci.lain", "gasing-kayu-6").statusCode());
        String audit = administrator.get("admin/audit.xhtml").body();
        assertTrue(audit.contains("Kunci masuk dibuka"), audit);
        assertEquals(2, audit.split("Kunci masuk dibuka", -1).length - 1, "two unlocks in the trail");
        assertTrue(audit.contains(">8K<"), "the teacher's unlock names the class");

        // A device that keeps failing waits on its own; other devices do not.
        for (int i = 0; i < 5; i++) {
            phone.logIn("siswa.kunci", "tebakan-telepon-" + i);
        }
        assertEquals(200, phone.logIn("siswa.kunci", "layang-layang-5").statusCode(), "the phone now waits");
        assertEquals(
                302, new WebClient(base).logIn("siswa.kunci", "layang-layang-5").statusCode());
    }

    /** Presses the unlock button on {@code forUsername}'s line, sending {@code tamperedUsername} as the one to unlock. */
    private static HttpResponse<String> pressUnlock(
            WebClient client, String page, String forUsername, String tamperedUsername) {
        return pressUnlock(client, page, forUsername, tamperedUsername, "student");
    }

    private static HttpResponse<String> pressUnlock(
            WebClient client, String page, String forUsername, String tamperedUsername, String parameter) {
        String body = client.get(page).body();
        int line = body.indexOf(">" + forUsername + "<", body.indexOf("id=\"locked-out\""));
        assertTrue(line > 0, forUsername + " is listed as locked out on " + page);
        Matcher button =
                Pattern.compile("<button id=\"(lockout:[^\"]+:unlock)\"").matcher(body);
        assertTrue(button.find(line), "an unlock button on the line");
        return client.postForm(
                page,
                "lockout=lockout&"
                        + java.net.URLEncoder.encode(button.group(1), java.nio.charset.StandardCharsets.UTF_8) + "=&"
                        + parameter + "=" + tamperedUsername + "&" + WebClient.facesFields(body),
                "text/html");
    }

    /** Creates a class and returns its id and join code. */
    private static String[] classOf(WebClient teacher, String name) {
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", name, "grade", "8", "year", "2026/2027"), "submit");
        Matcher id = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(id.find() && code.find(), created.body());
        return new String[] {id.group(1), code.group(1)};
    }

    @Test
    void theSessionLivesInAnHttpOnlyCookieAndIsRenewedAtLogin() {
        WebClient client = new WebClient(base);
        HttpResponse<String> loginPage = client.get("login.xhtml");
        String before = sessionCookie(client.get("").headers().allValues("Set-Cookie"));
        assertFalse(loginPage.body().contains(";jsessionid="), "no session id in links");

        HttpResponse<String> login = client.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        String after = sessionCookie(login.headers().allValues("Set-Cookie"));

        assertTrue(after.contains("HttpOnly"), after);
        assertTrue(after.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), after);
        assertFalse(after.isEmpty(), "a session cookie is set at login");
        assertFalse(after.equals(before), "the session id changes at login");
    }

    @Test
    void loggingOutEndsTheSession() {
        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);

        HttpResponse<String> logout = admin.post("logout");

        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElse("").endsWith("/?keluar"));
        assertTrue(admin.get("?keluar").body().contains("Kamu sudah keluar"));
        assertEquals(302, admin.get("home.xhtml").statusCode(), "the old session no longer opens pages");
    }

    @Test
    void theLanguageChoiceIsRemembered() {
        WebClient visitor = new WebClient(base);
        assertTrue(visitor.get("").body().contains("lang=\"id\""), "Bahasa Indonesia by default");

        HttpResponse<String> switchToEnglish = visitor.get("login.xhtml?lang=en");

        assertEquals(302, switchToEnglish.statusCode());
        assertTrue(switchToEnglish.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        String english = visitor.get("login.xhtml").body();
        assertTrue(english.contains("lang=\"en\""));
        assertTrue(english.contains("Enter the username and password"));
    }

    @Test
    void switchingLanguageKeepsThePageAndItsParameters() {
        WebClient visitor = new WebClient(base);

        String verify = visitor.get("verify.xhtml?code=SRG-AAAA-BBBBB").body();

        assertTrue(verify.contains("verify.xhtml?code=SRG-AAAA-BBBBB&amp;lang=en"), "the English link keeps the code");
        HttpResponse<String> switched = visitor.get("verify.xhtml?code=SRG-AAAA-BBBBB&lang=en");
        assertTrue(switched.headers().firstValue("Location").orElse("").endsWith("/verify.xhtml?code=SRG-AAAA-BBBBB"));
    }

    @Test
    void theLanguageChoiceFollowsTheAccountToAnotherDevice() {
        new Admin(base).createAccount("siswa.bahasa", "Siswa Bahasa", "STUDENT", "pelangi-senja-2");
        WebClient phone = new WebClient(base);
        phone.logIn("siswa.bahasa", "pelangi-senja-2");
        phone.get("home.xhtml?lang=en");

        WebClient schoolPc = new WebClient(base);
        schoolPc.logIn("siswa.bahasa", "pelangi-senja-2");

        assertTrue(schoolPc.get("home.xhtml").body().contains("Hello, Siswa Bahasa!"));
    }

    @Test
    void responsesAreCompressedAndCarrySecurityHeaders() {
        WebClient visitor = new WebClient(base);

        HttpResponse<byte[]> landing = visitor.getBytes("", "Accept-Encoding", "gzip");

        assertEquals("gzip", landing.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(
                "nosniff",
                landing.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "SAMEORIGIN", landing.headers().firstValue("X-Frame-Options").orElse(""));
        assertFalse(new String(visitor.get("").body()).contains("primefaces"), "no PrimeFaces on public pages");
    }

    @Test
    void pagesAndEveryOtherResponseCarryAContentSecurityPolicy() {
        WebClient visitor = new WebClient(base);

        String page = visitor.get("login.xhtml")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");
        String json = visitor.get("health/ready")
                .headers()
                .firstValue("Content-Security-Policy")
                .orElse("");

        assertTrue(page.matches(".*script-src 'self' 'nonce-[^' ]+';?"), "a fresh nonce on pages: " + page);
        assertFalse(page.contains("unsafe-inline';") && page.contains("script-src 'self' 'unsafe-inline"), page);
        assertTrue(page.contains("object-src 'none'") && page.contains("frame-ancestors 'self'"), page);
        assertTrue(json.endsWith("script-src 'self'"), "the same policy without a nonce elsewhere: " + json);
        assertFalse(
                visitor.get("login.xhtml")
                        .headers()
                        .firstValue("Content-Security-Policy")
                        .equals(java.util.Optional.of(page)),
                "the nonce changes with every response");
    }

    @Test
    void formsPostedFromAnotherSiteOrWithoutTheSessionsTokenChangeNothing() {
        Admin admin = new Admin(base);
        admin.createAccount("guru.csrf", "Bu Sinta", "TEACHER", "meja-guru-77");
        admin.createAccount("siswa.csrf", "Raka Pratama", "STUDENT", "sepeda-biru-12");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.csrf", "meja-guru-77");
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "7C", "grade", "7", "year", "2026/2027"), "submit");
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(code.find(), created.body());
        WebClient student = new WebClient(base);
        student.logIn("siswa.csrf", "sepeda-biru-12");
        String token = student.csrfToken();
        assertFalse(token.isEmpty(), "logged-in pages carry the session's token");

        HttpResponse<String> noToken = student.postRaw("learn/join", "code=" + code.group(1), "Accept", "text/html");
        HttpResponse<String> wrongToken =
                student.postRaw("learn/join", "code=" + code.group(1) + "&csrf=" + token + "x", "Accept", "text/html");
        HttpResponse<String> otherSite = student.postRaw(
                "learn/join", "code=" + code.group(1) + "&csrf=" + token, "Origin", "http://hoaks.example");
        HttpResponse<String> fetchedCrossSite = student.postRaw(
                "learn/join", "code=" + code.group(1) + "&csrf=" + token, "Sec-Fetch-Site", "cross-site");
        HttpResponse<String> saveWithoutToken =
                student.postRaw("learn/answer", "attempt=1&question=q&sequence=1", "Accept", "application/json");
        HttpResponse<String> logoutFromElsewhere = student.postRaw("logout", "", "Origin", "https://hoaks.example");

        for (HttpResponse<String> refused :
                List.of(noToken, wrongToken, otherSite, fetchedCrossSite, saveWithoutToken, logoutFromElsewhere)) {
            assertEquals(403, refused.statusCode(), refused.request().toString());
        }
        assertTrue(noToken.body().contains("Halaman ini sudah kedaluwarsa"), "a page that says what happened");
        assertEquals("{\"error\":\"csrf\"}", saveWithoutToken.body(), "the quiz script keeps the answer");
        Matcher classLink = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        assertTrue(classLink.find());
        String classPage = "teach/class.xhtml?id=" + classLink.group(1);
        assertFalse(teacher.get(classPage).body().contains("Raka Pratama"), "nobody joined");
        assertTrue(student.get("home.xhtml").body().contains("id=\"student-home\""), "still logged in");
        HttpResponse<String> facesFromElsewhere = teacher.postRaw(
                "teach/classes.xhtml", "create=create&jakarta.faces.ViewState=x", "Origin", "http://hoaks.example");
        assertEquals(403, facesFromElsewhere.statusCode(), "Faces forms too, before any view is restored");

        HttpResponse<String> joined = student.postRaw(
                "learn/join",
                "code=" + code.group(1) + "&csrf=" + token,
                "Origin",
                base.getProtocol() + "://" + base.getAuthority());
        assertEquals(302, joined.statusCode(), "the same form from Saring's own page goes through");
        assertTrue(teacher.get(classPage).body().contains("Raka Pratama"));
    }

    /** A teacher's page left open past its session: PrimeFaces redirects the ajax request to the error page. */
    @Test
    void anExpiredPageAnsweringAnAjaxRequestLeadsToAReadableErrorPage() {
        new Admin(base).createAccount("guru.lama", "Bu Lama", "TEACHER", "jam-dinding-45");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.lama", "jam-dinding-45");
        String page = teacher.get("teach/classes.xhtml").body();
        String nonce = page.replaceAll("(?s).*name=\"primefaces.nonce\" value=\"([^\"]*)\".*", "$1");

        HttpResponse<String> ajax = teacher.postRaw(
                "teach/classes.xhtml",
                "create=create&jakarta.faces.partial.ajax=true&jakarta.faces.source=create%3Asubmit"
                        + "&jakarta.faces.ViewState=-1%3A-1&primefaces.nonce=" + nonce,
                "Faces-Request",
                "partial/ajax");
        Matcher redirect = Pattern.compile("<redirect url=\"([^\"]+)\"").matcher(ajax.body());

        assertTrue(redirect.find(), ajax.body());
        HttpResponse<String> shown = teacher.get(redirect.group(1).replace("&amp;", "&"));
        assertEquals(200, shown.statusCode(), redirect.group(1));
        assertTrue(shown.body().contains("Halaman sudah terlalu lama terbuka"), shown.body());
    }

    @Test
    void readinessReflectsTheDatabase() {
        WebClient probe = new WebClient(base);

        HttpResponse<String> ready = probe.get("/health/ready");

        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"database\""), ready.body());
        assertTrue(ready.body().contains("\"UP\""), ready.body());
    }

    @Test
    void aTeacherOpensAClassStudentsJoinWithItsCodeAndOtherTeachersCannotSeeIt() {
        Admin admin = new Admin(base);
        admin.createAccount("guru.kelas", "Bu Ratna", "TEACHER", "kelas-delapan-b");
        admin.createAccount("guru.tetangga", "Pak Budi", "TEACHER", "kelas-sembilan-a");
        admin.createAccount("siswa.kelas", "Nadia Putri", "STUDENT", "buku-tulis-88");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.kelas", "kelas-delapan-b");

        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "8B", "grade", "8", "year", "2026/2027"), "submit");
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(code.find(), created.body());
        Matcher classLink = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        assertTrue(classLink.find());
        String classPage = "teach/class.xhtml?id=" + classLink.group(1);

        WebClient student = new WebClient(base);
        student.logIn("siswa.kelas", "buku-tulis-88");
        HttpResponse<String> wrong = student.postForm("learn/join", "code=ZZZZZZ", "text/html");
        HttpResponse<String> joined =
                student.postForm("learn/join", "code=" + code.group(1).toLowerCase(), "text/html");

        assertTrue(student.open(wrong.headers().firstValue("Location").orElseThrow())
                .body()
                .contains("Kode itu tidak dikenal"));
        assertTrue(student.open(joined.headers().firstValue("Location").orElseThrow())
                .body()
                .contains("Kamu sudah bergabung dengan kelas 8B"));
        assertTrue(teacher.get(classPage).body().contains("Nadia Putri"), "the teacher sees the student");
        WebClient otherTeacher = new WebClient(base);
        otherTeacher.logIn("guru.tetangga", "kelas-sembilan-a");
        assertEquals(404, otherTeacher.get(classPage).statusCode(), "another teacher's class does not exist for them");
        assertFalse(otherTeacher.get("teach/classes.xhtml").body().contains(classPage), "nor in their list");
        assertEquals(403, student.get(classPage).statusCode(), "students never reach teacher pages");
    }

    @Test
    void aTeacherImportsARosterAndAStudentLogsInWithTheirCard() throws Exception {
        new Admin(base).createAccount("guru.daftar", "Bu Sari", "TEACHER", "daftar-hadir-7");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.daftar", "daftar-hadir-7");
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "7A", "grade", "7", "year", "2026/2027"), "submit");
        Matcher classLink = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        assertTrue(classLink.find());
        String classPage = "teach/class.xhtml?id=" + classLink.group(1);

        HttpResponse<String> refused =
                teacher.submit(classPage, "import", Map.of("names", "Ani Lestari\n=HYPERLINK(1)\nBayu"), "submit");
        assertTrue(refused.body().contains("Baris 2"), refused.body());
        assertFalse(teacher.get(classPage).body().contains("Ani Lestari"), "nothing is half-imported");

        HttpResponse<String> imported = teacher.submit(
                classPage, "import", Map.of("names", "Nama\nAni Lestari\nBayu Pratama\nAni Larasati"), "submit");
        assertTrue(imported.body().contains("3 akun dibuat"), imported.body());
        String page = imported.body();
        HttpResponse<byte[]> pdf =
                teacher.postFormForBytes(classPage, "import=import&import%3Acards=&" + WebClient.facesFields(page));
        byte[] bytes = pdf.body();
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(bytes))
                .getTextFromPage(1);
        Matcher card = Pattern.compile("Nama pengguna:\\s*(ani\\.l2?)\\s*Kata sandi:\\s*([a-z]+-[a-z]+-\\d\\d)")
                .matcher(text);
        assertTrue(card.find(), text);

        WebClient student = new WebClient(base);
        assertEquals(302, student.logIn(card.group(1), card.group(2)).statusCode(), "the card's credentials work");
        assertTrue(teacher.get(classPage).body().contains("Ani Larasati"), "all three are in the class");

        // Ani forgets her password: the teacher makes a new one.
        HttpResponse<String> roster = teacher.get(classPage);
        Matcher usernameCell = Pattern.compile(">\\s*" + Pattern.quote(card.group(1)) + "\\s*<")
                .matcher(roster.body());
        assertTrue(usernameCell.find(), "Ani's row");
        int row = usernameCell.start();
        Matcher button =
                Pattern.compile("<button id=\"(roster:members:\\d+:[^\"]+)\"").matcher(roster.body());
        String resetButton = null;
        while (button.find()) {
            if (button.start() > row) {
                resetButton = button.group(1);
                break;
            }
        }
        assertTrue(resetButton != null, "a reset button on Ani's row");
        HttpResponse<String> reset = teacher.postForm(
                classPage,
                "roster=roster&" + java.net.URLEncoder.encode(resetButton, java.nio.charset.StandardCharsets.UTF_8)
                        + "=&" + WebClient.facesFields(roster.body()),
                "text/html");
        Matcher fresh = Pattern.compile("\\(" + Pattern.quote(card.group(1)) + "\\): ([a-z]+-[a-z]+-\\d\\d)")
                .matcher(reset.body());
        assertTrue(fresh.find(), reset.body());
        assertEquals(
                200,
                new WebClient(base).logIn(card.group(1), card.group(2)).statusCode(),
                "the old password stops working");
        assertEquals(
                302, new WebClient(base).logIn(card.group(1), fresh.group(1)).statusCode(), "the new one works");
    }

    @Test
    void aPersonChangesTheirOwnPassword() {
        new Admin(base).createAccount("guru.sandi", "Guru Sandi", "TEACHER", "awan-putih-5");
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.sandi", "awan-putih-5");

        HttpResponse<String> wrongCurrent = changePassword(teacher, "awan-hitam-5", "hujan-deras-8", "hujan-deras-8");
        HttpResponse<String> mismatch = changePassword(teacher, "awan-putih-5", "hujan-deras-8", "hujan-deres-8");
        HttpResponse<String> tooCommon = changePassword(teacher, "awan-putih-5", "12345678", "12345678");
        HttpResponse<String> changed = changePassword(teacher, "awan-putih-5", "hujan-deras-8", "hujan-deras-8");

        assertTrue(wrongCurrent.body().contains("Kata sandi sekarang tidak cocok"), wrongCurrent.body());
        assertTrue(mismatch.body().contains("Kedua kata sandi baru tidak sama"), mismatch.body());
        assertTrue(tooCommon.body().contains("terlalu mudah ditebak"), tooCommon.body());
        assertEquals(302, changed.statusCode());
        assertTrue(teacher.open("home.xhtml").body().contains("Kata sandimu sudah diganti"));
        assertEquals(
                200,
                new WebClient(base).logIn("guru.sandi", "awan-putih-5").statusCode(),
                "the old password no longer works");
        assertEquals(
                302, new WebClient(base).logIn("guru.sandi", "hujan-deras-8").statusCode(), "the new one does");
    }

    @Test
    void publicPagesAreLightOnTheFirstLoad() {
        for (String page : List.of("", "login.xhtml")) {
            WebClient visitor = new WebClient(base);
            HttpResponse<byte[]> html = visitor.getBytes(page, "Accept-Encoding", "gzip");
            String markup = visitor.get(page).body();
            long bytes = html.body().length;
            Matcher resources = RESOURCE.matcher(markup);
            List<String> found = new java.util.ArrayList<>();
            while (resources.find()) {
                found.add(resources.group(1));
                bytes += visitor.getBytes(resources.group(1).replace("&amp;", "&"), "Accept-Encoding", "gzip")
                        .body()
                        .length;
            }
            assertEquals(
                    2,
                    found.size(),
                    "the stylesheet and the small optional script, nothing else, on " + page + ": " + found);
            assertTrue(found.stream().allMatch(url -> url.contains("ln=saring")), "no PrimeFaces on " + page);
            assertTrue(bytes < 8_000, page + " first load: " + bytes + " bytes compressed");
        }
    }

    private HttpResponse<String> changePassword(WebClient client, String current, String next, String repeated) {
        return client.submit(
                "account/password.xhtml",
                "password",
                Map.of("current", current, "new", next, "repeated", repeated),
                "submit");
    }

    private static String sessionCookie(List<String> setCookies) {
        return setCookies.stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElse("");
    }
}

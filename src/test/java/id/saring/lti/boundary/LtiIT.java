package id.saring.lti.boundary;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.classroom.boundary.Classrooms;
import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.TestLms;
import id.saring.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Saring as an LTI 1.3 tool, against a platform written for the test ({@link TestLms}, which signs
 * with its own key and checks Saring's messages with Saring's published key): an administrator
 * registers the platform; teachers and students come in from it and meet in the class of their LMS
 * course; forged, replayed and expired launches let nobody in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @ArquillianResource
    URL base;

    private static final Map<String, String> MODULE = Map.of("saring_course", QUIZ_COURSE, "saring_quiz", QUIZ);

    @Test
    void aTeacherAndAStudentComeInFromTheLmsAndMeetInTheClassOfTheirCourse() {
        try (TestLms lms = registered("Moodle SMP Launch")) {
            WebClient teacher = new WebClient(base);
            HttpResponse<String> teacherIn = launch(
                    teacher,
                    lms,
                    lms.resourceLink("guru-1", "Ibu Sari Guru", TestLms.INSTRUCTOR, "c-8a", "IPA 8A Moodle", MODULE));
            String classPage = path(teacherIn);
            assertTrue(
                    classPage.startsWith("teach/class.xhtml?id="),
                    "the teacher goes to the course's class: " + classPage);
            assertTrue(
                    teacher.get(classPage).body().contains("IPA 8A Moodle"), "the class is named after the LMS course");

            WebClient student = new WebClient(base);
            HttpResponse<String> studentIn = launch(
                    student,
                    lms,
                    lms.resourceLink("siswa-1", "Rina Siswa Lms", TestLms.LEARNER, "c-8a", "IPA 8A Moodle", MODULE));
            assertEquals(
                    "learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ,
                    path(studentIn),
                    "straight to the module");
            HttpResponse<String> quiz = student.get(path(studentIn));
            assertEquals(200, quiz.statusCode(), "logged in as a student");
            assertTrue(student.get("home.xhtml").body().contains("Rina Siswa Lms"), "under the name the LMS gave");

            String roster = teacher.get(classPage).body();
            assertTrue(roster.contains("Rina Siswa Lms"), "the student is in the class of the course");

            // Next time the same LMS user is the same account: no second Rina.
            launch(
                    new WebClient(base),
                    lms,
                    lms.resourceLink("siswa-1", "Rina Siswa Lms", TestLms.LEARNER, "c-8a", "IPA 8A Moodle", MODULE));
            String users = new Admin(base).page("admin/users.xhtml");
            assertTrue(users.contains("rina.l"), "Rina's account");
            assertFalse(users.contains("rina.l2"), "one account for one LMS user");

            // Her data file (privacy: access and portability) names the LMS, its id for her and her course.
            WebClient admin = administrator();
            Matcher row = Pattern.compile(">\\s*rina\\.l\\s*<.*?admin/student\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                    .matcher(users);
            assertTrue(row.find(), users);
            JsonObject lmsLinks = Json.createReader(new StringReader(
                            admin.submit("admin/student.xhtml?id=" + row.group(1), "export", Map.of(), "json")
                                    .body()))
                    .readObject()
                    .getJsonObject("lms");
            JsonObject account = lmsLinks.getJsonArray("accounts").getJsonObject(0);
            assertEquals("Moodle SMP Launch", account.getString("platform"));
            assertEquals(lms.issuer(), account.getString("issuer"));
            assertEquals("siswa-1", account.getString("lmsUserId"));
            JsonObject course = lmsLinks.getJsonArray("courses").getJsonObject(0);
            assertEquals("c-8a", course.getString("courseId"));
            assertEquals("IPA 8A Moodle", course.getString("title"));
            assertEquals(
                    classPage.substring("teach/class.xhtml?id=".length()),
                    String.valueOf(course.getJsonNumber("classId").longValue()));
            assertEquals(List.of(), lms.problems());
        }
    }

    @Test
    void aLaunchAddsNothingToASchoolYearThatWasClosed() {
        try (TestLms lms = registered("Moodle SMP Tutup")) {
            Admin setup = new Admin(base);
            String school = setup.createSchool("SMP Tahun Tutup", "Wates");
            setup.createAccount("guru.tutup", "Pak Guru Tutup", "TEACHER", "Guru-Tutup-2026", school);
            setup.linkAddress("guru.tutup", "guru.tutup@smptutup.sch.id");
            setup.createAccount("siswa.tutup", "Sinta Tutup", "STUDENT", "Siswa-Tutup-2026", school);
            setup.linkAddress("siswa.tutup", "siswa.tutup@smptutup.sch.id");
            Map<String, Object> teacherLaunch = withEmail(
                    lms.resourceLink("guru-t", "Pak Guru Tutup", TestLms.INSTRUCTOR, "c-tutup", "TIK 7 Tutup", MODULE),
                    "guru.tutup@smptutup.sch.id");

            // The teacher's first launch opens the course's class in this school year.
            WebClient teacher = new WebClient(base);
            String classPage = path(launch(teacher, lms, teacherLaunch));
            assertTrue(classPage.startsWith("teach/class.xhtml?id="), classPage);
            String year = Classrooms.schoolYearOf(java.time.Instant.now());
            assertTrue(teacher.get(classPage).body().contains(year), "the class is in this school year");

            // The administrator closes this school year (e.g. in June, before the new one starts).
            WebClient admin = administrator();
            HttpResponse<String> closed = admin.submitOn(
                    admin.get("admin/roster.xhtml?school=" + school),
                    "close",
                    Map.of("yearToClose", year, "typedYear", year),
                    "submit");
            assertTrue(closed.body().contains("Tahun ajaran " + year + " ditutup"), closed.body());

            // A student still comes in to the module, but is not put in the archived class.
            WebClient student = new WebClient(base);
            assertEquals(
                    "learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ,
                    path(launch(
                            student,
                            lms,
                            withEmail(
                                    lms.resourceLink(
                                            "siswa-t",
                                            "Sinta Tutup",
                                            TestLms.LEARNER,
                                            "c-tutup",
                                            "TIK 7 Tutup",
                                            MODULE),
                                    "siswa.tutup@smptutup.sch.id"))));
            assertFalse(teacher.get(classPage).body().contains("Sinta Tutup"), "nobody joins an archived class");

            // The teacher's next launches, from the same course or a new one, open no class in the closed year.
            assertEquals("home.xhtml", path(launch(new WebClient(base), lms, teacherLaunch)));
            assertEquals(
                    "home.xhtml",
                    path(launch(
                            new WebClient(base),
                            lms,
                            withEmail(
                                    lms.resourceLink(
                                            "guru-t",
                                            "Pak Guru Tutup",
                                            TestLms.INSTRUCTOR,
                                            "c-baru",
                                            "TIK 8 Baru",
                                            MODULE),
                                    "guru.tutup@smptutup.sch.id"))));
            String classes = teacher.get("teach/classes.xhtml").body();
            assertTrue(classes.contains("TIK 7 Tutup"), "last year's class stays, archived");
            assertFalse(classes.contains("TIK 8 Baru"), "no class was opened in the closed year");
            assertEquals(List.of(), lms.problems());
        }
    }

    @Test
    void aLaunchInsideTheLmsFrameIsFinishedInANewWindowOnce() {
        try (TestLms lms = registered("Moodle SMP Sematan")) {
            // Moodle's "Embed": the platform's form posts the launch inside its own page's iframe.
            WebClient frame = new WebClient(base);
            Map<String, String> answered = login(
                    frame, lms, lms.resourceLink("siswa-e", "Eko Sematan", TestLms.LEARNER, "c-7e", "IPA 7E", MODULE));
            HttpResponse<String> framed = frame.postRaw(
                    "lti/launch",
                    form(answered),
                    "Origin",
                    lms.issuer(),
                    "Sec-Fetch-Site",
                    "cross-site",
                    "Sec-Fetch-Dest",
                    "iframe");
            assertEquals(200, framed.statusCode(), framed.body());
            assertTrue(framed.body().contains("Buka Saring di jendela baru"), framed.body());
            URI lmsAddress = URI.create(lms.authUrl());
            String lmsOrigin = lmsAddress.getScheme() + "://" + lmsAddress.getHost() + ":" + lmsAddress.getPort();
            String policy =
                    framed.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'self' " + lmsOrigin), "only the LMS may frame it: " + policy);
            assertEquals(302, frame.get("home.xhtml").statusCode(), "nobody is logged in inside the frame");
            Matcher button = Pattern.compile(
                            "id=\"open\"[^>]*href=\"[^\"]*(lti/continue\\?t=[^\"]+)\"[^>]*target=\"_blank\"")
                    .matcher(framed.body());
            assertTrue(button.find(), framed.body());
            String continuation = button.group(1);

            // The new window is the browser's own: Saring's session and pages work there.
            WebClient window = new WebClient(base);
            HttpResponse<String> opened = window.get(continuation);
            assertEquals("learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ, path(opened));
            assertEquals(200, window.get(path(opened)).statusCode(), "logged in as the student");
            assertTrue(window.get("home.xhtml").body().contains("Eko Sematan"));

            // Good once; a ticket Saring did not seal is nothing.
            WebClient again = new WebClient(base);
            assertRefused(again, again.get(continuation));
            WebClient forger = new WebClient(base);
            assertRefused(
                    forger,
                    forger.get("lti/continue?t="
                            + encode(TestLms.sign(
                                    Map.of(
                                            "aud", "saring-lti-continue",
                                            "jti", "tebakan",
                                            "sub", "eko.s",
                                            "path", "/home.xhtml",
                                            "exp",
                                                    java.util.Date.from(java.time.Instant.now()
                                                            .plusSeconds(60))),
                                    lms.forger()))));
            assertEquals(List.of(), lms.problems());
        }
    }

    /** The launch's claims with the address the LMS knows the person by. */
    private static Map<String, Object> withEmail(Map<String, Object> claims, String email) {
        Map<String, Object> withEmail = new java.util.LinkedHashMap<>(claims);
        withEmail.put("email", email);
        return withEmail;
    }

    private WebClient administrator() {
        WebClient admin = new WebClient(base);
        assertTrue(WebClient.isRedirect(admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD)));
        return admin;
    }

    @Test
    void aForgedReplayedOrStaleLaunchLetsNobodyIn() {
        try (TestLms lms = registered("Moodle SMP Tolak")) {
            Map<String, Object> claims =
                    lms.resourceLink("siswa-9", "Budi Tolak", TestLms.LEARNER, "c-9", "IPA 9", MODULE);

            // Signed with a key the platform never published (but its key id).
            WebClient forger = new WebClient(base);
            Map<String, String> answered = login(forger, lms, claims);
            Map<String, String> forged = Map.of(
                    "state", answered.get("state"),
                    "id_token", TestLms.sign(withNonceOf(answered, claims, lms), lms.forger()));
            assertRefused(forger, post(forger, lms, forged));

            // A good launch, then the same post again (a replayed nonce and state).
            WebClient student = new WebClient(base);
            Map<String, String> good = login(student, lms, claims);
            assertEquals(302, post(student, lms, good).statusCode());
            assertTrue(path(student.get("home.xhtml")).isEmpty(), "the good launch logged in");
            WebClient replayer = new WebClient(base);
            assertRefused(replayer, post(replayer, lms, good));

            // A token from one login sent with another login's state: the nonce does not match.
            WebClient mixer = new WebClient(base);
            Map<String, String> first = login(mixer, lms, claims);
            Map<String, String> second = login(mixer, lms, claims);
            assertRefused(
                    mixer, post(mixer, lms, Map.of("state", second.get("state"), "id_token", first.get("id_token"))));

            // Expired, for another deployment, from a state nobody issued.
            WebClient late = new WebClient(base);
            Map<String, Object> expired = new java.util.LinkedHashMap<>(claims);
            expired.put("exp", java.util.Date.from(java.time.Instant.now().minusSeconds(600)));
            assertRefused(late, post(late, lms, login(late, lms, expired)));
            WebClient elsewhere = new WebClient(base);
            Map<String, Object> otherDeployment = new java.util.LinkedHashMap<>(claims);
            otherDeployment.put(TestLms.LTI + "deployment_id", "deployment-8");
            assertRefused(elsewhere, post(elsewhere, lms, login(elsewhere, lms, otherDeployment)));
            WebClient guesser = new WebClient(base);
            assertRefused(guesser, post(guesser, lms, Map.of("state", "tebakan", "id_token", good.get("id_token"))));

            // A login from a platform nobody registered goes nowhere.
            HttpResponse<String> unknown = new WebClient(base)
                    .get("lti/login?iss=" + encode("https://lms.tidak.dikenal") + "&login_hint=x&target_link_uri=y");
            assertTrue(location(unknown).endsWith("/lti.xhtml"), "an unknown platform: " + location(unknown));
        }
    }

    @Test
    void aTeacherPicksAModuleInsideTheLmsAndTheLmsGetsASignedLinkToIt() throws Exception {
        try (TestLms lms = registered("Moodle SMP Pilih")) {
            String returnUrl = lms.issuer() + "/deep-link-return?course=5";
            WebClient teacher = new WebClient(base);
            HttpResponse<String> picker = post(
                    teacher,
                    lms,
                    login(
                            teacher,
                            lms,
                            lms.deepLinking("guru-dl", "Pak Dedi Pilih", "c-dl", "TIK 9", returnUrl, "data-xyz")));
            assertEquals(200, picker.statusCode(), picker.body());
            assertTrue(picker.body().contains("Pilih modul Saring"), picker.body());
            String module = QUIZ_COURSE + "/" + QUIZ;
            assertTrue(picker.body().contains("value=\"" + module + "\""), "the sample module is offered");
            assertTrue(
                    picker.headers()
                            .firstValue("Content-Security-Policy")
                            .orElse("")
                            .contains("frame-ancestors 'self' " + lms.issuer()),
                    "the LMS may show the picker in its frame");
            java.util.regex.Matcher sealed = java.util.regex.Pattern.compile("name=\"request\" value=\"([^\"]+)\"")
                    .matcher(picker.body());
            assertTrue(sealed.find());

            // The choice is posted from inside the LMS's frame, where Saring's cookie does not come back.
            WebClient inFrame = new WebClient(base);
            HttpResponse<String> answer = inFrame.postRaw(
                    "lti/deep-link",
                    "request=" + encode(sealed.group(1)) + "&module=" + encode(module),
                    "Origin",
                    base.getProtocol() + "://" + base.getAuthority(),
                    "Sec-Fetch-Site",
                    "same-origin");
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("action=\"" + returnUrl.replace("&", "&amp;") + "\""), answer.body());
            assertTrue(answer.headers()
                    .firstValue("Content-Security-Policy")
                    .orElse("")
                    .contains("form-action " + lms.issuer()));
            java.util.regex.Matcher jwt = java.util.regex.Pattern.compile("name=\"JWT\" value=\"([^\"]+)\"")
                    .matcher(answer.body());
            assertTrue(jwt.find());

            // The platform checks the answer with Saring's published key, as the specification says.
            com.nimbusds.jwt.JWTClaimsSet claims = lms.verifyToolMessage(jwt.group(1));
            assertEquals(TestLms.CLIENT_ID, claims.getIssuer());
            assertEquals(List.of(lms.issuer()), claims.getAudience());
            assertTrue(claims.getExpirationTime().after(new java.util.Date()));
            assertTrue(claims.getStringClaim("nonce") != null);
            assertEquals("LtiDeepLinkingResponse", claims.getStringClaim(TestLms.LTI + "message_type"));
            assertEquals("1.3.0", claims.getStringClaim(TestLms.LTI + "version"));
            assertEquals(TestLms.DEPLOYMENT_ID, claims.getStringClaim(TestLms.LTI + "deployment_id"));
            assertEquals("data-xyz", claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
            List<Object> items = claims.getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items");
            assertEquals(1, items.size());
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) items.get(0);
            assertEquals("ltiResourceLink", item.get("type"));
            assertTrue(String.valueOf(item.get("url")).endsWith("/lti/launch"));
            assertEquals(MODULE, item.get("custom"));
            assertEquals(100, ((Number) ((Map<?, ?>) item.get("lineItem")).get("scoreMaximum")).intValue());

            // A seal that is not Saring's picks nothing; a learner cannot ask for deep linking.
            HttpResponse<String> forged = inFrame.postRaw(
                    "lti/deep-link",
                    "request="
                            + encode(
                                    sealed.group(1).substring(0, sealed.group(1).length() - 3) + "abc") + "&module="
                            + encode(module));
            assertEquals(403, forged.statusCode());
            assertFalse(forged.body().contains("JWT"));
            WebClient learner = new WebClient(base);
            Map<String, Object> byLearner = new java.util.LinkedHashMap<>(
                    lms.deepLinking("siswa-dl", "Siswa Pilih", "c-dl", "TIK 9", returnUrl, "data-xyz"));
            byLearner.put(TestLms.LTI + "roles", List.of(TestLms.LEARNER));
            assertRefused(learner, post(learner, lms, login(learner, lms, byLearner)));
            assertEquals(List.of(), lms.problems());
        }
    }

    @Test
    void aStudentsScoreReachesTheLmsGradebookEvenWhenTheLmsWasDown() throws Exception {
        try (TestLms lms = registered("Moodle SMP Nilai")) {
            String lineItem = lms.lineItem("77?type=quiz");
            WebClient student = new WebClient(base);
            launch(
                    student,
                    lms,
                    lms.withGradebook(
                            lms.resourceLink("siswa-ags", "Tono Nilai", TestLms.LEARNER, "c-ags", "IPA 7", MODULE),
                            lineItem));
            lms.failNextScores(1); // the LMS is down when the attempt is submitted

            HttpResponse<String> started = student.post("learn/start?course=" + QUIZ_COURSE + "&quiz=" + QUIZ);
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("attempt\\.xhtml\\?id=(\\d+)")
                    .matcher(location(started));
            assertTrue(id.find(), location(started));
            long attempt = Long.parseLong(id.group(1));
            student.postForm(
                    "learn/answer",
                    "attempt=" + attempt + "&question=q-unggahan&sequence=1&flags=seru&verdict=hoaks",
                    "application/json");
            student.postForm("learn/answer", "attempt=" + attempt + "&sequence=0&action=submit", "text/html");
            assertTrue(student.get("learn/review.xhtml?id=" + attempt).body().contains("Nilaimu: 13"));

            long until = System.currentTimeMillis() + 60_000;
            while (lms.scores().isEmpty() && System.currentTimeMillis() < until) {
                Thread.sleep(500);
            }
            assertEquals(1, lms.scores().size(), "the score arrived once, after the LMS came back");
            TestLms.Score score = lms.scores().get(0);
            assertEquals(lms.issuer() + "/lineitems/77", score.lineItem());
            assertEquals("application/vnd.ims.lis.v1.score+json", score.contentType());
            Map<String, Object> json = com.nimbusds.jose.util.JSONObjectUtils.parse(score.json());
            assertEquals("siswa-ags", json.get("userId"));
            assertEquals(13, ((Number) json.get("scoreGiven")).intValue(), "the score the review shows");
            assertEquals(100, ((Number) json.get("scoreMaximum")).intValue());
            assertEquals("Completed", json.get("activityProgress"));
            assertEquals("FullyGraded", json.get("gradingProgress"));
            assertTrue(String.valueOf(json.get("timestamp")).startsWith("20"), "an ISO 8601 time");
            assertEquals(List.of(), lms.problems(), "every token request and score was as the platform expects");
        }
    }

    /** Registers a new test platform through the admin page, as an administrator does. */
    private TestLms registered(String name) {
        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        String page = admin.get("admin/lti.xhtml").body();
        assertTrue(page.contains("/lti/jwks"), "the page shows the tool's addresses");
        TestLms lms = new TestLms(admin.uri("lti/jwks").toString());
        HttpResponse<String> added = admin.submit(
                "admin/lti.xhtml",
                "add",
                Map.of(
                        "name", name,
                        "issuer", lms.issuer(),
                        "clientId", TestLms.CLIENT_ID,
                        "deploymentId", TestLms.DEPLOYMENT_ID,
                        "jwksUrl", lms.jwksUrl(),
                        "authUrl", lms.authUrl(),
                        "tokenUrl", lms.tokenUrl()),
                "submit");
        assertTrue(added.body().contains("LMS " + name + " didaftarkan"), added.body());
        return lms;
    }

    /** The platform starts a login, the browser follows Saring's redirect, the platform answers it. */
    private static Map<String, String> login(WebClient browser, TestLms lms, Map<String, Object> claims) {
        HttpResponse<String> started = browser.get("lti/login?iss=" + encode(lms.issuer()) + "&login_hint=hint-1"
                + "&target_link_uri=" + encode(browser.uri("lti/launch").toString()) + "&client_id="
                + TestLms.CLIENT_ID + "&lti_deployment_id=" + TestLms.DEPLOYMENT_ID);
        assertEquals(302, started.statusCode(), started.body());
        return lms.answerLogin(URI.create(location(started)), claims);
    }

    /** The form the platform's page posts to Saring's launch address, cross-site. */
    private static HttpResponse<String> post(WebClient browser, TestLms lms, Map<String, String> form) {
        return browser.postRaw("lti/launch", form(form), "Origin", lms.issuer(), "Sec-Fetch-Site", "cross-site");
    }

    private static String form(Map<String, String> form) {
        return form.entrySet().stream()
                .filter(e -> !"login_hint".equals(e.getKey()))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static HttpResponse<String> launch(WebClient browser, TestLms lms, Map<String, Object> claims) {
        HttpResponse<String> launched = post(browser, lms, login(browser, lms, claims));
        assertEquals(302, launched.statusCode(), launched.body());
        assertFalse(location(launched).endsWith("/lti.xhtml"), "the launch is accepted");
        return launched;
    }

    private static Map<String, Object> withNonceOf(
            Map<String, String> answered, Map<String, Object> claims, TestLms lms) {
        try {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(claims);
            copy.put(
                    "nonce",
                    com.nimbusds.jwt.SignedJWT.parse(answered.get("id_token"))
                            .getJWTClaimsSet()
                            .getStringClaim("nonce"));
            return copy;
        } catch (java.text.ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private void assertRefused(WebClient browser, HttpResponse<String> launched) {
        assertEquals(302, launched.statusCode(), launched.body());
        assertTrue(location(launched).endsWith("/lti.xhtml"), "refused: " + location(launched));
        String page = browser.get("lti.xhtml").body();
        assertTrue(page.contains("Saring tidak dapat dibuka dari LMS"), page);
        HttpResponse<String> home = browser.get("home.xhtml");
        assertEquals(302, home.statusCode(), "nobody is logged in");
        assertTrue(location(home).endsWith("/login.xhtml"));
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** Where a redirect goes, under Saring's context root ("" for a page answered in place). */
    private String path(HttpResponse<?> response) {
        String location = location(response);
        String root = base.getPath();
        int at = location.indexOf(root);
        return location.isEmpty() || at < 0 ? "" : location.substring(at + root.length());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

package id.saring.quiz.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.reading.SampleCourse;
import id.saring.infrastructure.time.SchoolZone;
import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Quiz attempts taken offline and sent later to {@code /learn/sync}, over HTTP as a device sends
 * them: stored exactly once (twice sent, two tabs at once), graded on the version they were taken
 * on, refused cleanly (timed, not open, no attempts left, an erased account, another student's
 * attempt on a shared device, a malformed body), with the score every page shows; an answer
 * checked on the device is final as a check online makes it, and only where the quiz gives feedback
 * at once, online as offline.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OfflineSyncIT {

    private static final String COURSE = "kuis-luring";
    private static final String MODULE = "modul-luring";
    private static final String QUIZ = "kuis-dua-belas";
    private static final String TIMED_MODULE = "modul-waktu";
    private static final String CHECKED_MODULE = "modul-periksa";
    private static final String CHECKED_QUIZ = "kuis-periksa";
    private static final String PASSWORD = "buku-tulis-42";
    private static final Path FOLDER = Deployments.COURSES.resolve(COURSE);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm");

    /** Every answer right on version 1 (question q01's right choice is a; version 2 makes it b). */
    private static final List<String[]> RIGHT = List.of(
            answer("q01", "choice", "a"),
            answer("q02", "choice", "a"),
            answer("q03", "choice", "a"),
            answer("q04", "choice", "a"),
            answer("q05", "answer", "true"),
            answer("q06", "answer", "true"),
            answer("q07", "answer", "true"),
            answer("q08", "choices", "a", "b"),
            answer("q09", "choices", "a", "b"),
            answer("q10", "text", "turnbackhoax.id"),
            answer("q11", "text", "TurnBackHoax"),
            answer("q12", "flags", "seru", "verdict=hoaks"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = Deployments.saringWarWithSampleCourse();
        writeCourse(quiz("a", "b"));
        return war;
    }

    /** Other tests' containers publish the courses folder too: this course is for this test only. */
    @AfterAll
    static void removeTheCourse() throws IOException {
        Deployments.removeCourse(FOLDER);
    }

    @ArquillianResource
    URL base;

    @Test
    void theSameAttemptSentTwiceIsStoredOnceAndTheAttemptLimitHolds() {
        WebClient student = student("luring.dua");
        String id = UUID.randomUUID().toString();
        String attempt = attempt(id, 1, Instant.now().minus(Duration.ofDays(3)), RIGHT);

        JsonObject first = receipt(student.postJson("learn/sync", batch(attempt)));
        JsonObject second = receipt(student.postJson("learn/sync", batch(attempt)));

        assertEquals("ACCEPTED", first.getString("status"), first.toString());
        assertEquals("ALREADY", second.getString("status"), second.toString());
        assertEquals(first.getJsonNumber("attempt"), second.getJsonNumber("attempt"), "the same attempt");
        assertEquals(first.getString("receivedAt"), second.getString("receivedAt"), "received once, at the first");
        assertEquals(12, first.getInt("score"));
        assertEquals(12, first.getInt("maxScore"));
        assertEquals(100, first.getInt("percent"));
        assertEquals(1, attemptsShown(student), "one attempt on the quiz page");

        JsonObject another = receipt(
                student.postJson("learn/sync", batch(attempt(UUID.randomUUID().toString(), 1, recently(), RIGHT))));
        assertEquals("ACCEPTED", another.getString("status"), "a second attempt is allowed (two in all)");
        JsonObject third = receipt(
                student.postJson("learn/sync", batch(attempt(UUID.randomUUID().toString(), 1, recently(), RIGHT))));
        assertEquals("REFUSED", third.getString("status"));
        assertEquals("quiz.noAttemptsLeft", third.getString("reason"));
        assertEquals(Texts.of("quiz.noAttemptsLeft"), third.getString("message"));
        assertTrue(third.isNull("attempt"), "nothing stored");
        assertEquals(2, attemptsShown(student));
    }

    @Test
    void twoTabsSendingTheSameAttemptAtOnceStoreItOnce() throws Exception {
        WebClient student = student("luring.tab");
        String body = batch(attempt(UUID.randomUUID().toString(), 1, recently(), RIGHT));
        student.csrfToken();

        List<CompletableFuture<HttpResponse<String>>> tabs = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> student.postJson("learn/sync", body)))
                .toList();

        List<JsonObject> receipts = new ArrayList<>();
        for (var tab : tabs) {
            receipts.add(receipt(tab.get()));
        }
        assertEquals(
                1,
                receipts.stream()
                        .filter(r -> r.getString("status").equals("ACCEPTED"))
                        .count(),
                receipts.toString());
        assertEquals(
                3,
                receipts.stream()
                        .filter(r -> r.getString("status").equals("ALREADY"))
                        .count(),
                receipts.toString());
        assertEquals(
                1,
                receipts.stream()
                        .map(r -> r.getJsonNumber("attempt"))
                        .distinct()
                        .count(),
                "every tab hears of the same attempt");
        assertEquals(1, attemptsShown(student));
    }

    @Test
    void afterAPasswordChangeTheNewSessionSendsTheAttemptForTheSameAccount() {
        WebClient before = student("luring.sandi");
        HttpResponse<String> changed = before.submit(
                "account/password.xhtml",
                "password",
                Map.of("current", PASSWORD, "new", "sandi-baru-9876", "repeated", "sandi-baru-9876"),
                "submit");
        assertTrue(changed.statusCode() < 400, changed.body());
        assertNotEquals(302, new WebClient(base).logIn("luring.sandi", PASSWORD).statusCode(), "old password gone");

        WebClient after = new WebClient(base);
        assertEquals(302, after.logIn("luring.sandi", "sandi-baru-9876").statusCode());
        JsonObject fresh = json(after.get("learn/sync"));
        String token = fresh.getString("csrf");
        assertFalse(token.isEmpty());
        assertTrue(
                Duration.between(Instant.parse(fresh.getString("serverTime")), Instant.now())
                                .abs()
                                .compareTo(Duration.ofMinutes(1))
                        < 0,
                "the server's time");
        String attempt = attempt(UUID.randomUUID().toString(), 1, Instant.now().minus(Duration.ofDays(2)), RIGHT);

        JsonObject sent = receipt(after.postJson("learn/sync", batch(attempt), token));

        assertEquals("ACCEPTED", sent.getString("status"), sent.toString());
        long id = sent.getJsonNumber("attempt").longValue();
        assertEquals(200, after.get("learn/review.xhtml?id=" + id).statusCode(), "the account's own attempt");
        assertEquals(200, before.get("learn/review.xhtml?id=" + id).statusCode(), "whichever session looks");
        assertEquals(
                "ALREADY",
                receipt(before.postJson("learn/sync", batch(attempt))).getString("status"));
        assertEquals(
                403,
                after.postJson("learn/sync", batch(attempt), "not-the-token").statusCode(),
                "without the session's token, nothing");
    }

    @Test
    void anAttemptIsGradedOnTheVersionItWasTakenOnAfterANewOneIsPublished() {
        WebClient student = student("luring.versi");
        writeCourse(quiz("b", "a"));
        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        HttpResponse<String> published = admin.submit("admin/courses.xhtml", "publish", Map.of(), "sync");
        assertTrue(published.body().contains(Texts.of("admin.courses.published", COURSE, 2)), published.body());

        JsonObject onOne = receipt(student.postJson(
                "learn/sync",
                batch(attempt(UUID.randomUUID().toString(), 1, Instant.now().minus(Duration.ofDays(1)), RIGHT))));
        JsonObject onTwo = receipt(
                student.postJson("learn/sync", batch(attempt(UUID.randomUUID().toString(), 2, recently(), RIGHT))));

        assertEquals(100, onOne.getInt("percent"), "version 1's key: every answer right");
        assertEquals(11, onTwo.getInt("score"), "version 2 changed q01's right choice");
        assertEquals(92, onTwo.getInt("percent"));
        String review = student.get("learn/review.xhtml?id=" + onOne.getJsonNumber("attempt"))
                .body();
        assertTrue(review.contains(Texts.of("quiz.review.score", 100)), review);
    }

    @Test
    void anAttemptOfAnErasedAccountIsRefusedAndNothingIsStored() {
        WebClient student = student("luring.hapus");
        WebClient admin = new WebClient(base);
        admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        Matcher row = Pattern.compile(">\\s*luring\\.hapus\\s*<.*?admin/student\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                .matcher(admin.get("admin/users.xhtml").body());
        assertTrue(row.find());
        String token = student.csrfToken();
        HttpResponse<String> erased = admin.submit(
                "admin/student.xhtml?id=" + row.group(1), "erase", Map.of("confirmation", "luring.hapus"), "submit");
        assertTrue(WebClient.isRedirect(erased), erased.body());

        HttpResponse<String> sent = student.postJson(
                "learn/sync", batch(attempt(UUID.randomUUID().toString(), 1, recently(), RIGHT)), token);

        if (sent.statusCode() == 200) {
            // Within the session's recheck interval, the session still names the account.
            JsonObject receipt = receipt(sent);
            assertEquals("REFUSED", receipt.getString("status"));
            assertEquals("sync.accountGone", receipt.getString("reason"));
            assertTrue(receipt.isNull("attempt"));
        } else {
            assertEquals(302, sent.statusCode(), sent.body());
            assertTrue(sent.headers().firstValue("Location").orElse("").endsWith("/login.xhtml"));
        }
        new Admin(base).createAccount("luring.hapus", "Siswa baru", "STUDENT", PASSWORD);
        WebClient newcomer = new WebClient(base);
        assertEquals(302, newcomer.logIn("luring.hapus", PASSWORD).statusCode());
        assertEquals(0, attemptsShown(newcomer), "nothing of the erased account's attempt was kept");
    }

    @Test
    void aTimedTestIsRefusedAndSaysWhy() {
        WebClient student = student("luring.waktu");
        String timed = "{\"id\":\"" + UUID.randomUUID() + "\",\"course\":\"" + COURSE + "\",\"module\":\""
                + TIMED_MODULE + "\",\"version\":1,\"startedAt\":\"" + Instant.now()
                + "\",\"submittedAt\":null,\"answers\":[{\"sequence\":1,\"question\":\"w1\","
                + "\"fields\":{\"answer\":[\"true\"]}}]}";

        JsonObject receipt = receipt(student.postJson("learn/sync", batch(timed)));

        assertEquals("REFUSED", receipt.getString("status"));
        assertEquals("sync.timed", receipt.getString("reason"));
        assertEquals(Texts.of("sync.timed"), receipt.getString("message"));
        assertTrue(receipt.isNull("attempt"));
    }

    @Test
    void aMalformedBodyGetsAClearMessageNeverA500() {
        WebClient student = student("luring.rusak");
        for (String body : List.of(
                "{not json",
                "",
                "[]",
                "{\"attempts\":\"semua\"}",
                "{\"attempts\":[{\"id\":\"x\"}]}",
                "{\"attempts\":[" + attempt("bukan id!", 1, recently(), RIGHT) + "]}",
                "{\"attempts\":["
                        + attempt(UUID.randomUUID().toString(), 1, recently(), RIGHT)
                                .replace("\"version\":1", "\"version\":\"satu\"")
                        + "]}",
                "{\"attempts\":["
                        + attempt(UUID.randomUUID().toString(), 1, recently(), RIGHT)
                                .replace("\"sequence\":1", "\"sequence\":99999999999")
                        + "]}")) {
            HttpResponse<String> refused = student.postJson("learn/sync", body);
            assertEquals(400, refused.statusCode(), body + " → " + refused.body());
            JsonObject error = json(refused);
            assertEquals("sync.malformed", error.getString("error"), body);
            assertEquals(Texts.of("sync.malformed"), error.getString("message"));
        }
        JsonObject wrongAnswer = receipt(student.postJson(
                "learn/sync",
                batch(attempt(
                        UUID.randomUUID().toString(),
                        1,
                        recently(),
                        List.<String[]>of(answer("q01", "choice", "zz"))))));
        assertEquals("sync.invalidAnswer", wrongAnswer.getString("reason"), "a choice the question does not have");
        JsonObject ahead = receipt(student.postJson(
                "learn/sync",
                batch(attempt(UUID.randomUUID().toString(), 1, Instant.now().plus(Duration.ofDays(1)), RIGHT))));
        assertEquals("sync.clock", ahead.getString("reason"), "started tomorrow");
        assertEquals(0, attemptsShown(student), "nothing stored");
    }

    @Test
    void theTeachersOpeningHoldsTheScoreIsTheSameOnEveryPageAndTheTeacherSeesTheSync() {
        WebClient teacher = teacher("guru.luring");
        WebClient student = student("luring.kelas");
        WebClient classmate = student("luring.teman");
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "7L", "grade", "7", "year", "2026/2027"), "submit");
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(code.find(), created.body());
        Matcher link = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(created.body());
        long classId = 0;
        while (link.find()) {
            classId = Math.max(classId, Long.parseLong(link.group(1)));
        }
        student.postForm("learn/join", "code=" + code.group(1), "text/html");
        classmate.postForm("learn/join", "code=" + code.group(1), "text/html");
        String classPage = "teach/class.xhtml?id=" + classId;
        LocalDateTime now = LocalDateTime.now(ZoneId.of(SchoolZone.DEFAULT));
        HttpResponse<String> assigned = teacher.submit(
                classPage,
                "assign",
                Map.of(
                        "what", COURSE + "/" + MODULE,
                        "opens_input", TYPED.format(now.minusHours(1)),
                        "due_input", TYPED.format(now.plusDays(1))),
                "submit");
        assertTrue(assigned.body().contains("Tugas diberikan"), assigned.body());
        List<String[]> sevenRight = new ArrayList<>(RIGHT.subList(0, 7));
        sevenRight.add(answer("q08", "choices", "c"));

        JsonObject early = receipt(student.postJson(
                "learn/sync",
                batch(attempt(UUID.randomUUID().toString(), 1, Instant.now().minus(Duration.ofHours(2)), RIGHT))));
        JsonObject inTime = receipt(student.postJson(
                "learn/sync",
                batch(attempt(
                        UUID.randomUUID().toString(), 1, Instant.now().minus(Duration.ofMinutes(30)), sevenRight))));

        assertEquals("REFUSED", early.getString("status"), "started before the teacher's opening");
        assertEquals("sync.notOpen", early.getString("reason"));
        assertEquals("ACCEPTED", inTime.getString("status"), inTime.toString());
        assertEquals(7, inTime.getInt("score"));
        assertEquals(12, inTime.getInt("maxScore"));
        assertEquals(58, inTime.getInt("percent"), "7 of 12: 58.3 shows as 58");
        long attempt = inTime.getJsonNumber("attempt").longValue();
        assertTrue(
                student.get("learn/review.xhtml?id=" + attempt).body().contains(Texts.of("quiz.review.score", 58)),
                "the review page");
        String teachersView = teacher.get("teach/attempt.xhtml?class=" + classId + "&id=" + attempt)
                .body();
        assertTrue(teachersView.contains(Texts.of("report.attempt.score", 58, 1)), teachersView);
        String report = teacher.get("teach/report.xhtml?id=" + classId + "&course=" + COURSE)
                .body();
        assertTrue(report.contains("· 58</a>"), "the teacher's report: " + report);

        String members = teacher.get(classPage).body();
        assertTrue(members.contains(Texts.of("class.lastSync")), members);
        Matcher synced = lastSyncCell("luring.kelas").matcher(members);
        assertTrue(synced.find(), members);
        assertNotEquals(Texts.of("class.neverSynced"), synced.group(1), "a time for the student who synced");
        Matcher never = lastSyncCell("luring.teman").matcher(members);
        assertTrue(never.find(), members);
        assertEquals(Texts.of("class.neverSynced"), never.group(1));
    }

    @Test
    void aDeviceClockDaysAheadIsCorrectedByTheTimeItSaysItSent() {
        WebClient student = student("luring.jam");
        Duration ahead = Duration.ofDays(3);
        String attempt = attempt(UUID.randomUUID().toString(), 1, recently().plus(ahead), RIGHT);

        JsonObject refused = receipt(student.postJson("learn/sync", batch(attempt)));
        JsonObject corrected = receipt(student.postJson(
                "learn/sync", "{\"sentAt\":\"" + Instant.now().plus(ahead) + "\",\"attempts\":[" + attempt + "]}"));

        assertEquals("sync.clock", refused.getString("reason"), "started days from now, as the server sees it");
        assertEquals("ACCEPTED", corrected.getString("status"), corrected.toString());
        assertEquals(1, attemptsShown(student));
    }

    @Test
    void anotherStudentsAttemptIsRefusedWithNothingStoredAndItsOwnStudentSendsItOnce() {
        WebClient owner = student("luring.pemilik");
        WebClient next = student("luring.berikut");
        JsonObject ownSession = json(owner.get("learn/sync"));
        JsonObject nextSession = json(next.get("learn/sync"));
        assertEquals("luring.pemilik", ownSession.getString("username"));
        assertNotEquals(ownSession.getJsonNumber("student"), nextSession.getJsonNumber("student"));
        String attempt = attempt(
                UUID.randomUUID().toString(),
                ownSession.getJsonNumber("student").longValue(),
                MODULE,
                recently(),
                true,
                RIGHT,
                List.of());

        JsonObject refused = receipt(next.postJson("learn/sync", batch(attempt)));

        assertEquals("REFUSED", refused.getString("status"), refused.toString());
        assertEquals("sync.otherStudent", refused.getString("reason"));
        assertEquals(Texts.of("sync.otherStudent"), refused.getString("message"));
        assertTrue(refused.isNull("attempt") && refused.isNull("score"), "nothing of it is told: " + refused);
        assertEquals(0, attemptsShown(next), "nothing stored for the student who sent it");
        assertEquals(0, attemptsShown(owner), "nor for the student who took it, yet");

        JsonObject accepted = receipt(owner.postJson("learn/sync", batch(attempt)));
        JsonObject again = receipt(owner.postJson("learn/sync", batch(attempt)));
        JsonObject stillRefused = receipt(next.postJson("learn/sync", batch(attempt)));

        assertEquals("ACCEPTED", accepted.getString("status"), accepted.toString());
        assertEquals(100, accepted.getInt("percent"));
        assertEquals("ALREADY", again.getString("status"), "graded once");
        assertEquals(1, attemptsShown(owner));
        assertEquals("sync.otherStudent", stillRefused.getString("reason"), "never the other student's receipt");
        assertTrue(stillRefused.isNull("attempt"));
        assertEquals(0, attemptsShown(next));
    }

    @Test
    void anAnswerCheckedOfflineIsFinalAsAnOnlineCheckWhereTheQuizGivesFeedbackAtOnce() {
        WebClient student = student("luring.periksa");
        long id = json(student.get("learn/sync")).getJsonNumber("student").longValue();
        // Kept open (not submitted): the student goes on with it online.
        JsonObject sent = receipt(student.postJson(
                "learn/sync",
                batch(attempt(
                        UUID.randomUUID().toString(),
                        id,
                        CHECKED_MODULE,
                        recently(),
                        false,
                        List.of(answer("p1", "answer", "false"), answer("p2", "answer", "false")),
                        List.of("p1")))));
        assertEquals("ACCEPTED", sent.getString("status"), sent.toString());
        long attempt = sent.getJsonNumber("attempt").longValue();

        assertEquals("LOCKED", saved(student, attempt, "p1", "answer=true"), "checked on the device: final");
        assertEquals("SAVED", saved(student, attempt, "p2", "answer=true"), "not checked: still open");
        HttpResponse<String> submitted =
                student.postForm("learn/answer", "attempt=" + attempt + "&sequence=0&action=submit", "text/html");
        assertEquals(302, submitted.statusCode());
        String review = student.get("learn/review.xhtml?id=" + attempt).body();
        assertTrue(
                review.contains(Texts.of("quiz.review.score", 50)),
                "the checked wrong answer counts as checked: " + review);

        // A quiz that gives feedback after submitting showed no key on the device: nothing is final there.
        JsonObject open = receipt(student.postJson(
                "learn/sync",
                batch(attempt(
                        UUID.randomUUID().toString(),
                        id,
                        MODULE,
                        recently(),
                        false,
                        List.<String[]>of(answer("q05", "answer", "false")),
                        List.of("q05")))));
        assertEquals("ACCEPTED", open.getString("status"), open.toString());
        assertEquals("SAVED", saved(student, open.getJsonNumber("attempt").longValue(), "q05", "answer=true"));
    }

    @Test
    void aCheckPostedOnlineIsRefusedWithNothingStoredWhereTheQuizGivesFeedbackOnlyAfterSubmitting() {
        WebClient student = student("luring.tanpa.kunci");
        long test = startOnline(student, QUIZ);

        // Its page has no check button: posted by hand, as a script or as the form would.
        HttpResponse<String> byScript = check(student, test, "q05", "answer=false", "application/json");
        HttpResponse<String> byForm = check(student, test, "q05", "answer=false", "text/html");
        student.get("learn/quiz.xhtml?course=" + COURSE + "&quiz=" + QUIZ + "&lang=en");
        HttpResponse<String> inEnglish = check(student, test, "q05", "answer=false", "application/json");

        assertEquals(400, byScript.statusCode(), byScript.body());
        assertEquals("attempt.feedbackAfterSubmit", json(byScript).getString("error"));
        assertEquals(Texts.of("attempt.feedbackAfterSubmit"), json(byScript).getString("message"));
        assertEquals(400, byForm.statusCode());
        assertTrue(byForm.body().contains(Texts.of("attempt.feedbackAfterSubmit")), byForm.body());
        assertEquals(400, inEnglish.statusCode(), inEnglish.body());
        assertEquals(english("attempt.feedbackAfterSubmit"), json(inEnglish).getString("message"));
        String page = student.get("learn/attempt.xhtml?id=" + test).body();
        assertFalse(page.contains("class=\"outcome"), "no outcome shown: " + page);
        assertEquals("SAVED", saved(student, test, "q05", "answer=false"), "nothing stored: its first save");

        // Where the quiz gives feedback at once, the same check is taken and makes the answer final.
        long practice = startOnline(student, CHECKED_QUIZ);
        HttpResponse<String> checked = check(student, practice, "p1", "answer=false", "text/html");
        assertEquals(302, checked.statusCode(), checked.body());
        assertTrue(
                student.open(checked.headers().firstValue("Location").orElseThrow())
                        .body()
                        .contains("class=\"outcome wrong\""),
                "the outcome is shown at once");
        assertEquals("LOCKED", saved(student, practice, "p1", "answer=true"), "checked: final");
    }

    @Test
    void onlyTheOfflinePageOfAQuizThatGivesFeedbackAtOnceCarriesItsKey() {
        WebClient student = student("luring.kunci");
        String offline = "learn/offline-quiz.xhtml?course=" + COURSE + "&version=1&quiz=";

        String test = student.get(offline + QUIZ).body();
        String practice = student.get(offline + CHECKED_QUIZ).body();

        assertTrue(test.contains(Texts.of("offline.quiz.noKeys")), test);
        assertTrue(test.contains("id=\"text-q12\""), "the questions are there");
        assertFalse(test.contains("offline-key"), "no key on the device: " + test);
        assertFalse(test.contains("Desakan untuk segera menyebarkan"), "no explanation");
        assertFalse(test.contains("value=\"check\""), "no check button");
        assertTrue(practice.contains(Texts.of("offline.quiz.keys")), practice);
        assertEquals(2, practice.split("offline-key", -1).length - 1, "a key for each of its two questions");
        assertTrue(practice.contains("value=\"check\""));
    }

    @Test
    void aWholeTwelveQuestionSyncIsSmall() {
        WebClient student = student("luring.hemat");
        long id = json(student.get("learn/sync")).getJsonNumber("student").longValue();
        String body = batch(attempt(UUID.randomUUID().toString(), id, MODULE, recently(), true, RIGHT, List.of()));

        HttpResponse<String> reply = student.postJson("learn/sync", body);

        int request = body.getBytes(StandardCharsets.UTF_8).length;
        int answer = reply.body().getBytes(StandardCharsets.UTF_8).length;
        int headers = reply.headers().map().entrySet().stream()
                .mapToInt(e -> e.getKey().length()
                        + e.getValue().stream().mapToInt(v -> v.length() + 4).sum())
                .sum();
        System.out.printf(
                "Offline sync of one 12-question attempt: request body %,d bytes, reply body %,d bytes"
                        + " (reply headers about %,d bytes)%n",
                request, answer, headers);
        assertEquals("ACCEPTED", receipt(reply).getString("status"));
        assertTrue(request + answer < 4_000, "request " + request + " + reply " + answer + " bytes");
    }

    // --- helpers

    /**
     * An answer to {@code question}: the form field {@code field} with its values; a value written
     * {@code name=value} is another field of the same form.
     */
    private static String[] answer(String question, String field, String... values) {
        String[] answer = new String[values.length + 2];
        answer[0] = question;
        answer[1] = field;
        System.arraycopy(values, 0, answer, 2, values.length);
        return answer;
    }

    /** The answer's fields as the quiz page's form would post them, in JSON. */
    private static String fields(String[] answer) {
        Map<String, List<String>> fields = new java.util.LinkedHashMap<>();
        fields.put(answer[1], new ArrayList<>());
        for (int i = 2; i < answer.length; i++) {
            int equals = answer[i].indexOf('=');
            if (equals > 0) {
                fields.computeIfAbsent(answer[i].substring(0, equals), k -> new ArrayList<>())
                        .add(answer[i].substring(equals + 1));
            } else {
                fields.get(answer[1]).add(answer[i]);
            }
        }
        return fields.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":["
                        + e.getValue().stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(","))
                        + "]")
                .collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * An attempt of version 1 as sync.js sends it: recorded for the student {@code student},
     * submitted nine minutes in (or kept open), with the answers to the questions in
     * {@code checked} checked on the device.
     */
    private static String attempt(
            String id,
            long student,
            String module,
            Instant started,
            boolean submitted,
            List<String[]> answers,
            List<String> checked) {
        String sent = answers.stream()
                .map(a -> "{\"sequence\":1,\"question\":\"" + a[0] + "\",\"fields\":" + fields(a)
                        + (checked.contains(a[0]) ? ",\"checked\":true" : "") + "}")
                .collect(Collectors.joining(","));
        return "{\"id\":\"" + id + "\",\"student\":" + student + ",\"course\":\"" + COURSE + "\",\"module\":\""
                + module + "\",\"version\":1,\"startedAt\":\"" + started + "\",\"submittedAt\":"
                + (submitted ? "\"" + started.plus(Duration.ofMinutes(9)) + "\"" : "null") + ",\"answers\":[" + sent
                + "]}";
    }

    /** An answer saved online as quiz.js saves it; the status the server answers (SAVED, LOCKED...). */
    private static String saved(WebClient student, long attempt, String question, String answer) {
        HttpResponse<String> saved = student.postForm(
                "learn/answer",
                "attempt=" + attempt + "&question=" + question + "&sequence=9&at=1&" + answer,
                "application/json");
        assertEquals(200, saved.statusCode(), saved.body());
        return json(saved).getString("status");
    }

    /** A check of an answer (sequence 9, as {@link #saved}) posted as the quiz page's check button posts it. */
    private static HttpResponse<String> check(
            WebClient student, long attempt, String question, String answer, String accept) {
        return student.postForm(
                "learn/answer",
                "attempt=" + attempt + "&question=" + question + "&sequence=9&at=1&" + answer + "&action=check",
                accept);
    }

    /** An attempt started online at one of this course's quizzes. */
    private static long startOnline(WebClient student, String quiz) {
        HttpResponse<String> started = student.post("learn/start?course=" + COURSE + "&quiz=" + quiz);
        Matcher id = Pattern.compile("attempt\\.xhtml\\?id=(\\d+)")
                .matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(id.find(), () -> "started: " + started.headers().map());
        return Long.parseLong(id.group(1));
    }

    /** A text as the English pages show it (messages_en.properties). */
    private static String english(String key) {
        return ResourceBundle.getBundle(
                        "id.saring.i18n.messages",
                        Locale.ENGLISH,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString(key);
    }

    /** An attempt as the offline quiz page keeps it, submitted a few minutes after it began. */
    private static String attempt(String id, int version, Instant started, List<String[]> answers) {
        String sent = IntStream.range(0, answers.size())
                .mapToObj(i -> {
                    String[] a = answers.get(i);
                    return "{\"sequence\":1,\"question\":\"" + a[0] + "\",\"fields\":" + fields(a) + "}";
                })
                .collect(Collectors.joining(","));
        return "{\"id\":\"" + id + "\",\"course\":\"" + COURSE + "\",\"module\":\"" + MODULE + "\",\"version\":"
                + version + ",\"startedAt\":\"" + started + "\",\"submittedAt\":\""
                + started.plus(Duration.ofMinutes(9)).toString().replaceFirst("Z$", "+00:00") + "\",\"answers\":["
                + sent + "]}";
    }

    /** When an attempt that was submitted a minute ago began (attempt() submits it nine minutes in). */
    private static Instant recently() {
        return Instant.now().minus(Duration.ofMinutes(10));
    }

    /** The "Terakhir sinkron" cell in the roster row of this student (the name also shows in the assignment form). */
    private static Pattern lastSyncCell(String username) {
        return Pattern.compile(
                "<tr[^>]*>(?:(?!</tr>).)*Orang " + Pattern.quote(username)
                        + "(?:(?!</tr>).)*?last-sync\">\\s*([^<]+?)\\s*<",
                Pattern.DOTALL);
    }

    private static String batch(String... attempts) {
        return "{\"attempts\":[" + String.join(",", attempts) + "]}";
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** The one receipt of a batch of one. */
    private static JsonObject receipt(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        JsonObject reply = json(response);
        assertTrue(reply.containsKey("serverTime"));
        assertEquals(1, reply.getJsonArray("receipts").size(), response.body());
        return reply.getJsonArray("receipts").getJsonObject(0);
    }

    private int attemptsShown(WebClient student) {
        String page = student.get("learn/quiz.xhtml?course=" + COURSE + "&quiz=" + QUIZ)
                .body();
        return page.split(Pattern.quote("Percobaan "), -1).length - 1;
    }

    private WebClient student(String username) {
        return logIn(username, "STUDENT");
    }

    private WebClient teacher(String username) {
        return logIn(username, "TEACHER");
    }

    private WebClient logIn(String username, String role) {
        new Admin(base).createAccount(username, "Orang " + username, role, PASSWORD);
        WebClient client = new WebClient(base);
        assertEquals(302, client.logIn(username, PASSWORD).statusCode());
        return client;
    }

    /**
     * Twelve questions: q01 to q04 single choice ({@code right} is q01's right choice, {@code wrong}
     * the other), q05 to q07 true-false, q08 and q09 multiple response, q10 and q11 short answer,
     * q12 a hoax post; and a timed quiz in a module of its own.
     */
    private static String quiz(String right, String wrong) {
        StringBuilder quiz = new StringBuilder(
                """
                id: kuis-dua-belas
                title: Kuis dua belas soal
                settings:
                  pass-mark: 70
                  max-attempts: 2
                  feedback: after-submit
                questions:
                """);
        for (int i = 1; i <= 4; i++) {
            boolean first = i == 1;
            quiz.append(
                    """
                      - id: q0%d
                        type: single
                        text: Ciri pesan mana yang paling sering dipakai hoaks? (%d)
                        choices:
                          - text: Huruf kapital dan seruan
                            correct: %s
                          - text: Tautan ke sumber resmi
                            correct: %s
                    """
                            .formatted(
                                    i,
                                    i,
                                    !first || right.equals("a") ? "true" : "false",
                                    first && wrong.equals("a") ? "true" : "false"));
        }
        for (int i = 5; i <= 7; i++) {
            quiz.append(
                    """
                      - id: q0%d
                        type: true-false
                        text: Foto lama bisa dipakai untuk kejadian baru. (%d)
                        answer: benar
                    """
                            .formatted(i, i));
        }
        for (int i = 8; i <= 9; i++) {
            quiz.append(
                    """
                      - id: q0%d
                        type: multiple
                        text: Pilih semua langkah memeriksa kabar. (%d)
                        choices:
                          - text: Cari sumber aslinya
                            correct: true
                          - text: Bandingkan dengan media lain
                            correct: true
                          - text: Langsung bagikan
                    """
                            .formatted(i, i));
        }
        for (int i = 10; i <= 11; i++) {
            quiz.append(
                    """
                      - id: q%d
                        type: short-answer
                        text: Situs cek fakta milik Mafindo adalah ... (%d)
                        answers: [turnbackhoax.id, turnbackhoax]
                    """
                            .formatted(i, i));
        }
        quiz.append(
                """
                  - id: q12
                    type: hoax-post
                    text: Tandai bagian yang mencurigakan.
                    post:
                      kind: chat
                      sender: Grup Alumni
                      time: "07.15"
                      forwarded: true
                      body: "[[seru|SEBARKAN SEGERA!!]] Air kelapa menyembuhkan semua penyakit."
                    segments:
                      seru:
                        red-flag: true
                        explanation: Desakan untuk segera menyebarkan adalah tanda bahaya.
                    verdict: hoaks
                """);
        return quiz.toString();
    }

    private static void writeCourse(String quiz) {
        try {
            Map<String, byte[]> files = SampleCourse.files();
            SampleCourse.put(
                    files,
                    "course.yaml",
                    SampleCourse.COURSE
                            .replace("id: contoh-kursus", "id: " + COURSE)
                            .replace("Kursus Contoh", "Kuis Luring"));
            files.remove("01-modul-satu/quiz.yaml");
            files.put("01-modul-satu/module.yaml", ("id: " + MODULE + "\ntitle: Kuis luring\n").getBytes());
            SampleCourse.put(files, "01-modul-satu/quiz.yaml", quiz);
            SampleCourse.put(files, "03-periksa/module.yaml", "id: " + CHECKED_MODULE + "\ntitle: Periksa\n");
            SampleCourse.put(
                    files,
                    "03-periksa/quiz.yaml",
                    """
                    id: %s
                    title: Kuis dengan periksa
                    settings:
                      feedback: immediate
                    questions:
                      - id: p1
                        type: true-false
                        text: Foto lama bisa dipakai untuk kejadian baru.
                        answer: benar
                      - id: p2
                        type: true-false
                        text: Judul yang berteriak bisa menandakan hoaks.
                        answer: benar
                    """
                            .formatted(CHECKED_QUIZ));
            SampleCourse.put(files, "02-waktu/module.yaml", "id: " + TIMED_MODULE + "\ntitle: Tes berwaktu\n");
            SampleCourse.put(
                    files,
                    "02-waktu/quiz.yaml",
                    """
                    id: kuis-waktu
                    title: Tes berwaktu
                    settings:
                      time-limit-minutes: 20
                    questions:
                      - id: w1
                        type: true-false
                        text: Foto lama bisa dipakai untuk kejadian baru.
                        answer: benar
                    """);
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = FOLDER.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

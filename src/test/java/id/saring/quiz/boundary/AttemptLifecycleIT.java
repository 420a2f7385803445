package id.saring.quiz.boundary;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The life of an attempt over HTTP, as the quiz page and its script drive it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttemptLifecycleIT {

    private static final Pattern ATTEMPT = Pattern.compile("attempt\\.xhtml\\?id=(\\d+)");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @ArquillianResource
    URL base;

    @Test
    void anOpenAttemptIsResumedNotStartedAgain() {
        WebClient student = student("siswa.lanjut");

        long first = start(student);
        save(student, first, "q-tunggal", 1, "choice=a");
        long again = start(student);

        assertEquals(first, again);
        assertTrue(
                student.post("learn/start?course=" + QUIZ_COURSE + "&quiz=" + QUIZ)
                        .headers()
                        .firstValue("Location")
                        .orElse("")
                        .endsWith("&q=2"),
                "back where the student left off");
        String page = student.get("learn/attempt.xhtml?id=" + first + "&q=1").body();
        assertTrue(page.contains("value=\"a\" checked=\"checked\""), "the saved answer is shown again");
    }

    @Test
    void savesAreIdempotentAndAnOlderSaveNeverOverwritesANewerOne() {
        WebClient student = student("siswa.ulang");
        long attempt = start(student);

        assertEquals("SAVED", status(save(student, attempt, "q-tunggal", 1, "choice=b")));
        assertEquals("ALREADY_SAVED", status(save(student, attempt, "q-tunggal", 1, "choice=b")));
        assertEquals("SAVED", status(save(student, attempt, "q-tunggal", 2, "choice=a")));
        assertEquals("ALREADY_SAVED", status(save(student, attempt, "q-tunggal", 1, "choice=b")));

        submit(student, attempt);
        assertTrue(
                student.get("learn/review.xhtml?id=" + attempt).body().contains("Tepat!"),
                "choice a, the newer one, counts");
    }

    @Test
    void tamperedAnswersAndOtherPeoplesAttemptsAreRefused() {
        WebClient student = student("siswa.iseng");
        long attempt = start(student);
        WebClient other = student("siswa.lain");

        assertEquals(
                400,
                save(student, attempt, "q-tunggal", 1, "choice=zz").statusCode(),
                "a choice the question does not have");
        assertEquals(
                400,
                save(student, attempt, "q-unggahan", 1, "flags=bukan-segmen").statusCode());
        assertEquals(
                400, save(student, attempt, "q-tunggal", 1, "apapun=1").statusCode(), "a field the type does not read");
        assertEquals(
                404, save(student, attempt, "soal-lain", 1, "choice=a").statusCode(), "a question not in the attempt");
        assertEquals(404, save(other, attempt, "q-tunggal", 1, "choice=a").statusCode(), "someone else's attempt");
        assertEquals(404, other.get("learn/review.xhtml?id=" + attempt).statusCode());
        assertEquals(404, other.get("learn/attempt.xhtml?id=" + attempt).statusCode());
    }

    @Test
    void theAttemptLimitHolds() {
        WebClient student = student("siswa.batas");
        for (int i = 0; i < 3; i++) {
            submit(student, start(student));
        }

        HttpResponse<String> fourth = student.post("learn/start?course=" + QUIZ_COURSE + "&quiz=" + QUIZ);

        assertTrue(fourth.headers().firstValue("Location").orElse("").contains("refused=quiz.noAttemptsLeft"));
        assertTrue(student.open(fourth.headers().firstValue("Location").orElseThrow())
                .body()
                .contains("Kesempatanmu untuk kuis ini sudah habis"));
    }

    @Test
    void aDoubleSubmitIsGradedOnce() throws Exception {
        WebClient student = student("siswa.klik");
        long attempt = start(student);
        save(student, attempt, "q-tunggal", 1, "choice=a");

        List<CompletableFuture<HttpResponse<String>>> clicks = List.of(
                CompletableFuture.supplyAsync(() -> submit(student, attempt)),
                CompletableFuture.supplyAsync(() -> submit(student, attempt)));

        for (var click : clicks) {
            assertEquals(302, click.get().statusCode());
            assertTrue(click.get()
                    .headers()
                    .firstValue("Location")
                    .orElse("")
                    .endsWith("/learn/review.xhtml?id=" + attempt));
        }
        String quizPage = student.get("learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ)
                .body();
        assertEquals(1, count(quizPage, "Percobaan "), "one attempt, graded once");
        assertEquals(
                "CLOSED",
                status(save(student, attempt, "q-tunggal", 2, "choice=b")),
                "answers are final after submitting");
    }

    @Test
    void checkingAnAnswerShowsTheOutcomeAndMakesItFinal() {
        WebClient student = student("siswa.periksa");
        long attempt = start(student);

        HttpResponse<String> check = student.postForm(
                "learn/answer",
                "attempt=" + attempt + "&question=q-tunggal&sequence=1&at=1&choice=b&action=check",
                "text/html");

        assertEquals(302, check.statusCode());
        String page = student.open(check.headers().firstValue("Location").orElseThrow())
                .body();
        assertTrue(page.contains("Belum tepat"), "the outcome is shown at once");
        assertTrue(page.contains("Tautan resmi justru bisa diperiksa."), "with the picked choice's feedback");
        assertTrue(page.contains("Hoaks memancing emosi agar kita langsung membagikan."), "and the explanation");
        assertEquals(
                "LOCKED", status(save(student, attempt, "q-tunggal", 2, "choice=a")), "a checked answer cannot change");
    }

    @Test
    void aQuestionPageIsLightOnTheFirstLoad() {
        WebClient student = student("siswa.hemat");
        long attempt = start(student);

        HttpResponse<byte[]> page =
                student.getBytes("learn/attempt.xhtml?id=" + attempt + "&q=1", "Accept-Encoding", "gzip");
        String markup =
                student.get("learn/attempt.xhtml?id=" + attempt + "&q=1").body();
        long bytes = page.body().length;
        Matcher resource = Pattern.compile("(?:href|src)=\"(/[^\"]+jakarta\\.faces\\.resource/[^\"]+)\"")
                .matcher(markup);
        int resources = 0;
        while (resource.find()) {
            bytes += student.getBytes(resource.group(1).replace("&amp;", "&"), "Accept-Encoding", "gzip")
                    .body()
                    .length;
            resources++;
        }

        assertEquals(
                4,
                resources,
                "the stylesheet, the quiz script, the small student script and the script sending quizzes taken offline");
        assertTrue(bytes < 20_000, "the whole quiz (8 questions) on first load: " + bytes + " bytes compressed");
    }

    @Test
    void theReviewShowsEveryQuestionWithItsExplanation() {
        WebClient student = student("siswa.ulas");
        long attempt = start(student);
        save(student, attempt, "q-unggahan", 1, "flags=seru&verdict=hoaks");
        submit(student, attempt);

        String review = student.get("learn/review.xhtml?id=" + attempt).body();

        assertEquals(8, count(review, "class=\"question review\""));
        assertTrue(review.contains("Desakan untuk segera menyebarkan adalah tanda bahaya."), "segment explanations");
        assertTrue(review.contains("Nilaimu: 13"), "one of eight questions right: 12.5 rounds to 13");
    }

    private WebClient student(String username) {
        new Admin(base).createAccount(username, "Siswa " + username, "STUDENT", "pensil-merah-77");
        WebClient student = new WebClient(base);
        assertEquals(302, student.logIn(username, "pensil-merah-77").statusCode());
        return student;
    }

    private static long start(WebClient student) {
        HttpResponse<String> started = student.post("learn/start?course=" + QUIZ_COURSE + "&quiz=" + QUIZ);
        Matcher id = ATTEMPT.matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(id.find(), () -> "started: " + started.headers().map());
        return Long.parseLong(id.group(1));
    }

    private static HttpResponse<String> save(
            WebClient student, long attempt, String question, int sequence, String answer) {
        return student.postForm(
                "learn/answer",
                "attempt=" + attempt + "&question=" + question + "&sequence=" + sequence + "&" + answer,
                "application/json");
    }

    private static HttpResponse<String> submit(WebClient student, long attempt) {
        return student.postForm("learn/answer", "attempt=" + attempt + "&sequence=0&action=submit", "text/html");
    }

    private static String status(HttpResponse<String> saved) {
        Matcher status = Pattern.compile("\"status\":\"(\\w+)\"").matcher(saved.body());
        assertTrue(status.find(), saved.body());
        return status.group(1);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}

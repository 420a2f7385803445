package id.saring.bench;

import static id.saring.bench.Latencies.RT;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import id.saring.testing.HtmlForms;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What students and teachers do in Saring, as Gatling chains: every request checks its status
 * and a marker only the expected page has, and is timed under its kind (see {@link Latencies}).
 * A virtual user whose request fails stops there, so one error is not followed by many.
 */
final class Flows {

    private Flows() {}

    static final String FORM = "application/x-www-form-urlencoded";

    /** A phone browser on the school's network: gzip, Indonesian, redirects followed one by one. */
    static HttpProtocolBuilder protocol() {
        return http.baseUrl(Bench.BASE_URL)
                .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .acceptEncodingHeader("gzip, deflate")
                .acceptLanguageHeader("id-ID,id;q=0.9,en;q=0.8")
                .userAgentHeader("Mozilla/5.0 (Linux; Android 11) Saring-benchmark (Gatling)")
                // Every redirect is a request of its own, checked and timed under its own name.
                .disableFollowRedirect()
                // Gatling would otherwise fetch https://gatling.io first: only loopback here.
                .disableWarmUp();
    }

    /** Think time, uniformly between min and max seconds. */
    static ChainBuilder think(int minSeconds, int maxSeconds) {
        return pause(Duration.ofSeconds(minSeconds), Duration.ofSeconds(maxSeconds));
    }

    /**
     * A request timed under its kind. A failed request is tried again after a second, twice at
     * most, as a person would press reload; every failed try counts as an error (here and in
     * Gatling's report). When the third try fails too the virtual user stops.
     */
    static ChainBuilder timed(String kind, HttpRequestActionBuilder request) {
        return tryMax(TRIES, "try")
                .on(doIf(session -> session.getInt("try") > 0)
                        .then(exec(session -> {
                                    Latencies.error(kind); // the try before this one failed
                                    return session;
                                })
                                .pause(Duration.ofSeconds(1)))
                        .exec(session -> session.remove(RT))
                        .exec(request)
                        .exec(Latencies.record(kind)))
                .exec(session -> {
                    if (session.isFailed()) {
                        Latencies.error(kind); // the last try failed too
                    }
                    return session;
                })
                .exitHereIfFailed();
    }

    static final int TRIES = Bench.number("tries", 3);

    /** A GET of a page: 200 and its marker. */
    static ChainBuilder page(String name, Function<Session, String> url, String marker, CheckBuilder... more) {
        return timed(
                Bench.PAGE,
                http(name)
                        .get(url)
                        .check(
                                responseTimeInMillis().saveAs(RT),
                                status().is(200),
                                substring(marker).exists())
                        .check(more));
    }

    /** A POST that answers with a redirect; the target is saved under {@code saveAs}. */
    static ChainBuilder postRedirect(
            String kind,
            String name,
            Function<Session, String> url,
            Function<Session, String> body,
            String locationPart,
            String saveAs) {
        return timed(
                kind,
                http(name)
                        .post(url)
                        .header("Content-Type", FORM)
                        .body(StringBody(body))
                        .check(
                                responseTimeInMillis().saveAs(RT),
                                status().is(302),
                                header("Location")
                                        .transform(location -> location.contains(locationPart))
                                        .is(true),
                                header("Location").saveAs(saveAs)));
    }

    /**
     * Logs in as a browser does: GET login.xhtml, read the form (its field names, hidden fields
     * and jakarta.faces.ViewState), POST it with the "Masuk" button, expect the redirect to Home
     * and Home with the role's marker. {@code #{username}} comes from the feeder.
     */
    static ChainBuilder login(String homeMarker) {
        return page(
                        "login form",
                        session -> "/login.xhtml",
                        Bench.LOGIN_FORM,
                        bodyString()
                                .transform(html -> HtmlForms.form(html, "type=\"password\""))
                                .saveAs("loginForm"))
                .exec(postRedirect(
                        Bench.LOGIN,
                        "login",
                        session -> session.<HtmlForms.Form>get("loginForm").action(),
                        Flows::loginBody,
                        "/home.xhtml",
                        "afterLogin"))
                .exec(session -> session.remove("loginForm"))
                .exec(page("home", session -> session.getString("afterLogin"), homeMarker, courseLinks()));
    }

    /**
     * Logs in as a phone does that scanned a login card's QR code (card.xhtml#secret): GET the card
     * page, card.js puts the secret from the fragment into the form and posts it to /card, which
     * redirects to Home; then Home with the role's marker. {@code #{secret}} comes from the feeder.
     */
    static ChainBuilder scanCard(String homeMarker) {
        return page(
                        "card page",
                        session -> "/card.xhtml",
                        Bench.CARD_PAGE,
                        bodyString()
                                .transform(html -> HtmlForms.form(html, "id=\"card\""))
                                .saveAs("cardForm"))
                .exec(postRedirect(
                        Bench.CARD_LOGIN,
                        "card login",
                        session -> session.<HtmlForms.Form>get("cardForm").action(),
                        session -> session.<HtmlForms.Form>get("cardForm")
                                .body(Map.of("k", session.getString("secret")), null),
                        "/home.xhtml",
                        "afterLogin"))
                .exec(session -> session.remove("cardForm"))
                .exec(page("home", session -> session.getString("afterLogin"), homeMarker, courseLinks()));
    }

    private static String loginBody(Session session) {
        return session.<HtmlForms.Form>get("loginForm").logIn(session.getString("username"), Bench.PASSWORD);
    }

    private static CheckBuilder courseLinks() {
        return bodyString()
                .transform(html -> HtmlForms.links(html, "/learn/course.xhtml?id="))
                .saveAs("courses");
    }

    /**
     * The quiz's page, then "Mulai kuis" (POST /learn/start, redirect to the attempt) and the
     * attempt page with the first question. The quiz page's URL is in {@code quizUrl}. When the
     * quiz allows no further attempt the page has no start form and {@code attemptUrl} is unset.
     */
    static ChainBuilder openQuiz() {
        return page(
                        "quiz",
                        session -> session.getString("quizUrl"),
                        Bench.QUIZ_PAGE,
                        bodyString().transform(Flows::startBody).saveAs("startBody"))
                .exec(session -> session.remove("attemptUrl"))
                .doIf(session -> !session.getString("startBody").isEmpty())
                .then(postRedirect(
                                Bench.QUIZ_START,
                                "quiz start",
                                session -> "/learn/start",
                                session -> session.getString("startBody"),
                                "/learn/attempt.xhtml?id=",
                                "attemptUrl")
                        .exec(page(
                                "attempt",
                                session -> session.getString("attemptUrl"),
                                Bench.ATTEMPT_PAGE,
                                bodyString().transform(HtmlForms::answerForms).saveAs("answers"),
                                bodyString()
                                        .transform(html -> HtmlForms.form(html, "id=\"submit-form\""))
                                        .saveAs("submitForm"))));
    }

    private static String startBody(String html) {
        return html.contains("action=\"/learn/start\"")
                ? HtmlForms.form(html, "action=\"/learn/start\"").body(Map.of(), null)
                : "";
    }

    /**
     * Answers up to {@code count} questions of the open attempt, each after a think time, each a
     * save exactly as quiz.js sends it (POST /learn/answer, Accept: application/json, the form's
     * fields URL-encoded) expecting {"status":"SAVED"}. With {@code checkShare} > 0 the student
     * then presses "Periksa" on that share of questions (a plain form post with action=check and
     * the next sequence, then the attempt page again), as on quizzes with immediate feedback.
     */
    static ChainBuilder answer(int count, int thinkMin, int thinkMax, double checkShare) {
        return repeat(
                        session -> Math.min(
                                count,
                                session.<List<HtmlForms.AnswerForm>>getList("answers")
                                        .size()),
                        "q")
                .on(think(thinkMin, thinkMax)
                        .exec(session -> {
                            HtmlForms.AnswerForm form =
                                    session.<HtmlForms.AnswerForm>getList("answers").get(session.getInt("q"));
                            long seed = ThreadLocalRandom.current().nextLong();
                            int sequence = form.sequence();
                            return session.set("answerUrl", form.form().action())
                                    .set("saveBody", form.body(new Random(seed), sequence, false))
                                    .set("checkBody", form.body(new Random(seed), sequence + 1, true))
                                    .set("check", ThreadLocalRandom.current().nextDouble() < checkShare);
                        })
                        .exec(timed(
                                Bench.ANSWER_SAVE,
                                http("answer save")
                                        .post(session -> session.getString("answerUrl"))
                                        .header("Accept", "application/json")
                                        .header("Content-Type", FORM)
                                        .body(StringBody(session -> session.getString("saveBody")))
                                        .check(
                                                responseTimeInMillis().saveAs(RT),
                                                status().is(200),
                                                jsonPath("$.status").is("SAVED"))))
                        .doIf(session -> session.getBoolean("check"))
                        .then(think(1, 3)
                                .exec(postRedirect(
                                        Bench.ANSWER_CHECK,
                                        "answer check",
                                        session -> session.getString("answerUrl"),
                                        session -> session.getString("checkBody"),
                                        "/learn/attempt.xhtml?id=",
                                        "checkedUrl"))
                                .exec(page(
                                        "attempt after check",
                                        session -> session.getString("checkedUrl"),
                                        Bench.ATTEMPT_PAGE))));
    }

    /** "Kumpulkan": the summary's form (a plain post), the redirect to the review, the review. */
    static ChainBuilder submit() {
        return postRedirect(
                        Bench.SUBMIT,
                        "submit",
                        session -> session.<HtmlForms.Form>get("submitForm").action(),
                        session -> session.<HtmlForms.Form>get("submitForm").body(Map.of(), null),
                        "/learn/review.xhtml?id=",
                        "reviewUrl")
                .exec(page("review", session -> session.getString("reviewUrl"), Bench.REVIEW_PAGE))
                .exec(session -> session.removeAll("answers", "submitForm", "saveBody", "checkBody"));
    }

    private static final Pattern UNREAD = Pattern.compile("<li>\\s*<a href=\"([^\"]*/learn/lesson\\.xhtml[^\"]*)\"");
    private static final Pattern CONTINUE = Pattern.compile("id=\"continue\" href=\"([^\"]*)\"");

    /** From a course page: the first lesson not read yet, else "Lanjutkan", else any lesson. */
    static String nextFromCourse(String html) {
        Matcher unread = UNREAD.matcher(html);
        if (unread.find()) {
            return HtmlForms.decode(unread.group(1));
        }
        Matcher next = CONTINUE.matcher(html);
        if (next.find()) {
            return HtmlForms.decode(next.group(1));
        }
        List<String> lessons = new ArrayList<>(HtmlForms.links(html, "/learn/lesson.xhtml"));
        return lessons.isEmpty() ? "" : lessons.get(ThreadLocalRandom.current().nextInt(lessons.size()));
    }

    static ChainBuilder readLesson(int thinkMin, int thinkMax) {
        return page(
                        "lesson",
                        session -> session.getString("next"),
                        Bench.LESSON_PAGE,
                        bodyString()
                                .transform(html -> HtmlForms.form(html, "action=\"/learn/read\"")
                                        .body(Map.of(), null))
                                .saveAs("readBody"))
                .exec(think(thinkMin, thinkMax))
                // "Selesai, lanjut": marks the lesson read and redirects to the next lesson or quiz.
                .exec(postRedirect(
                        Bench.MARK_READ,
                        "mark read",
                        session -> "/learn/read",
                        session -> session.getString("readBody"),
                        "/learn/",
                        "next"));
    }

    static ChainBuilder chooseCourse() {
        return exec(session -> {
            List<String> courses = session.getList("courses");
            if (courses.isEmpty()) {
                return session.markAsFailed();
            }
            return session.set(
                    "courseUrl", courses.get(ThreadLocalRandom.current().nextInt(courses.size())));
        });
    }

    static ChainBuilder coursePage() {
        return page(
                "course",
                session -> session.getString("courseUrl"),
                Bench.COURSE_PAGE,
                bodyString().transform(Flows::nextFromCourse).saveAs("next"));
    }

    static ChainBuilder unlessFailed(ChainBuilder chain) {
        return doIf(session -> !session.isFailed()).then(chain);
    }
}

package id.saring.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import id.saring.testing.HtmlForms;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * "Hari ujian" (exam day): a whole school (target 1,000 students) scans their login cards and
 * starts the same quiz within 60 s, answers 10 questions with 3-10 s to think over each (every
 * answer a real save, as quiz.js sends it), then submits and sees the review. "Exam start" is card
 * page to first question on screen. Students {@code siswa.k0001...} with the card secrets that
 * SeedAccounts wrote to {@code cards.csv}; BENCH_KARTU_STUDENTS sets how many.
 */
public class HariUjianSimulation extends Simulation {

    static final int STUDENTS = Bench.number("kartu.students", 1000);
    static final Duration ARRIVAL = Bench.seconds("kartu.arrival.seconds", 60);

    /** username,secret per line, as SeedAccounts printed the cards. */
    static List<Map<String, Object>> cards() {
        try {
            return Files.readAllLines(Bench.OUT.resolve(SeedAccounts.CARDS)).stream()
                    .filter(line -> line.contains(","))
                    .limit(STUDENTS)
                    .map(line -> Map.<String, Object>of(
                            "username", line.substring(0, line.indexOf(',')),
                            "secret", line.substring(line.indexOf(',') + 1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("No cards: run SeedAccounts first (benchmark.sh does)", e);
        }
    }

    /**
     * Warms the load generator itself, not the server's measured path: Gatling starts in a fresh
     * JVM for every phase, and in the first 15 s of the arrivals its own JIT compiled for 3-5 s per
     * 5 s window and it took up to half a core of the two that the server needed (benchmark of
     * 2026-12-07 03:00, "over time"). So a few users first fetch the static copy of a lesson page
     * (which the "physical limit" run has already fetched tens of thousands of times: nothing of
     * the card, home, quiz or attempt path runs in the server) through the same HTTP client,
     * checks and form reading as the exam's requests, then the students arrive after a pause.
     * BENCH_KARTU_WARMUP_SECONDS=0 leaves it out.
     */
    static final Duration WARM_UP = Bench.seconds("kartu.warmup.seconds", 15);

    static final int WARM_UP_USERS = 5;

    ScenarioBuilder warmUp = scenario("warm-up load generator")
            .exec(during(WARM_UP)
                    .on(Flows.timed(
                                    "warm-up static",
                                    http("warm-up static")
                                            .get(Bench.STATIC_LESSON)
                                            .check(
                                                    responseTimeInMillis().saveAs(Latencies.RT),
                                                    status().is(200),
                                                    substring(Bench.LESSON_PAGE).exists(),
                                                    bodyString()
                                                            .transform(html -> HtmlForms.form(
                                                                            html, "action=\"/learn/read\"")
                                                                    .body(Map.of(), null))
                                                            .saveAs("warmBody")))
                            .pause(Duration.ofMillis(50))));

    ScenarioBuilder exam = scenario("hari ujian")
            .feed(listFeeder(cards()).queue())
            .exec(session -> session.set(
                    "quizUrl", "/learn/quiz.xhtml?course=" + Bench.EXAM_COURSE + "&quiz=" + Bench.EXAM_QUIZ))
            .exec(Latencies.begin(Bench.EXAM_START))
            .group("exam start")
            .on(Flows.scanCard(Bench.STUDENT_HOME).exec(Flows.openQuiz()))
            .exec(session -> session.contains("attemptUrl") ? session : session.markAsFailed())
            .exec(Latencies.end(Bench.EXAM_START))
            .exitHereIfFailed()
            .exec(Flows.answer(
                    Bench.EXAM_ANSWERS, UjianSerentakSimulation.THINK_MIN, UjianSerentakSimulation.THINK_MAX, 0))
            .exec(Flows.think(UjianSerentakSimulation.THINK_MIN, UjianSerentakSimulation.THINK_MAX))
            .exec(Flows.submit());

    {
        setUp(WARM_UP.isZero()
                        ? exam.injectOpen(rampUsers(cards().size()).during(ARRIVAL))
                        // Every warm-up request gets the whole page, as the students' do: no 304.
                        : warmUp.injectOpen(atOnceUsers(WARM_UP_USERS))
                                .protocols(Flows.protocol().disableCaching())
                                .andThen(exam.injectOpen(
                                        nothingFor(Duration.ofSeconds(3)),
                                        rampUsers(cards().size()).during(ARRIVAL))))
                .protocols(Flows.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    private final OwnCpu ownCpu = OwnCpu.start();

    @Override
    public void after() {
        ownCpu.write("kartu");
        Latencies.write(Bench.OUT.resolve("kinds-kartu.csv"));
    }
}

package id.saring.bench;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

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
        setUp(exam.injectOpen(rampUsers(cards().size()).during(ARRIVAL)))
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

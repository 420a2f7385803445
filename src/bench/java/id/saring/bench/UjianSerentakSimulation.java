package id.saring.bench;

import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * "Ujian serentak", the typed-password variant of exam day ({@link HariUjianSimulation}): a class
 * (target 300 students) logs in with username and password and starts the same quiz within 60 s,
 * answers 10 questions with 3-10 s to think over each (every answer a real save, as quiz.js sends
 * it), then submits and sees the review. "Exam start" is login form to first question on screen.
 * Students {@code siswa.u0001...}; BENCH_UJIAN_STUDENTS sets how many.
 */
public class UjianSerentakSimulation extends Simulation {

    static final int STUDENTS = Bench.number("ujian.students", 300);
    static final Duration ARRIVAL = Bench.seconds("ujian.arrival.seconds", 60);
    static final int THINK_MIN = Bench.number("ujian.think.min", 3);
    static final int THINK_MAX = Bench.number("ujian.think.max", 10);

    static List<Map<String, Object>> students(String prefix, int digits, int count) {
        return students(prefix, digits, 1, count);
    }

    /** {@code count} usernames from number {@code first} on: siswa.b0301, siswa.b0302, ... */
    static List<Map<String, Object>> students(String prefix, int digits, int first, int count) {
        List<Map<String, Object>> students = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            students.add(Map.of("username", prefix + String.format("%0" + digits + "d", i)));
        }
        return students;
    }

    ScenarioBuilder exam = scenario("ujian serentak")
            .feed(listFeeder(students("siswa.u", 4, STUDENTS)).queue())
            .exec(session -> session.set(
                    "quizUrl", "/learn/quiz.xhtml?course=" + Bench.EXAM_COURSE + "&quiz=" + Bench.EXAM_QUIZ))
            .exec(Latencies.begin(Bench.EXAM_START))
            .group("exam start")
            .on(Flows.login(Bench.STUDENT_HOME).exec(Flows.openQuiz()))
            .exec(session -> session.contains("attemptUrl") ? session : session.markAsFailed())
            .exec(Latencies.end(Bench.EXAM_START))
            .exitHereIfFailed()
            .exec(Flows.answer(Bench.EXAM_ANSWERS, THINK_MIN, THINK_MAX, 0))
            .exec(Flows.think(THINK_MIN, THINK_MAX))
            .exec(Flows.submit());

    {
        setUp(exam.injectOpen(rampUsers(STUDENTS).during(ARRIVAL)))
                .protocols(Flows.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    private final OwnCpu ownCpu = OwnCpu.start();

    @Override
    public void after() {
        ownCpu.write("ujian");
        Latencies.write(Bench.OUT.resolve("kinds-ujian.csv"));
    }
}

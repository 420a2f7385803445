package id.saring.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Belajar": students (target 500, {@code siswa.b0001...}) arrive over the first minute and each
 * studies for the run's duration (5 minutes by default, BENCH_BELAJAR_SECONDS): a course's page,
 * its first unread lesson, "Selesai, lanjut" (POST /learn/read) to wherever Saring sends them
 * next, and the module quizzes on the way (every answer a save as quiz.js sends it, "Periksa" on
 * some), 5-15 s to think before each step. Meanwhile 5 teachers ({@code guru.bench1...}) keep
 * refreshing their class page ({@link Bench#TEACHER_PAGE}).
 */
public class BelajarSimulation extends Simulation {

    static final int STUDENTS = Bench.number("belajar.students", 500);
    /** The first student's number: a second run in the same database takes fresh students. */
    static final int FIRST = Bench.number("belajar.first", 1);
    static final int TEACHERS = Bench.number("belajar.teachers", 5);
    static final Duration DURATION = Bench.seconds("belajar.seconds", 300);
    static final Duration RAMP = Bench.seconds("belajar.ramp.seconds", (int) Math.min(60, DURATION.toSeconds() / 5));
    static final int THINK_MIN = Bench.number("belajar.think.min", 5);
    static final int THINK_MAX = Bench.number("belajar.think.max", 15);
    /** Share of questions on which a student presses "Periksa" (immediate feedback). */
    static final double CHECK_SHARE = Double.parseDouble(Bench.setting("belajar.check.share", "0.3"));

    private static final Pattern CLASS_ID = Pattern.compile(Pattern.quote(Bench.CLASSES_PAGE) + "(\\d+)");

    static ChainBuilder takeQuiz() {
        return Flows.openQuiz()
                .doIf(session -> session.contains("attemptUrl"))
                .then(Flows.answer(Integer.MAX_VALUE, THINK_MIN, THINK_MAX, CHECK_SHARE)
                        .exec(Flows.think(THINK_MIN, THINK_MAX))
                        .exec(Flows.submit()))
                .exec(Flows.think(THINK_MIN, THINK_MAX))
                .exec(session -> session.set("next", session.getString("courseUrl")));
    }

    ScenarioBuilder students = scenario("belajar")
            .feed(listFeeder(UjianSerentakSimulation.students("siswa.b", 4, FIRST, STUDENTS))
                    .queue())
            .exec(Flows.login(Bench.STUDENT_HOME))
            .exec(Flows.chooseCourse())
            .exitHereIfFailed()
            .exec(session -> session.set("next", session.getString("courseUrl")))
            .exec(during(DURATION).on(Flows.think(THINK_MIN, THINK_MAX).exec(step())));

    /** One step, by where Saring sent the student last: a lesson, a quiz, or the course page. */
    static ChainBuilder step() {
        return doIfOrElse(session -> session.getString("next").contains("/learn/lesson.xhtml"))
                .then(Flows.readLesson(THINK_MIN, THINK_MAX))
                .orElse(doIfOrElse(session -> session.getString("next").contains("/learn/quiz.xhtml"))
                        .then(exec(session -> session.set("quizUrl", session.getString("next")))
                                .exec(takeQuiz()))
                        .orElse(Flows.coursePage()));
    }

    ScenarioBuilder teachers = scenario("guru")
            .feed(listFeeder(UjianSerentakSimulation.students("guru.bench", 1, TEACHERS))
                    .queue())
            .exec(Flows.login(Bench.TEACHER_HOME))
            .exec(Flows.page(
                    "classes",
                    session -> "/teach/classes.xhtml",
                    Bench.CLASSES_PAGE,
                    bodyString()
                            .transform(html -> {
                                Matcher id = CLASS_ID.matcher(html);
                                return id.find() ? id.group(1) : "";
                            })
                            .saveAs("classId")))
            .exec(during(DURATION)
                    .on(Flows.page(
                                    "teacher class",
                                    session -> Bench.TEACHER_PAGE + session.getString("classId"),
                                    Bench.TEACHER_PAGE_MARKER)
                            .exec(Flows.think(THINK_MIN, THINK_MAX))));

    {
        setUp(students.injectOpen(rampUsers(STUDENTS).during(RAMP)), teachers.injectOpen(atOnceUsers(TEACHERS)))
                .protocols(Flows.protocol())
                .assertions(global().failedRequests().count().is(0L));
    }

    @Override
    public void after() {
        Latencies.write(Bench.OUT.resolve("kinds-belajar.csv"));
    }
}

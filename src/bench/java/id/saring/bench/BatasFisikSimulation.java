package id.saring.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * The "physical limit": the same lesson page served by Faces for a logged-in student and served
 * as a static file (benchmark.sh saved the page's bytes under the war's document root), each hit
 * by the same closed load (BENCH_FISIK_USERS users in a loop without think time for
 * BENCH_FISIK_SECONDS, after a short warm-up). The ratio of their throughputs is how much of
 * the server's capacity the dynamic page costs over merely sending its bytes.
 *
 * <p>Both addresses are warmed up together before either is measured
 * (BENCH_FISIK_WARMUP_SECONDS, alternating): with a warm-up of its own of 5 s, the Faces page,
 * measured first, shared the machine with the JIT compiling the request path both addresses
 * take (the C2 compiler thread used about a third of a core during the Faces page's 20 s, almost
 * nothing during the static file's, which came after), and was measured slower than it is.
 */
public class BatasFisikSimulation extends Simulation {

    static final int USERS = Bench.number("fisik.users", 10);
    static final Duration MEASURE = Bench.seconds("fisik.seconds", 20);
    static final Duration WARM_UP = Bench.seconds("fisik.warmup.seconds", 30);

    /** The static file's own warm-up, after the Faces page was measured (the JIT is done by then). */
    static final Duration STATIC_WARM_UP = Duration.ofSeconds(5);

    static ChainBuilder lesson(String kind, String url) {
        return Flows.timed(
                kind,
                http(kind)
                        .get(url)
                        .check(
                                responseTimeInMillis().saveAs(Latencies.RT),
                                status().is(200),
                                substring(Bench.LESSON_PAGE).exists()));
    }

    ScenarioBuilder dynamic = scenario("lesson dynamic")
            .feed(listFeeder(UjianSerentakSimulation.students("siswa.f", 2, USERS))
                    .queue())
            .exec(Flows.login(Bench.STUDENT_HOME))
            .exec(during(WARM_UP)
                    .on(lesson("warm-up dynamic", Bench.LESSON).exec(lesson("warm-up static", Bench.STATIC_LESSON))))
            .exec(during(MEASURE).on(lesson(Bench.LESSON_DYNAMIC, Bench.LESSON)));

    ScenarioBuilder stat = scenario("lesson static")
            .exec(during(STATIC_WARM_UP).on(lesson("warm-up static", Bench.STATIC_LESSON)))
            .exec(during(MEASURE).on(lesson(Bench.LESSON_STATIC, Bench.STATIC_LESSON)));

    {
        setUp(dynamic.injectOpen(atOnceUsers(USERS)).andThen(stat.injectOpen(atOnceUsers(USERS))))
                // Every request gets the whole page: no If-None-Match / 304 for the static file.
                .protocols(Flows.protocol().disableCaching());
    }

    @Override
    public void after() {
        Latencies.write(Bench.OUT.resolve("kinds-fisik.csv"));
    }
}

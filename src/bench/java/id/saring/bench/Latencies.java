package id.saring.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;

import io.gatling.javaapi.core.ChainBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Response times per request kind (login, page, answer save...), across the differently named
 * requests of each kind, which Gatling's own report cannot merge. A timed request saves its
 * response time in the session ("rt", its first check) and {@link #record} files it under its
 * kind when every check passed; {@link #error} counts a failed try. Written as a CSV when the
 * simulation ends; BenchReport reads it.
 */
final class Latencies {

    static final String RT = "rt";

    private static final Map<String, Kind> KINDS = new ConcurrentHashMap<>();

    private Latencies() {}

    private static final class Kind {
        final ConcurrentLinkedQueue<Integer> millis = new ConcurrentLinkedQueue<>();
        final AtomicLong errors = new AtomicLong();
        final AtomicLong begun = new AtomicLong();
        final AtomicLong firstStart = new AtomicLong(Long.MAX_VALUE);
        final AtomicLong lastEnd = new AtomicLong();
        /** Every timed request as {start ms, duration ms}: when in the run the slow ones were. */
        final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();

        void ok(long start, long end) {
            millis.add((int) (end - start));
            timeline.add(new long[] {start, end - start});
            firstStart.accumulateAndGet(start, Math::min);
            lastEnd.accumulateAndGet(end, Math::max);
        }
    }

    private static Kind kind(String name) {
        return KINDS.computeIfAbsent(name, k -> new Kind());
    }

    static void error(String kind) {
        kind(kind).errors.incrementAndGet();
    }

    /** Files the last request's time under {@code kind}; runs only when its checks passed. */
    static ChainBuilder record(String kind) {
        return exec(session -> {
            if (!session.isFailed() && session.contains(RT)) {
                long end = System.currentTimeMillis();
                kind(kind).ok(end - session.getInt(RT), end);
            }
            return session.remove(RT);
        });
    }

    /** Starts a span over several requests (e.g. exam start: login to first question). */
    static ChainBuilder begin(String kind) {
        return exec(session -> {
            kind(kind).begun.incrementAndGet();
            return session.set("begin:" + kind, System.currentTimeMillis());
        });
    }

    /** Ends the span; spans begun and never ended (the user stopped on an error) count as errors. */
    static ChainBuilder end(String kind) {
        return exec(session -> {
            if (!session.isFailed() && session.contains("begin:" + kind)) {
                kind(kind).ok(session.getLong("begin:" + kind), System.currentTimeMillis());
            }
            return session.remove("begin:" + kind);
        });
    }

    /**
     * kind,ok,errors,p50,p95,p99,max,mean,first_start_ms,last_end_ms; beside it (kinds-x.csv:
     * requests-x.csv) every request as kind,start_ms,ms, for the report's time series.
     */
    static void write(Path file) {
        writeTimeline(file.resolveSibling(file.getFileName().toString().replace("kinds-", "requests-")));
        List<String> lines = new ArrayList<>();
        lines.add("kind,ok,errors,p50,p95,p99,max,mean,first_start_ms,last_end_ms");
        new TreeMap<>(KINDS).forEach((name, kind) -> {
            List<Integer> sorted = new ArrayList<>(kind.millis);
            Collections.sort(sorted);
            long errors = kind.errors.get() + Math.max(0, kind.begun.get() - sorted.size());
            double mean = sorted.stream().mapToInt(Integer::intValue).average().orElse(0);
            lines.add(String.join(
                    ",",
                    name,
                    String.valueOf(sorted.size()),
                    String.valueOf(errors),
                    String.valueOf(percentile(sorted, 50)),
                    String.valueOf(percentile(sorted, 95)),
                    String.valueOf(percentile(sorted, 99)),
                    String.valueOf(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)),
                    String.format(java.util.Locale.ROOT, "%.1f", mean),
                    String.valueOf(sorted.isEmpty() ? 0 : kind.firstStart.get()),
                    String.valueOf(kind.lastEnd.get())));
        });
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeTimeline(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("kind,start_ms,ms");
        new TreeMap<>(KINDS).forEach((name, kind) -> kind.timeline.forEach(r -> lines.add(name + "," + r[0] + "," + r[1])));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Nearest-rank percentile. */
    static int percentile(List<Integer> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}

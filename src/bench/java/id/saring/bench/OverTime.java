package id.saring.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * A phase over time, in windows of a few seconds from its first request: the slow requests of a
 * burst sit in its first seconds, and the totals alone cannot tell a cold server from a cold load
 * generator or a busy machine. Per window: exam starts begun and their p95, pages begun and their
 * p95 (by when the request began), then CPU in % of one core: the server's (samples.csv) and of it
 * its JIT compiler threads' (code run for the first time is compiled while the burst waits), the
 * load generator's own (loadgen-phase.csv, written from inside Gatling's JVM) with the JIT
 * compilation time it spent, the rest of the machine (everything else: other programs and the
 * Maven JVM that started Gatling), and the server's threads waiting for a CPU.
 */
final class OverTime {

    private OverTime() {}

    record Request(String kind, long start, int ms) {}

    static List<String> table(Path out, String phase, List<BenchReport.Sample> samples, double tick, int windowSeconds)
            throws IOException {
        Path requestsFile = out.resolve("requests-" + phase + ".csv");
        if (!Files.exists(requestsFile)) {
            return List.of();
        }
        List<Request> requests = Files.readAllLines(requestsFile).stream()
                .skip(1)
                .map(row -> row.split(","))
                .filter(c -> c.length == 3)
                .map(c -> new Request(c[0], Long.parseLong(c[1]), Integer.parseInt(c[2])))
                .toList();
        if (requests.isEmpty()) {
            return List.of();
        }
        List<long[]> loadgen = new ArrayList<>(); // ms, cpu ms, jit ms
        Path loadgenFile = out.resolve("loadgen-" + phase + ".csv");
        if (Files.exists(loadgenFile)) {
            Files.readAllLines(loadgenFile).stream()
                    .skip(1)
                    .map(row -> row.split(","))
                    .filter(c -> c.length == 3)
                    .forEach(c -> loadgen.add(
                            new long[] {Long.parseLong(c[0]), Long.parseLong(c[1]), Long.parseLong(c[2])}));
        }
        // Windows count from the first measured request; the load generator's warm-up (if any) shows
        // before it, in negative seconds.
        long first = requests.stream()
                .filter(r -> !r.kind().startsWith("warm-up"))
                .mapToLong(Request::start)
                .min()
                .orElseThrow();
        long last = requests.stream().mapToLong(r -> r.start() + r.ms()).max().orElseThrow();
        long window = windowSeconds * 1000L;
        long warmUp = requests.stream().mapToLong(Request::start).min().orElseThrow();
        long from0 = first - (first - warmUp + window - 1) / window * window;
        List<String> lines = new ArrayList<>();
        lines.add("| s | exam starts | exam start p95 ms | pages | page p95 ms | server CPU % (of it JIT compilers)"
                + " | load generator CPU %"
                + " (JIT ms) | rest of machine CPU % | server threads waiting for a CPU |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (long from = from0; from < last; from += window) {
            long to = from + window;
            List<Integer> exam = times(requests, Bench.EXAM_START, from, to);
            List<Integer> pages = times(requests, Bench.PAGE, from, to);
            double server = rate(samples, BenchReport.Sample::ticks, from, to) / tick * 100;
            double compilers = rate(samples, BenchReport.Sample::jitTicks, from, to) / tick * 100;
            double machine = rate(samples, BenchReport.Sample::machineTicks, from, to) / tick * 100;
            double generator = rate(loadgen, r -> r[1], from, to) / 10;
            double jit = rate(loadgen, r -> r[2], from, to) * windowSeconds;
            double waiting = rate(samples, BenchReport.Sample::runqMs, from, to) / 1000;
            lines.add(String.format(
                    Locale.ROOT,
                    "| %d–%d | %d | %s | %d | %s | %s | %s | %s | %s |",
                    Math.floorDiv(from - first, 1000),
                    Math.floorDiv(to - first, 1000),
                    exam.size(),
                    exam.isEmpty() ? "" : String.valueOf(Latencies.percentile(exam, 95)),
                    pages.size(),
                    pages.isEmpty() ? "" : String.valueOf(Latencies.percentile(pages, 95)),
                    Double.isNaN(server)
                            ? ""
                            : Double.isNaN(compilers)
                                    ? String.format(Locale.ROOT, "%.0f", server)
                                    : String.format(Locale.ROOT, "%.0f (%.0f)", server, Math.max(0, compilers)),
                    Double.isNaN(generator) ? "" : String.format(Locale.ROOT, "%.0f (%.0f)", generator, jit),
                    Double.isNaN(machine) || Double.isNaN(generator)
                            ? ""
                            : String.format(Locale.ROOT, "%.0f", Math.max(0, machine - server - generator)),
                    Double.isNaN(waiting) ? "" : String.format(Locale.ROOT, "%.1f", Math.max(0, waiting))));
        }
        return lines;
    }

    private static List<Integer> times(List<Request> requests, String kind, long from, long to) {
        List<Integer> times = new ArrayList<>(requests.stream()
                .filter(r -> r.kind().equals(kind) && r.start() >= from && r.start() < to)
                .map(Request::ms)
                .toList());
        Collections.sort(times);
        return times;
    }

    /** Units per second of a counter between two moments, interpolated between samples; NaN unknown. */
    private static <T> double rate(List<T> samples, ToLongFunction<T> counter, long from, long to) {
        ToLongFunction<T> time = s -> s instanceof long[] row ? row[0] : ((BenchReport.Sample) s).ms();
        double a = at(samples, time, counter, from);
        double b = at(samples, time, counter, to);
        return Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : (b - a) / ((to - from) / 1000.0);
    }

    private static <T> double at(List<T> samples, ToLongFunction<T> time, ToLongFunction<T> counter, long ms) {
        for (int i = 1; i < samples.size(); i++) {
            T before = samples.get(i - 1);
            T after = samples.get(i);
            long t0 = time.applyAsLong(before);
            long t1 = time.applyAsLong(after);
            if (t0 <= ms && ms <= t1 && t1 > t0) {
                long c0 = counter.applyAsLong(before);
                long c1 = counter.applyAsLong(after);
                if (c0 < 0 || c1 < 0) {
                    return Double.NaN;
                }
                return c0 + (c1 - c0) * (double) (ms - t0) / (t1 - t0);
            }
        }
        return Double.NaN;
    }
}

package id.saring.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Turns what benchmark.sh collected in target/bench (kinds-*.csv from the simulations,
 * samples.csv, phases.csv, metrics.properties, class histograms, Gatling's console logs, the
 * Flight Recorder files and the server log)
 * into report.md, and prints it. Targets are marked PASS or MISS.
 */
public final class BenchReport {

    private BenchReport() {}

    record Kind(String name, long ok, long errors, int p50, int p95, int p99, int max, long firstStart, long lastEnd) {}

    /**
     * One second of the server: RSS, CPU ticks, threads, the milliseconds its threads have waited
     * for a CPU while runnable (-1 when not sampled), the machine's load average (-1 likewise) and
     * the whole machine's busy CPU ticks (-1 likewise).
     */
    record Sample(
            long ms, long rssKb, long ticks, long threads, long runqMs, double load, long machineTicks, long jitTicks) {}

    private final StringBuilder md = new StringBuilder();
    private final List<String[]> targets = new ArrayList<>();

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
        BenchReport report = new BenchReport();
        String text = report.render(out);
        Files.writeString(out.resolve("report.md"), text);
        System.out.println(text);
        System.out.println("Report: " + out.resolve("report.md"));
    }

    /** The runs of benchmark.sh, in their order. */
    static final List<String> PHASES = List.of("fisik", "kartu", "ujian", "belajar");

    String render(Path out) throws IOException {
        Properties metrics = new Properties();
        try (Reader reader = Files.newBufferedReader(out.resolve("metrics.properties"))) {
            metrics.load(reader);
        }
        Map<String, Map<String, Kind>> phases = new LinkedHashMap<>();
        for (String phase : PHASES) {
            phases.put(phase, kinds(out.resolve("kinds-" + phase + ".csv")));
        }
        List<Sample> samples = samples(out.resolve("samples.csv"));
        Map<String, long[]> walls = phases(out.resolve("phases.csv"));
        double tick = Double.parseDouble(metrics.getProperty("clk.tck", "100"));
        int belajarStudents = Integer.parseInt(metrics.getProperty("students.belajar", "0"));
        int ujianStudents = Integer.parseInt(metrics.getProperty("students.ujian", "0"));
        int kartuStudents = Integer.parseInt(metrics.getProperty("students.kartu", "0"));

        String title = String.format(
                "%s · %d cores (%s) · %s · %d students \"belajar\" (+%s teachers) · %d students \"ujian serentak\""
                        + " · %d students \"hari ujian\"",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE),
                Runtime.getRuntime().availableProcessors(),
                metrics.getProperty("cpu.model", "?"),
                metrics.getProperty("java", "?"),
                belajarStudents,
                metrics.getProperty("teachers", "?"),
                ujianStudents,
                kartuStudents);

        // Scenarios
        Map<String, Long> sessions = new LinkedHashMap<>();
        Map<String, Double> heapPerSession = new LinkedHashMap<>();
        // Per phase: the heap in use as the JVM counts it before and after, and the class histogram
        // taken before it (the one after it is "after-<phase>").
        String[][] heapSteps = {
            {"kartu", "heap.before.kartu.kb", "heap.after.kartu.kb", "before-kartu"},
            {"ujian", "heap.after.kartu.kb", "heap.after.ujian.kb", "after-kartu"},
            {"belajar", "heap.after.ujian.kb", "heap.after.belajar.kb", "after-ujian"}
        };
        Map<String, long[]> liveHeap = new LinkedHashMap<>();
        Map<String, Map<String, Long>> grownClasses = new LinkedHashMap<>();
        Map<String, String[]> heapStep = new LinkedHashMap<>();
        for (String[] step : heapSteps) {
            String phase = step[0];
            heapStep.put(phase, step);
            Map<String, Kind> kinds = phases.get(phase);
            long logins = Optional.ofNullable(kinds.get(Bench.LOGIN)).map(Kind::ok).orElse(0L)
                    + Optional.ofNullable(kinds.get(Bench.CARD_LOGIN)).map(Kind::ok).orElse(0L);
            sessions.put(phase, logins);
            Path before = out.resolve("histo-" + step[3] + ".txt");
            Path after = out.resolve("histo-after-" + phase + ".txt");
            if (Files.exists(before) && Files.exists(after)) {
                Map<String, long[]> from = histogram(before);
                Map<String, long[]> to = histogram(after);
                Map<String, Long> growth = growth(from, to);
                grownClasses.put(phase, growth);
                long grown = growth.values().stream().mapToLong(Long::longValue).sum();
                liveHeap.put(phase, new long[] {liveBytes(from), liveBytes(to), grown});
                if (logins > 0) {
                    heapPerSession.put(phase, grown / 1024.0 / logins);
                }
            }
        }

        String[] titles = {
            "kartu",
                    "Hari ujian: scan the login card, start the same quiz within "
                            + Bench.setting("kartu.arrival.seconds", "60")
                            + " s, 10 answers (3-10 s think), submit",
            "ujian",
                    "Ujian serentak: type username and password, start the same quiz within "
                            + Bench.setting("ujian.arrival.seconds", "60")
                            + " s, 10 answers (3-10 s think), submit",
            "belajar",
                    "Belajar: lessons, \"Selesai, lanjut\", module quizzes (5-15 s think); teachers refresh their class page"
        };
        for (int t = 0; t < titles.length; t += 2) {
            String phase = titles[t];
            Map<String, Kind> kinds = phases.get(phase);
            line("## " + titles[t + 1]);
            line("");
            if (kinds.isEmpty()) {
                line("(not run)");
                line("");
                continue;
            }
            // The load generator's own warm-up (HariUjianSimulation) is not part of the phase.
            long first = kinds.values().stream()
                    .filter(k -> !k.name().startsWith("warm-up"))
                    .mapToLong(Kind::firstStart)
                    .filter(v -> v > 0)
                    .min()
                    .orElse(0);
            long last = kinds.values().stream()
                    .filter(k -> !k.name().startsWith("warm-up"))
                    .mapToLong(Kind::lastEnd)
                    .max()
                    .orElse(0);
            double seconds = Math.max(1, (last - first) / 1000.0);
            line("| request kind | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |");
            line("|---|---:|---:|---:|---:|---:|---:|---:|");
            long total = 0;
            long errors = 0;
            for (Kind k : kinds.values()) {
                if (k.name().startsWith("warm-up")) {
                    continue;
                }
                boolean span = k.name().equals(Bench.EXAM_START);
                if (!span) {
                    total += k.ok() + k.errors();
                    errors += k.errors();
                }
                line(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %s | %d | %d | %d | %d |",
                        span ? k.name() + " (login or card page → first question, spans 6 requests)" : k.name(),
                        k.ok() + k.errors(),
                        k.errors(),
                        span ? "" : String.format(Locale.ROOT, "%.1f", (k.ok() + k.errors()) / seconds),
                        k.p50(),
                        k.p95(),
                        k.p99(),
                        k.max()));
            }
            line(String.format(
                    Locale.ROOT, "| **all requests** | %d | %d | **%.1f** | | | | |", total, errors, total / seconds));
            line("");
            Server server = server(samples, first, last, tick);
            line(String.format(
                    Locale.ROOT,
                    "Server over these %.0f s: CPU %.0f%% of one core (%.0f%% of the machine), RSS peak %d MB"
                            + " (mean %d MB), up to %d threads.",
                    seconds,
                    server.cpuPercent,
                    server.cpuPercent / Runtime.getRuntime().availableProcessors(),
                    server.peakRssKb / 1024,
                    server.meanRssKb / 1024,
                    server.threads));
            if (server.runnableWaiting() >= 0 && server.meanLoad() >= 0) {
                line(String.format(
                        Locale.ROOT,
                        "Waiting for a CPU: on average %.1f of the server's threads were runnable but not running"
                                + " (run queue, /proc schedstat); machine load average (1 min) %.1f mean, %.1f max"
                                + " on %d cores%s.",
                        server.runnableWaiting(),
                        server.meanLoad(),
                        server.maxLoad(),
                        Runtime.getRuntime().availableProcessors(),
                        server.meanLoad() > Runtime.getRuntime().availableProcessors()
                                ? ": more runnable threads than cores (the server's, the load generator's and any"
                                        + " other program's), so latencies include waiting for a CPU"
                                : ""));
            }
            String[] step = heapStep.get(phase);
            long[] live = liveHeap.get(phase);
            long logins = sessions.get(phase);
            line(live == null
                    ? "Class histograms before and after this phase: not taken."
                    : String.format(
                            Locale.ROOT,
                            "Live heap after full GC (class histogram, the collector's filler arrays left out): %.1f MB"
                                    + " before, %.1f MB after, with %d new live sessions: %s per session net; the"
                                    + " classes that grew, summed: %s per session (the target's figure: what shrank"
                                    + " meanwhile, such as H2's page cache, is not subtracted). Heap in use as the JVM"
                                    + " counts it, dead space included: %d MB before, %d MB after.",
                            live[0] / 1048576.0,
                            live[1] / 1048576.0,
                            logins,
                            perSession(live[1] - live[0], logins),
                            perSession(live[2], logins),
                            kb(metrics, step[1]) / 1024,
                            kb(metrics, step[2]) / 1024));
            if (live != null && logins > 0) {
                line(heapGrowth(grownClasses.get(phase), logins));
            }
            gatling(out, phase).ifPresent(g -> line("Gatling's own count: " + g + "."));
            line("");
            List<String> overTime = OverTime.table(out, phase, samples, tick, 5);
            if (!overTime.isEmpty()) {
                line("Over time, 5 s windows from the phase's first request (CPU in % of one core; negative"
                        + " seconds: the load generator's own warm-up, static file requests only):");
                line("");
                overTime.forEach(this::line);
                line("");
            }
        }

        // Physical limit
        Map<String, Kind> fisik = phases.get("fisik");
        Kind dynamic = fisik.get(Bench.LESSON_DYNAMIC);
        Kind statik = fisik.get(Bench.LESSON_STATIC);
        double dynamicRate = rate(dynamic);
        double staticRate = rate(statik);
        line("## Physical limit: the same lesson page, Faces vs static file");
        line("");
        line(String.format(
                "%s users in a loop without think time, %s s each after a warm-up; the page is %s bytes"
                        + " (%s gzip from Faces, %s gzip as a static file).",
                metrics.getProperty("students.fisik", "?"),
                Bench.setting("fisik.seconds", "20"),
                metrics.getProperty("lesson.bytes", "?"),
                metrics.getProperty("lesson.dynamic.gzip.bytes", "?"),
                metrics.getProperty("lesson.static.gzip.bytes", "?")));
        line("");
        line("| served as | requests | errors | req/s | p50 ms | p95 ms | p99 ms |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (Kind k : new Kind[] {dynamic, statik}) {
            if (k != null) {
                line(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %.0f | %d | %d | %d |",
                        k.name().equals(Bench.LESSON_DYNAMIC) ? "Faces page (logged-in student)" : "static file",
                        k.ok() + k.errors(),
                        k.errors(),
                        rate(k),
                        k.p50(),
                        k.p95(),
                        k.p99()));
            }
        }
        if (dynamicRate > 0 && staticRate > 0) {
            line("");
            line(String.format(
                    Locale.ROOT,
                    "Dynamic / static throughput: **%.0f%%** (the static file is served %.1f× as fast).",
                    100 * dynamicRate / staticRate,
                    staticRate / dynamicRate));
        }
        Server fisikServer = fisik.isEmpty()
                ? null
                : server(
                        samples,
                        fisik.values().stream()
                                .mapToLong(Kind::firstStart)
                                .filter(v -> v > 0)
                                .min()
                                .orElse(0),
                        fisik.values().stream().mapToLong(Kind::lastEnd).max().orElse(0),
                        tick);
        if (fisikServer != null) {
            line(String.format(Locale.ROOT, "Server CPU during this run: %.0f%% of one core.", fisikServer.cpuPercent));
        }
        line("");

        line("## Start");
        line("");
        line("- Cold start to first page, fresh database (migrations, first administrator, 4 courses published): "
                + metrics.getProperty("cold.start.fresh.s", "?") + " s");
        line("- Cold start to first page, seeded database (the run's server): "
                + metrics.getProperty("cold.start.s", "?") + " s");
        samples.stream()
                .findFirst()
                .ifPresent(s -> line("- RSS right after start: " + s.rssKb() / 1024
                        + " MB; maximum heap (-Xmx, JVM default): " + kb(metrics, "heap.max.kb") / 1024 + " MB"));
        line("- Server JVM options: " + metrics.getProperty("server.java.opts", "(none)"));
        line("- SEVERE lines in the server log during the run: " + metrics.getProperty("server.severe", "?"));
        line("");

        // Targets
        long allErrors = phases.values().stream()
                .flatMap(m -> m.values().stream())
                .filter(k -> !k.name().equals(Bench.EXAM_START))
                .mapToLong(Kind::errors)
                .sum();
        long gatlingKo = gatlingKo(out);
        boolean allRan = phases.values().stream().noneMatch(Map::isEmpty);
        target(
                "0 errors",
                (allRan ? "" : "not every scenario ran; ") + allErrors
                        + " failed requests in all runs, warm-up included (Gatling: " + gatlingKo
                        + " KO); every response is checked for its status and a marker of the expected page",
                allRan && allErrors == 0 && gatlingKo == 0);
        worst(phases, Bench.ANSWER_SAVE, 300, "answer save p95 ≤ 300 ms");
        worst(phases, Bench.PAGE, 800, "page p95 ≤ 800 ms");
        Kind cardExam = phases.get("kartu").get(Bench.EXAM_START);
        Kind typedExam = phases.get("ujian").get(Bench.EXAM_START);
        target(
                "exam start (card or login → first question) p95 ≤ 1.5 s",
                (cardExam == null ? "cards not run" : "cards " + cardExam.p95() + " ms (" + kartuStudents + " students)")
                        + "; "
                        + (typedExam == null
                                ? "typed not run"
                                : "typed passwords " + typedExam.p95() + " ms (" + ujianStudents + " students)"),
                cardExam != null && cardExam.p95() <= 1500 && (typedExam == null || typedExam.p95() <= 1500));
        String perSession = heapPerSession.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f KB", e.getKey(), e.getValue()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("n/a");
        target(
                "≤ 40 KB heap per active session",
                perSession,
                !heapPerSession.isEmpty() && heapPerSession.values().stream().allMatch(v -> v <= 40));
        long peak = samples.stream().mapToLong(Sample::rssKb).max().orElse(0) / 1024;
        Server kartuServer = phases.get("kartu").isEmpty()
                ? null
                : server(
                        samples,
                        walls.getOrDefault("kartu", new long[2])[0],
                        walls.getOrDefault("kartu", new long[2])[1],
                        tick);
        target(
                "RSS ≤ 700 MB with 1,000 students",
                peak + " MB peak over the whole run"
                        + (kartuServer == null ? "" : " (" + kartuServer.peakRssKb / 1024 + " MB during \"hari ujian\")")
                        + (kartuStudents < 1000 ? "; fewer than 1,000 card students: not the target's load" : ""),
                samples.size() > 0 && peak <= 700 && kartuStudents >= 1000);
        target(
                "lesson page ≥ 50% of the static file's rate",
                dynamicRate > 0 && staticRate > 0
                        ? String.format(Locale.ROOT, "%.0f%% (%.0f vs %.0f req/s)", 100 * dynamicRate / staticRate,
                                dynamicRate, staticRate)
                        : "not run",
                dynamicRate > 0 && staticRate > 0 && dynamicRate >= staticRate / 2);

        String body = md.toString();
        StringBuilder all = new StringBuilder();
        all.append("# Saring load benchmark\n\n").append(title).append("\n\n");
        if (metrics.getProperty("server.ended.during") != null) {
            all.append("**WARNING: Saring's process ended during \"")
                    .append(metrics.getProperty("server.ended.during"))
                    .append(
                            "\" (stopped from outside, or crashed); later runs were skipped. Numbers below are incomplete.**\n\n");
        }
        all.append("## Targets\n\n");
        all.append("| target | measured | |\n|---|---|---|\n");
        for (String[] t : targets) {
            all.append("| ")
                    .append(t[0])
                    .append(" | ")
                    .append(t[1])
                    .append(" | ")
                    .append(t[2])
                    .append(" |\n");
        }
        all.append('\n').append(body);
        profileSummary(out).ifPresent(all::append);
        logSummary(out.resolve("server/server.log")).ifPresent(all::append);
        all.append("\nGatling's HTML reports:\n");
        for (String phase : PHASES) {
            all.append("- ")
                    .append(phase)
                    .append(": ")
                    .append(metrics.getProperty("gatling.report." + phase, "?"))
                    .append('\n');
        }
        return all.toString();
    }

    private void worst(Map<String, Map<String, Kind>> phases, String kind, int limit, String target) {
        List<String> measured = new ArrayList<>();
        boolean pass = true;
        boolean any = false;
        for (String phase : List.of("kartu", "ujian", "belajar")) {
            Kind k = phases.get(phase).get(kind);
            if (k != null) {
                any = true;
                measured.add(phase + " " + k.p95() + " ms");
                pass &= k.p95() <= limit;
            }
        }
        target(target, any ? String.join(", ", measured) : "not run", any && pass);
    }

    private void target(String name, String measured, boolean pass) {
        targets.add(new String[] {name, measured, pass ? "PASS" : "**MISS**"});
    }

    private void line(String text) {
        md.append(text).append('\n');
    }

    private static long kb(Properties metrics, String key) {
        String value = metrics.getProperty(key, "0").trim();
        return value.isEmpty() ? 0 : Long.parseLong(value);
    }

    private static double rate(Kind k) {
        return k == null || k.lastEnd() <= k.firstStart() ? 0 : k.ok() / ((k.lastEnd() - k.firstStart()) / 1000.0);
    }

    /**
     * The server over a run. {@code runnableWaiting}: threads that were runnable but waiting for a
     * CPU, on average (thread-seconds in the run queue per second; -1 unknown); {@code meanLoad} and
     * {@code maxLoad}: the machine's 1-minute load average (-1 unknown).
     */
    record Server(
            double cpuPercent,
            long peakRssKb,
            long meanRssKb,
            long threads,
            double runnableWaiting,
            double meanLoad,
            double maxLoad) {}

    static Server server(List<Sample> samples, long from, long to, double tick) {
        List<Sample> in = samples.stream()
                .filter(s -> s.ms() >= from - 1000 && s.ms() <= to + 1000)
                .toList();
        if (in.size() < 2) {
            return new Server(0, 0, 0, 0, -1, -1, -1);
        }
        Sample a = in.get(0);
        Sample b = in.get(in.size() - 1);
        double cpu = (b.ticks() - a.ticks()) / tick / ((b.ms() - a.ms()) / 1000.0) * 100;
        long peak = in.stream().mapToLong(Sample::rssKb).max().orElse(0);
        long mean = (long) in.stream().mapToLong(Sample::rssKb).average().orElse(0);
        long threads = in.stream().mapToLong(Sample::threads).max().orElse(0);
        // Summed over the threads alive at each sample: a thread that ended takes its share along,
        // so this is a lower bound (and never below zero).
        double waiting = a.runqMs() < 0 || b.runqMs() < 0
                ? -1
                : Math.max(0, b.runqMs() - a.runqMs()) / (double) (b.ms() - a.ms());
        List<Sample> loads = in.stream().filter(s -> s.load() >= 0).toList();
        double meanLoad = loads.stream().mapToDouble(Sample::load).average().orElse(-1);
        double maxLoad = loads.stream().mapToDouble(Sample::load).max().orElse(-1);
        return new Server(cpu, peak, mean, threads, waiting, meanLoad, maxLoad);
    }

    static Map<String, Kind> kinds(Path file) throws IOException {
        Map<String, Kind> kinds =
                new TreeMap<>(Comparator.comparingInt(BenchReport::order).thenComparing(s -> s));
        if (!Files.exists(file)) {
            return kinds;
        }
        for (String row :
                Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
            String[] c = row.split(",");
            kinds.put(
                    c[0],
                    new Kind(
                            c[0],
                            Long.parseLong(c[1]),
                            Long.parseLong(c[2]),
                            Integer.parseInt(c[3]),
                            Integer.parseInt(c[4]),
                            Integer.parseInt(c[5]),
                            Integer.parseInt(c[6]),
                            Long.parseLong(c[8]),
                            Long.parseLong(c[9])));
        }
        return kinds;
    }

    private static int order(String kind) {
        List<String> order = List.of(
                Bench.EXAM_START,
                Bench.LOGIN,
                Bench.PAGE,
                Bench.QUIZ_START,
                Bench.ANSWER_SAVE,
                Bench.ANSWER_CHECK,
                Bench.SUBMIT,
                Bench.MARK_READ);
        int at = order.indexOf(kind);
        return at < 0 ? order.size() : at;
    }

    static List<Sample> samples(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Sample> samples = new ArrayList<>();
        for (String row : Files.readAllLines(file)) {
            String[] c = row.split(",");
            if ((c.length == 4 || c.length == 6 || c.length == 7 || c.length == 8)
                    && c[0].matches("\\d+")
                    && c[1].matches("\\d+")
                    && c[2].matches("\\d+")) {
                boolean more = c.length >= 6 && c[4].matches("\\d+") && c[5].trim().matches("[\\d.]+");
                boolean machine = c.length >= 7 && c[6].trim().matches("\\d+");
                boolean jit = c.length == 8 && c[7].trim().matches("\\d+");
                samples.add(new Sample(
                        Long.parseLong(c[0]),
                        Long.parseLong(c[1]),
                        Long.parseLong(c[2]),
                        Long.parseLong(c[3].trim()),
                        more ? Long.parseLong(c[4]) : -1,
                        more ? Double.parseDouble(c[5].trim()) : -1,
                        machine ? Long.parseLong(c[6].trim()) : -1,
                        jit ? Long.parseLong(c[7].trim()) : -1));
            }
        }
        return samples;
    }

    static Map<String, long[]> phases(Path file) throws IOException {
        Map<String, long[]> phases = new LinkedHashMap<>();
        if (Files.exists(file)) {
            for (String row : Files.readAllLines(file)) {
                String[] c = row.split(",");
                phases.put(c[0], new long[] {Long.parseLong(c[1]), Long.parseLong(c[2])});
            }
        }
        return phases;
    }

    private static final Pattern GATLING_COUNT =
            Pattern.compile("> request count\\s*\\|\\s*([\\d,]+)\\s*\\|\\s*([\\d,-]+)\\s*\\|\\s*(\\S+)");

    /** Gatling's global request count from its console summary. */
    static Optional<String> gatling(Path out, String phase) throws IOException {
        Path log = out.resolve("gatling-" + phase + ".log");
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        Matcher m = GATLING_COUNT.matcher(Files.readString(log));
        String found = null;
        while (m.find()) {
            found = m.group(1) + " requests, " + (m.group(3).equals("-") ? "0" : m.group(3)) + " KO";
        }
        return Optional.ofNullable(found);
    }

    static long gatlingKo(Path out) throws IOException {
        long ko = 0;
        for (String phase : PHASES) {
            Path log = out.resolve("gatling-" + phase + ".log");
            if (Files.exists(log)) {
                Matcher m = GATLING_COUNT.matcher(Files.readString(log));
                long last = 0;
                while (m.find()) {
                    last = m.group(3).equals("-")
                            ? 0
                            : Long.parseLong(m.group(3).replace(",", ""));
                }
                ko += last;
            }
        }
        return ko;
    }

    /** What the server's Java threads were running, from the Flight Recorder files of each run. */
    static Optional<String> profileSummary(Path out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String phase : PHASES) {
            Path file = out.resolve("profile-" + phase + ".jfr");
            if (!Files.exists(file)) {
                continue;
            }
            Map<String, Integer> categories = new TreeMap<>();
            Map<String, Integer> saring = new TreeMap<>();
            int samples = 0;
            try (RecordingFile recording = new RecordingFile(file)) {
                while (recording.hasMoreEvents()) {
                    RecordedEvent event = recording.readEvent();
                    if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                            || event.getStackTrace() == null) {
                        continue;
                    }
                    samples++;
                    List<String> frames = new ArrayList<>();
                    for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                        if (frame.isJavaFrame()) {
                            frames.add(frame.getMethod().getType().getName() + "."
                                    + frame.getMethod().getName());
                        }
                    }
                    categories.merge(category(frames), 1, Integer::sum);
                    frames.stream()
                            .filter(f -> f.startsWith("id.saring.") && !f.contains("Filter."))
                            .findFirst()
                            .ifPresent(f -> saring.merge(f.replaceAll("\\$\\$.*?\\.", "."), 1, Integer::sum));
                }
            }
            if (samples == 0) {
                continue;
            }
            int total = samples;
            text.append(String.format(Locale.ROOT, "**%s** (%d CPU samples of Java threads):%n%n", phase, samples));
            text.append("| where (innermost match) | share |\n|---|---:|\n");
            top(categories, 12)
                    .forEach((k, v) ->
                            text.append(String.format(Locale.ROOT, "| %s | %.0f%% |%n", k, 100.0 * v / total)));
            text.append("\n| innermost Saring method (inclusive) | share |\n|---|---:|\n");
            top(saring, 8)
                    .forEach((k, v) ->
                            text.append(String.format(Locale.ROOT, "| `%s` | %.1f%% |%n", k, 100.0 * v / total)));
            text.append('\n');
        }
        return text.length() == 0
                ? Optional.empty()
                : Optional.of("\n## Where the server's CPU goes (Java Flight Recorder)\n\n" + text
                        + waitSummary(out).orElse(""));
    }

    /** JFR's events of a thread that waits (JFR's default settings record those of 20 ms or more). */
    private static final Map<String, String> WAITS = Map.of(
            "jdk.JavaMonitorEnter", "blocked on a monitor (synchronized)",
            "jdk.JavaMonitorWait", "Object.wait",
            "jdk.ThreadPark", "parked (locks, pools, queues)",
            "jdk.SocketRead", "socket read",
            "jdk.FileForce", "fsync (FileChannel.force)",
            "jdk.FileWrite", "file write");

    /**
     * Where the server's threads waited in each run: the total time of JFR's wait events, by kind
     * and by the first frame in Saring, H2, EclipseLink, Soteria, the pool or Grizzly that waited
     * (idle pool threads waiting for work are left out: they wait for requests, not on them).
     */
    static Optional<String> waitSummary(Path out) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String phase : PHASES) {
            Path file = out.resolve("profile-" + phase + ".jfr");
            if (!Files.exists(file)) {
                continue;
            }
            Map<String, Double> where = new TreeMap<>();
            Map<String, Double> kinds = new TreeMap<>();
            try (RecordingFile recording = new RecordingFile(file)) {
                while (recording.hasMoreEvents()) {
                    RecordedEvent event = recording.readEvent();
                    String kind = WAITS.get(event.getEventType().getName());
                    if (kind == null || event.getStackTrace() == null) {
                        continue;
                    }
                    List<String> frames = new ArrayList<>();
                    for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                        if (frame.isJavaFrame()) {
                            frames.add(frame.getMethod().getType().getName() + "."
                                    + frame.getMethod().getName());
                        }
                    }
                    if (idle(frames)) {
                        continue;
                    }
                    double ms = event.getDuration().toNanos() / 1e6;
                    kinds.merge(kind, ms, Double::sum);
                    where.merge(kind + " in `" + waiter(frames) + "`", ms, Double::sum);
                }
            }
            if (where.isEmpty()) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "**%s** waits of 20 ms or more, summed over threads:%n%n", phase));
            text.append("| kind | seconds |\n|---|---:|\n");
            topDouble(kinds, 6)
                    .forEach((k, v) -> text.append(String.format(Locale.ROOT, "| %s | %.1f |%n", k, v / 1000)));
            text.append("\n| where | seconds |\n|---|---:|\n");
            topDouble(where, 10)
                    .forEach((k, v) -> text.append(String.format(Locale.ROOT, "| %s | %.1f |%n", k, v / 1000)));
            text.append('\n');
        }
        return text.length() == 0
                ? Optional.empty()
                : Optional.of("\n## Where the server's threads wait (Java Flight Recorder)\n\n" + text);
    }

    private static final List<String> WAITERS = List.of(
            "id.saring.",
            "org.h2.",
            "org.eclipse.persistence.",
            "org.glassfish.soteria.",
            "com.sun.enterprise.resource.",
            "com.sun.enterprise.security.",
            "org.glassfish.grizzly.",
            "com.sun.faces.");

    /** A worker thread waiting for its next task, a selector, a timer: not waiting on a request. */
    static boolean idle(List<String> frames) {
        return frames.stream()
                .anyMatch(f -> f.contains("ThreadPoolExecutor.getTask")
                        || f.contains("LinkedTransferQueue")
                        || f.contains("SynchronousQueue")
                        || f.contains("ScheduledThreadPoolExecutor$DelayedWorkQueue.take")
                        || f.contains("AbstractThreadPool$Worker.getTask")
                        || f.contains("SyncThreadPool$SyncThreadWorker.getTask")
                        || f.contains("grizzly.utils.DelayedExecutor")
                        || f.contains("sun.nio.ch.SelectorImpl")
                        || f.contains("ForkJoinPool.awaitWork")
                        || f.contains("java.lang.ref.")
                        || f.contains("jdk.jfr."));
    }

    static String waiter(List<String> frames) {
        for (String frame : frames) {
            for (String prefix : WAITERS) {
                if (frame.startsWith(prefix)) {
                    return frame.replaceAll("\\$\\$.*?\\.", ".");
                }
            }
        }
        return frames.isEmpty() ? "?" : frames.get(0);
    }

    static Map<String, Double> topDouble(Map<String, Double> values, int limit) {
        Map<String, Double> top = new LinkedHashMap<>();
        values.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }

    private static final String[][] CATEGORIES = {
        {
            "PBKDF2 password hashing",
            "PBKDF2",
            "HmacCore",
            "com.sun.crypto.provider.HmacSHA",
            "sun.security.provider.SHA2"
        },
        {"exceptions (stack traces filled)", "java.lang.Throwable.fillInStackTrace", "java.lang.StackTraceElement"},
        {"logging", "java.util.logging.", "com.sun.enterprise.server.logging", "fish.payara.logging"},
        {"gzip compression", "java.util.zip.Deflater", "GZIPOutputStream", "org.glassfish.grizzly.http.GZip"},
        {"H2 database", "org.h2."},
        {"EclipseLink (JPA)", "org.eclipse.persistence."},
        {
            "security (Soteria, JACC, roles)",
            "org.glassfish.soteria.",
            "com.sun.enterprise.security.",
            "org.glassfish.exousia."
        },
        {"JNDI lookups", "com.sun.enterprise.naming.", "javax.naming."},
        {"Faces (Mojarra) and EL", "com.sun.faces.", "jakarta.faces.", "org.glassfish.expressly.", "jakarta.el."},
        {"CDI (Weld)", "org.jboss.weld."},
        {"Saring code", "id.saring."},
        {"HTTP (Grizzly, web container)", "org.glassfish.grizzly.", "org.apache.catalina.", "com.sun.enterprise.web."},
        {"Hazelcast and Payara services", "com.hazelcast.", "fish.payara."}
    };

    static String category(List<String> frames) {
        for (String frame : frames) {
            for (String[] category : CATEGORIES) {
                for (int i = 1; i < category.length; i++) {
                    if (frame.contains(category[i])) {
                        return category[0];
                    }
                }
            }
        }
        return "other (JDK, JIT-compiled leaf code)";
    }

    /**
     * Bytes of the objects in a class histogram taken after a full GC, without the filler arrays:
     * the serial collector's full collection leaves dead objects in place where moving the live
     * ones after them would cost more (up to {@code -XX:MarkSweepDeadRatio}, 5% of the old
     * generation), fills that space with {@code jdk.internal.vm.FillerElement[]} arrays, and
     * counts it as used: 0 to 10.6 MB in the full run of 2026-12-07 11:56, which swung the heap
     * in use by more than a whole phase's sessions take.
     */
    static long liveBytes(Map<String, long[]> histogram) {
        return histogram.entrySet().stream()
                .filter(e -> !isFiller(e.getKey()))
                .mapToLong(e -> e.getValue()[1])
                .sum();
    }

    /** Per class, the bytes by which it grew from one class histogram to the next; fillers left out. */
    static Map<String, Long> growth(Map<String, long[]> before, Map<String, long[]> after) {
        Map<String, Long> growth = new TreeMap<>();
        after.forEach((name, v) -> {
            long bytes = v[1] - before.getOrDefault(name, new long[2])[1];
            if (bytes > 0 && !isFiller(name)) {
                growth.put(name, bytes);
            }
        });
        return growth;
    }

    private static String perSession(long bytes, long sessions) {
        return sessions > 0 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0 / sessions) : "n/a";
    }

    private static boolean isFiller(String className) {
        return className.startsWith("jdk.internal.vm.Filler") || className.startsWith("[Ljdk.internal.vm.Filler");
    }

    /** The classes that grew most in a phase ({@link #growth}), per new session. */
    static String heapGrowth(Map<String, Long> growth, long sessions) {
        Map<String, Integer> bytes = new TreeMap<>();
        growth.forEach((name, grown) -> bytes.put(name, (int) Math.min(Integer.MAX_VALUE, grown)));
        List<String> parts = new ArrayList<>();
        top(bytes, 6)
                .forEach((k, v) -> parts.add(String.format(Locale.ROOT, "`%s` %.1f KB", k, v / 1024.0 / sessions)));
        return "Heap growth by class, per new session: " + String.join(", ", parts) + ".";
    }

    private static Map<String, long[]> histogram(Path file) throws IOException {
        Map<String, long[]> classes = new LinkedHashMap<>();
        Pattern row = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
        for (String line : Files.readAllLines(file)) {
            Matcher m = row.matcher(line);
            if (m.find()) {
                classes.merge(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))}, (x, y) ->
                        new long[] {x[0] + y[0], x[1] + y[1]});
            }
        }
        return classes;
    }

    private static final Pattern LOG_LINE =
            Pattern.compile("\\[(WARNING|SEVERE|WARN)\\W.*?\\[levelValue: \\d+\\]\\s*(.{0,110})");

    /** The server's most frequent warnings during the run (every one costs a log write). */
    static Optional<String> logSummary(Path log) throws IOException {
        if (!Files.exists(log)) {
            return Optional.empty();
        }
        Map<String, Integer> counts = new TreeMap<>();
        for (String line : Files.readAllLines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
            Matcher m = LOG_LINE.matcher(line.replaceAll("\u001B\\[[0-9;]*m", ""));
            if (m.find()) {
                counts.merge(m.group(1) + ": " + m.group(2).trim(), 1, Integer::sum);
            }
        }
        if (counts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text =
                new StringBuilder("\n## Server log: most frequent warnings\n\n| count | message |\n|---:|---|\n");
        top(counts, 6).forEach((k, v) -> text.append("| ")
                .append(v)
                .append(" | ")
                .append(k.replace("|", "/"))
                .append(" |\n"));
        return Optional.of(text.toString());
    }

    private static Map<String, Integer> top(Map<String, Integer> counts, int n) {
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
    }
}

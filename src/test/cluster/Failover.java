import id.saring.testing.HtmlForms;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The failover test's students and its verdict, as one Java file run by the source launcher with
 * the forms reader it shares with the load benchmark compiled beside it
 * ({@code javac -d <classes> src/test/java/id/saring/testing/HtmlForms.java}, then
 * {@code java -cp <classes>:<postgresql driver> src/test/cluster/Failover.java ...}); see
 * src/test/scripts/failover.sh, which runs the three steps:
 *
 * <ul>
 *   <li>{@code seed <jdbc-url> <students>}: opens accounts {@code siswa.c001...} with the
 *       administrator's password hash (so they log in with CLUSTER_ADMIN_PASSWORD), ids taken
 *       from the app's own sequence in EclipseLink's blocks of 50.
 *   <li>{@code run <base-url> <students> <password> <out-dir>}: every student logs in through
 *       the balancer's login form, reads a lesson ("Selesai, lanjut"), starts or resumes the quiz
 *       and saves answers as quiz.js does (POST /learn/answer, Accept: application/json, a growing
 *       sequence per question, the same body again after a failure, one second apart), reloads
 *       the attempt page now and then, and after 30 to 90 s logs out and comes back as a new
 *       browser (so the balancer spreads sessions again). Runs until {@code <out-dir>/stop}
 *       exists. Writes acks.csv (every save answered 2xx JSON) and problems.csv.
 *   <li>{@code verify <jdbc-url> <out-dir> <events.log>}: every acknowledged save must be in
 *       attempt_answer (same or newer sequence; the same response when the sequence is the same);
 *       prints and writes report.md; exit status 1 when an answer was lost or an error page seen.
 * </ul>
 *
 * <p>What counts: an <b>error page</b> is a page (login, lesson, quiz, attempt) answered with
 * anything but its expected status, or not answered at all, as a person would see it; a
 * <b>lost session</b> is being sent to the login page in the middle of the quiz. A save that
 * fails is not an error page: quiz.js keeps the answer on the device, says "Menunggu koneksi"
 * and sends it again; those are counted as <b>save retries</b>, and the time until the save
 * went through is the <b>wait</b>.
 */
public class Failover {

    static final String COURSE = System.getenv().getOrDefault("FAILOVER_COURSE", "kesejahteraan-digital");
    static final String QUIZ = System.getenv().getOrDefault("FAILOVER_QUIZ", "kuis-kebanjiran-informasi");

    public static void main(String[] args) throws Exception {
        switch (args.length == 0 ? "" : args[0]) {
            case "seed" -> seed(args[1], Integer.parseInt(args[2]));
            case "run" -> run(args[1], Integer.parseInt(args[2]), args[3], Path.of(args[4]));
            case "verify" -> System.exit(verify(args[1], Path.of(args[2]), Path.of(args[3])));
            case "compare" -> System.exit(compare(args[1], args[2]));
            default -> {
                System.err.println("usage: Failover seed <jdbc-url> <n> | run <base-url> <n> <password> <out-dir>"
                        + " | verify <jdbc-url> <out-dir> <events.log> | compare <jdbc-url-a> <jdbc-url-b>");
                System.exit(2);
            }
        }
    }

    static String username(int i) {
        return String.format("siswa.c%03d", i);
    }

    // ------------------------------------------------------------------------------------ seed

    static void seed(String url, int count) throws SQLException {
        try (Connection db = DriverManager.getConnection(url)) {
            db.setAutoCommit(false);
            String hash;
            try (Statement q = db.createStatement();
                    ResultSet admin = q.executeQuery("select password_hash from account where role = 'ADMIN' order by id")) {
                if (!admin.next()) {
                    throw new IllegalStateException("no administrator yet: start Saring on this database first");
                }
                hash = admin.getString(1);
            }
            long next = 0;
            long last = -1;
            int added = 0;
            try (PreparedStatement exists = db.prepareStatement("select 1 from account where username = ?");
                    PreparedStatement insert = db.prepareStatement("insert into account (id, username, display_name, role,"
                            + " password_hash, language, active, created_at, last_login_at, version)"
                            + " values (?, ?, ?, 'STUDENT', ?, null, true, ?, null, 1)")) {
                for (int i = 1; i <= count; i++) {
                    exists.setString(1, username(i));
                    try (ResultSet r = exists.executeQuery()) {
                        if (r.next()) {
                            continue;
                        }
                    }
                    if (next > last) { // EclipseLink's allocation: sequence value n reserves n-49..n
                        try (Statement q = db.createStatement();
                                ResultSet r = q.executeQuery(url.startsWith("jdbc:h2:")
                                        ? "select next value for account_seq" : "select nextval('account_seq')")) {
                            r.next();
                            last = r.getLong(1);
                            next = last - 49;
                        }
                    }
                    insert.setLong(1, next++);
                    insert.setString(2, username(i));
                    insert.setString(3, "Siswa Klaster " + i);
                    insert.setString(4, hash);
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                    added++;
                }
            }
            db.commit();
            System.out.println("seeded " + added + " students (" + (count - added) + " were there)");
        }
    }

    // ------------------------------------------------------------------------------------- run

    record Ack(String student, long attempt, String question, int sequence, String status, String response,
            long firstSentMs, long ackMs, int tries, String serverBefore, String serverAfter) {}

    record Problem(long ms, String student, String kind, String what, String detail) {}

    static final ConcurrentLinkedQueue<Ack> ACKS = new ConcurrentLinkedQueue<>();
    static final ConcurrentLinkedQueue<Problem> PROBLEMS = new ConcurrentLinkedQueue<>();
    static final AtomicInteger SAVES = new AtomicInteger();
    static final AtomicInteger PAGES = new AtomicInteger();
    static volatile boolean stopping;

    static void run(String base, int students, String password, Path out) throws Exception {
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve("stop"));
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= students; i++) {
            Student s = new Student(base, username(i), password);
            Thread t = new Thread(s, username(i));
            t.setDaemon(true);
            threads.add(t);
            t.start();
            Thread.sleep(150); // not all logins (PBKDF2) in the same second
        }
        long began = System.currentTimeMillis();
        while (!Files.exists(out.resolve("stop"))) {
            Thread.sleep(500);
            if ((System.currentTimeMillis() - began) % 10_000 < 500) {
                System.out.printf("  [students] %d s: %d saves acknowledged, %d pages, %d problems%n",
                        (System.currentTimeMillis() - began) / 1000, SAVES.get(), PAGES.get(), PROBLEMS.size());
            }
        }
        stopping = true;
        for (Thread t : threads) {
            t.join(40_000);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("acks.csv")))) {
            w.println("student,attempt,question,sequence,status,first_sent_ms,ack_ms,tries,server_before,server_after,response");
            for (Ack a : ACKS) {
                w.println(String.join(",", a.student(), String.valueOf(a.attempt()), a.question(),
                        String.valueOf(a.sequence()), a.status(), String.valueOf(a.firstSentMs()),
                        String.valueOf(a.ackMs()), String.valueOf(a.tries()), a.serverBefore(), a.serverAfter(),
                        a.response()));
            }
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("problems.csv")))) {
            w.println("ms,student,kind,what,detail");
            for (Problem p : PROBLEMS) {
                w.println(p.ms() + "," + p.student() + "," + p.kind() + "," + p.what() + ","
                        + p.detail().replaceAll("[,\\r\\n]", " "));
            }
        }
        System.out.printf("students stopped: %d saves acknowledged, %d pages, %d problems%n",
                SAVES.get(), PAGES.get(), PROBLEMS.size());
    }

    record Reply(int status, String body, String location) {}

    /** Thrown when a page could not be had after a person's three tries. */
    static final class GaveUp extends Exception {
        GaveUp(String what) {
            super(what);
        }
    }

    /** Sent back to the login page in the middle of the quiz. */
    static final class SessionLost extends Exception {
        SessionLost(String what) {
            super(what);
        }
    }

    static final class Student implements Runnable {
        final String base;
        final String username;
        final String password;
        final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        final Map<String, String> cookies = new LinkedHashMap<>();
        final Map<String, Integer> sequences = new HashMap<>();
        final Random random = new Random();

        Student(String base, String username, String password) {
            this.base = base;
            this.username = username;
            this.password = password;
        }

        @Override
        public void run() {
            while (!stopping) {
                try {
                    visit();
                } catch (SessionLost e) {
                    problem("session-lost", e.getMessage(), "sent to the login page");
                } catch (GaveUp e) {
                    pause(2000); // the person gives up for a moment and comes back
                } catch (Exception e) {
                    problem("client-bug", e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
                    pause(2000);
                }
            }
        }

        /** One visit: a new browser logs in, reads a lesson, answers for a while, logs out. */
        void visit() throws Exception {
            cookies.clear();
            long until = System.currentTimeMillis() + 30_000 + random.nextInt(60_000);
            login();
            readLesson();
            String quiz = "/learn/quiz.xhtml?course=" + COURSE + "&quiz=" + QUIZ;
            Reply quizPage = page("quiz", "GET", quiz, null, 200, "action=\"/learn/start\"");
            String start = HtmlForms.form(quizPage.body(), "action=\"/learn/start\"").body(Map.of(), null);
            Reply started = page("start", "POST", "/learn/start", start, 302, null);
            String attemptUrl = started.location();
            if (!attemptUrl.contains("/learn/attempt.xhtml?id=")) {
                throw new GaveUp("start went to " + attemptUrl);
            }
            List<HtmlForms.AnswerForm> forms = HtmlForms.answerForms(page("attempt", "GET", attemptUrl, null, 200, "id=\"quiz-head\"").body());
            int saves = 0;
            while (!stopping && System.currentTimeMillis() < until && !forms.isEmpty()) {
                pause(400 + random.nextInt(800)); // think
                HtmlForms.AnswerForm form = forms.get(random.nextInt(forms.size()));
                save(form);
                if (++saves % 10 == 0) {
                    page("attempt", "GET", attemptUrl, null, 200, "id=\"quiz-head\"");
                }
            }
            Reply last = page("attempt", "GET", attemptUrl, null, 200, "id=\"quiz-head\"");
            page("logout", "POST", "/logout", HtmlForms.form(last.body(), "action=\"/logout\"").body(Map.of(), null), 302, null);
        }

        void login() throws Exception {
            Reply form = page("login form", "GET", "/login.xhtml", null, 200, "jakarta.faces.ViewState");
            HtmlForms.Form login = HtmlForms.form(form.body(), "type=\"password\"");
            Reply done = page("login", "POST", login.action(), login.logIn(username, password), 302, null);
            if (!done.location().contains("/home.xhtml")) {
                throw new GaveUp("login went to " + done.location());
            }
            page("home", "GET", done.location(), null, 200, "id=\"student-home\"");
        }

        void readLesson() throws Exception {
            Reply course = page("course", "GET", "/learn/course.xhtml?id=" + COURSE, null, 200, "id=\"course-progress\"");
            Matcher unread = Pattern.compile("<li>\\s*<a href=\"([^\"]*/learn/lesson\\.xhtml[^\"]*)\"").matcher(course.body());
            String lesson;
            if (unread.find()) {
                lesson = HtmlForms.decode(unread.group(1));
            } else {
                List<String> all = HtmlForms.links(course.body(), "/learn/lesson.xhtml");
                if (all.isEmpty()) {
                    return;
                }
                lesson = all.get(random.nextInt(all.size()));
            }
            Reply page = page("lesson", "GET", lesson, null, 200, "id=\"done-next\"");
            String read = HtmlForms.form(page.body(), "action=\"/learn/read\"").body(Map.of(), null);
            page("mark read", "POST", "/learn/read", read, 302, null);
        }

        /** quiz.js: the same body until it is acknowledged, one second between tries. */
        void save(HtmlForms.AnswerForm form) throws Exception {
            int sequence = sequences.merge(form.question(), form.sequence() + 1, (a, b) -> a + 1);
            String body = form.body(random, sequence, false);
            String response = stored(body);
            long attempt = Long.parseLong(form.form().value("attempt"));
            long first = System.currentTimeMillis();
            String before = cookies.getOrDefault("SARINGLB", "-");
            for (int tries = 1; ; tries++) {
                if (stopping && tries > 1) {
                    return; // not acknowledged: the answer would wait on the device
                }
                String what;
                try {
                    HttpResponse<String> r = send("POST", form.form().action(), body, "application/json");
                    String text = r.body();
                    if (r.statusCode() == 200 && text.startsWith("{\"status\":\"")) {
                        String status = text.substring(11, text.indexOf('"', 11));
                        ACKS.add(new Ack(username, attempt, form.question(), sequence, status, response, first,
                                System.currentTimeMillis(), tries, before, cookies.getOrDefault("SARINGLB", "-")));
                        SAVES.incrementAndGet();
                        return;
                    }
                    if (isLogin(r)) {
                        throw new SessionLost("answer save");
                    }
                    what = "HTTP " + r.statusCode() + " " + text.substring(0, Math.min(80, text.length()));
                    if (r.statusCode() >= 400 && r.statusCode() < 500) {
                        problem("save-refused", form.question(), what);
                        return;
                    }
                } catch (IOException e) {
                    what = e.getClass().getSimpleName() + " " + e.getMessage();
                }
                problem("save-retry", form.question(), what);
                pause(1000);
            }
        }

        /**
         * A page as a person loads it: the expected status (and marker), or an error page; after
         * an error page the person tries again after a second, three times at most.
         */
        Reply page(String what, String method, String path, String body, int status, String marker) throws Exception {
            for (int tries = 1; tries <= 3; tries++) {
                String seen;
                try {
                    HttpResponse<String> r;
                    try {
                        r = send(method, path, body, null);
                    } catch (IOException broken) {
                        if (!method.equals("GET")) {
                            throw broken;
                        }
                        // Saring's service worker (sw.js) reads a page whole before showing it and
                        // fetches it once more when the download broke off: the student never sees it.
                        problem("page-retry", what, broken.getClass().getSimpleName() + " " + broken.getMessage());
                        r = send(method, path, body, null);
                    }
                    PAGES.incrementAndGet();
                    String location = r.headers().firstValue("Location").orElse("");
                    if (r.statusCode() == status && (marker == null || r.body().contains(marker))) {
                        return new Reply(r.statusCode(), r.body(), location);
                    }
                    if (isLogin(r) && !what.startsWith("login")) {
                        throw new SessionLost(what);
                    }
                    seen = "HTTP " + r.statusCode() + (location.isEmpty() ? "" : " to " + location)
                            + (r.statusCode() == status ? " without " + marker : "");
                } catch (IOException e) {
                    seen = e.getClass().getSimpleName() + " " + e.getMessage();
                }
                problem("error-page", what, seen);
                pause(1000);
            }
            throw new GaveUp(what);
        }

        boolean isLogin(HttpResponse<String> r) {
            return r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").contains("/login.xhtml");
        }

        HttpResponse<String> send(String method, String path, String body, String accept)
                throws IOException, InterruptedException {
            URI uri = URI.create(path.startsWith("http") ? path : base + path);
            HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                    .timeout(Duration.ofSeconds(30))
                    .header("Accept", accept != null ? accept : "text/html,application/xhtml+xml")
                    .header("Accept-Language", "id-ID,id;q=0.9");
            if (!cookies.isEmpty()) {
                StringBuilder c = new StringBuilder();
                cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
                b.header("Cookie", c.toString());
            }
            if ("POST".equals(method)) {
                b.header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
            } else {
                b.GET();
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String set : r.headers().allValues("Set-Cookie")) {
                String pair = set.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    String name = pair.substring(0, eq).trim();
                    String value = pair.substring(eq + 1).trim();
                    if (set.toLowerCase(Locale.ROOT).contains("max-age=0") || value.isEmpty()) {
                        cookies.remove(name);
                    } else {
                        cookies.put(name, value);
                    }
                }
            }
            return r;
        }

        void problem(String kind, String what, String detail) {
            PROBLEMS.add(new Problem(System.currentTimeMillis(), username, kind, what, detail));
        }
    }

    /** The response as attempt_answer.response holds it (AnswerEnvelope.answerOf, Answer.encode). */
    static String stored(String body) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (!HtmlForms.AnswerForm.ENVELOPE.contains(name)) {
                values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            }
        }
        TreeMap<String, String> sorted = new TreeMap<>();
        values.forEach((k, v) -> sorted.put(k, String.join(",", v)));
        StringBuilder s = new StringBuilder();
        sorted.forEach((k, v) -> s.append(s.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return s.toString();
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------------------------- verify

    static int verify(String url, Path out, Path events) throws Exception {
        List<String[]> acks = new ArrayList<>();
        List<String> ackLines = Files.readAllLines(out.resolve("acks.csv"));
        for (String line : ackLines.subList(1, ackLines.size())) {
            acks.add(line.split(",", 11));
        }
        List<String[]> problems = new ArrayList<>();
        List<String> problemLines = Files.readAllLines(out.resolve("problems.csv"));
        for (String line : problemLines.subList(1, problemLines.size())) {
            problems.add(line.split(",", 5));
        }
        // The newest acknowledged save per (attempt, question).
        Map<String, String[]> newest = new HashMap<>();
        for (String[] a : acks) {
            newest.merge(a[1] + "/" + a[2], a, (x, y) -> Integer.parseInt(y[3]) > Integer.parseInt(x[3]) ? y : x);
        }
        Map<String, long[]> inDb = new HashMap<>();
        Map<String, String> responses = new HashMap<>();
        int dbRows = 0;
        try (Connection db = DriverManager.getConnection(url);
                Statement q = db.createStatement();
                ResultSet r = q.executeQuery("select attempt_id, question_id, sequence, response from attempt_answer")) {
            while (r.next()) {
                String key = r.getLong(1) + "/" + r.getString(2);
                inDb.put(key, new long[] {r.getInt(3)});
                responses.put(key, r.getString(4));
                dbRows++;
            }
        }
        List<String> lost = new ArrayList<>();
        for (Map.Entry<String, String[]> e : newest.entrySet()) {
            String[] a = e.getValue();
            long[] row = inDb.get(e.getKey());
            int acked = Integer.parseInt(a[3]);
            if (row == null) {
                lost.add(e.getKey() + " seq " + acked + " (" + a[0] + "): no row");
            } else if (row[0] < acked) {
                lost.add(e.getKey() + " seq " + acked + " (" + a[0] + "): database has seq " + row[0]);
            } else if (row[0] == acked && a[4].equals("SAVED") && !sameResponse(responses.get(e.getKey()), a[10])) {
                lost.add(e.getKey() + " seq " + acked + " (" + a[0] + "): other response " + responses.get(e.getKey()));
            }
        }

        // Kills: "<ms> kill <n> <pid>", restarts: "<ms> ready <n> <ms-taken>".
        List<long[]> kills = new ArrayList<>();
        List<Long> restartMs = new ArrayList<>();
        for (String line : Files.readAllLines(events)) {
            String[] f = line.split(" ");
            if (f[1].equals("kill")) {
                kills.add(new long[] {Long.parseLong(f[0]), Long.parseLong(f[2])});
            }
        }
        Map<String, Integer> killIndex = new HashMap<>();
        boolean afterKill = false;
        for (String line : Files.readAllLines(events)) {
            String[] f = line.split(" ");
            if (f[1].equals("kill")) {
                afterKill = true;
            } else if (f[1].equals("ready") && afterKill) {
                restartMs.add(Long.parseLong(f[3]));
                afterKill = false;
            }
        }
        // Per kill: the students whose last acknowledged save before it went to the killed
        // instance, and how long their first save after the kill waited (from the kill, or from
        // when that save was first sent if later).
        Map<String, List<String[]>> byStudent = new HashMap<>();
        for (String[] a : acks) {
            byStudent.computeIfAbsent(a[0], k -> new ArrayList<>()).add(a);
        }
        byStudent.values().forEach(l -> l.sort((x, y) -> Long.compare(Long.parseLong(x[6]), Long.parseLong(y[6]))));
        StringBuilder table = new StringBuilder();
        table.append("| kill | instance | students on it | their wait: median | max | error pages ±30 s | save retries ±30 s |\n");
        table.append("|---|---|---|---|---|---|---|\n");
        List<Long> allWaits = new ArrayList<>();
        int k = 0;
        for (long[] kill : kills) {
            k++;
            long t = kill[0];
            String server = "s" + kill[1];
            List<Long> waits = new ArrayList<>();
            for (List<String[]> list : byStudent.values()) {
                String[] lastBefore = null;
                String[] firstAfter = null;
                for (String[] a : list) {
                    long ack = Long.parseLong(a[6]);
                    if (ack <= t) {
                        lastBefore = a;
                    } else {
                        firstAfter = a;
                        break;
                    }
                }
                if (lastBefore != null && firstAfter != null && lastBefore[9].equals(server)
                        && t - Long.parseLong(lastBefore[6]) < 15_000) {
                    long from = Math.max(t, Long.parseLong(firstAfter[5]));
                    waits.add(Long.parseLong(firstAfter[6]) - from);
                }
            }
            Collections.sort(waits);
            allWaits.addAll(waits);
            long errorPages = problems.stream().filter(p -> p[2].equals("error-page")
                    && Math.abs(Long.parseLong(p[0]) - t) < 30_000).count();
            long retries = problems.stream().filter(p -> p[2].equals("save-retry")
                    && Math.abs(Long.parseLong(p[0]) - t) < 30_000).count();
            table.append(String.format("| %d | %d | %d | %s | %s | %d | %d |%n", k, kill[1], waits.size(),
                    waits.isEmpty() ? "-" : ms(waits.get(waits.size() / 2)),
                    waits.isEmpty() ? "-" : ms(waits.get(waits.size() - 1)), errorPages, retries));
        }
        Collections.sort(allWaits);
        List<Long> latencies = new ArrayList<>();
        for (String[] a : acks) {
            if (a[7].equals("1")) {
                latencies.add(Long.parseLong(a[6]) - Long.parseLong(a[5]));
            }
        }
        Collections.sort(latencies);
        Map<String, Long> kinds = new TreeMap<>();
        for (String[] p : problems) {
            kinds.merge(p[2], 1L, Long::sum);
        }
        long errorPages = kinds.getOrDefault("error-page", 0L);
        long sessionsLost = kinds.getOrDefault("session-lost", 0L);
        long refused = kinds.getOrDefault("save-refused", 0L);
        long bugs = kinds.getOrDefault("client-bug", 0L);
        StringBuilder report = new StringBuilder();
        report.append("# Failover test\n\n");
        report.append(String.format("- kills (kill -9 of one instance, under load): %d%n", kills.size()));
        report.append(String.format("- saves acknowledged (2xx JSON): %d, answers (attempt × question) acknowledged: %d, rows in attempt_answer: %d%n",
                acks.size(), newest.size(), dbRows));
        report.append(String.format("- **answers lost: %d**%n", lost.size()));
        report.append(String.format("- **error pages seen by students: %d**; sent back to the login page: %d; saves refused (4xx): %d; client errors: %d%n",
                errorPages, sessionsLost, refused, bugs));
        report.append(String.format("- save retries (quiz.js would show \"Menunggu koneksi\"): %d%n", kinds.getOrDefault("save-retry", 0L)));
        report.append(String.format("- pages fetched again by the service worker (download broken off, never shown): %d%n",
                kinds.getOrDefault("page-retry", 0L)));
        report.append(String.format("- wait of a killed instance's students (kill → their next save acknowledged): median %s, p95 %s, max %s (%d student-kills)%n",
                pct(allWaits, 50), pct(allWaits, 95), pct(allWaits, 100), allWaits.size()));
        report.append(String.format("- a save without failover: median %s, p95 %s, p99 %s%n",
                pct(latencies, 50), pct(latencies, 95), pct(latencies, 99)));
        if (!restartMs.isEmpty()) {
            report.append(String.format("- a killed instance back in the balancer's pool (restart to /health/ready): %s%n",
                    restartMs.stream().map(Failover::ms).toList()));
        }
        report.append("\n").append(table);
        if (!lost.isEmpty()) {
            report.append("\nLost:\n");
            lost.stream().limit(50).forEach(l -> report.append("- ").append(l).append('\n'));
        }
        if (errorPages + sessionsLost + refused + bugs > 0) {
            report.append("\nProblems other than save retries (first 30):\n");
            problems.stream().filter(p -> !p[2].equals("save-retry") && !p[2].equals("page-retry")).limit(30)
                    .forEach(p -> report.append("- ").append(String.join(" ", p)).append('\n'));
        }
        Files.writeString(out.resolve("report.md"), report);
        System.out.print(report);
        return lost.isEmpty() && errorPages == 0 && sessionsLost == 0 && refused == 0 && bugs == 0 ? 0 : 1;
    }

    /**
     * The same answer, whatever the order of its fields: Answer.encode writes them in the order of
     * the Response's map (Map.copyOf, whose order differs from one JVM to the next), so two
     * instances store the same answer as differently ordered strings.
     */
    /** The same answer: the same fields, the envelope's CSRF token aside (acks recorded before it was left out). */
    static boolean sameResponse(String stored, String sent) {
        Map<String, String> answer = fields(sent);
        answer.remove("csrf");
        return fields(stored).equals(answer);
    }

    static Map<String, String> fields(String encoded) {
        Map<String, String> fields = new TreeMap<>();
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    static String pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return "-";
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return ms(sorted.get(Math.max(0, i)));
    }

    static String ms(long ms) {
        return ms < 1000 ? ms + " ms" : String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    // --------------------------------------------------------------------------------- compare

    /** Saring's tables; every one must hold the same rows in both databases. */
    static final List<String> TABLES = List.of("account", "school", "school_class", "class_member", "assignment",
            "assignment_student", "course", "course_version", "quiz_attempt", "attempt_answer", "lesson_read",
            "certificate", "login_failure", "login_device");

    /**
     * Compares two Saring databases (a backup's source and its restore): row count and a SHA-256
     * of every row's columns, rows in a fixed order, per table; then the people and what they did,
     * as counts a person would recognise. Exit status 1 when anything differs or the source is empty.
     */
    static int compare(String a, String b) throws Exception {
        int differences = 0;
        System.out.printf("%-22s %10s %10s  %s%n", "table", "source", "restored", "content");
        try (Connection left = DriverManager.getConnection(a); Connection right = DriverManager.getConnection(b)) {
            for (String table : TABLES) {
                String[] x = digest(left, table);
                String[] y = digest(right, table);
                boolean same = x[0].equals(y[0]) && x[1].equals(y[1]);
                differences += same ? 0 : 1;
                System.out.printf("%-22s %10s %10s  %s%n", table, x[0], y[0], same ? "same" : "DIFFERENT");
            }
            String[] facts = {
                "students|select count(*) from account where role = 'STUDENT'",
                "attempts|select count(*) from quiz_attempt",
                "answers|select count(*) from attempt_answer",
                "lessons read (progress)|select count(*) from lesson_read",
                "students with progress|select count(distinct account_id) from lesson_read",
            };
            long sourceStudents = 0;
            long sourceAnswers = 0;
            for (String fact : facts) {
                String[] f = fact.split("\\|");
                long x = single(left, f[1]);
                long y = single(right, f[1]);
                if (f[0].equals("students")) {
                    sourceStudents = x;
                }
                if (f[0].equals("answers")) {
                    sourceAnswers = x;
                }
                differences += x == y ? 0 : 1;
                System.out.printf("%-26s source %6d, restored %6d%n", f[0], x, y);
            }
            if (sourceStudents == 0 || sourceAnswers == 0) {
                System.out.println("The source holds no students or no answers: nothing was really tested.");
                return 1;
            }
        }
        System.out.println(differences == 0 ? "RESTORE OK: the same rows in every table" : "RESTORE DIFFERS: " + differences);
        return differences == 0 ? 0 : 1;
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement q = db.createStatement(); ResultSet r = q.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static String[] digest(Connection db, String table) throws Exception {
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        List<String> rows = new ArrayList<>();
        try (Statement q = db.createStatement(); ResultSet r = q.executeQuery("select * from " + table)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= columns; c++) {
                    Object v = r.getObject(c);
                    if (v instanceof byte[] bytes) {
                        v = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
                    } else if (v instanceof java.sql.Blob blob) {
                        v = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(blob.getBytes(1, (int) blob.length())));
                    } else if (v instanceof java.time.temporal.TemporalAccessor || v instanceof java.util.Date) {
                        v = r.getTimestamp(c) == null ? null : r.getTimestamp(c).toInstant();
                    }
                    row.append(v).append('\u0001');
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        for (String row : rows) {
            sha.update(row.getBytes(StandardCharsets.UTF_8));
        }
        return new String[] {String.valueOf(rows.size()), java.util.HexFormat.of().formatHex(sha.digest())};
    }
}

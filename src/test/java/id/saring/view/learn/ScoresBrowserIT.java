package id.saring.view.learn;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.SampleQuiz;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import id.saring.testing.XlsxCells;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 16: what students and teachers read after answering agrees with itself. The outcome of a
 * checked answer, the summary's count, the review's answers in words, and the same score on the
 * review, Kemajuanku, the quiz page, the teacher's grid and attempt view, the CSV and the XLSX.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoresBrowserIT extends BrowserTest {

    private static final String PASSWORD = "kapur-tulis-55";

    private static final List<String> QUESTIONS =
            List.of("q-tunggal", "q-ganda", "q-benar-salah", "q-jodoh", "q-urut", "q-isian", "q-unggahan", "q-obrolan");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    /** Items 1 to 4: a checked short answer and a partly right hoax post, the summary, the review. */
    @Test
    void checkedAnswersSayHowTheyWentAndTheReviewShowsEveryAnswerInWords() {
        new Admin(base).createAccount("siswa.periksa", "Siswa Periksa", "STUDENT", PASSWORD);
        browser.logIn(base.toString(), "siswa.periksa", PASSWORD);
        browser.open(base + "learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ);
        browser.click(By.id("start-quiz"));
        browser.find(By.id("quiz-head"));
        SampleQuiz quiz = new SampleQuiz(browser);
        quiz.answerTheFirstFiveRight();

        // Item 2: the accepted answers are listed after checking.
        quiz.inCurrent("input[name=text]").sendKeys("TurnBackHoax.id");
        quiz.inCurrent("button[name=action][value=check]").click();
        browser.waitForText(By.cssSelector("#q6.current .outcome"), Texts.of("quiz.outcome.right"));
        assertEquals(
                "turnbackhoax.id, turnbackhoax",
                browser.text(By.cssSelector("#q6 .outcome .right-answer")),
                "the accepted answers after 'Jawaban yang diterima:'");
        assertTrue(browser.text(By.cssSelector("#q6 .outcome")).contains(Texts.of("quiz.shortanswer.accepted")));
        assertEquals("TurnBackHoax.id", browser.text(By.cssSelector("#q6 .outcome .given")));
        quiz.next(6);

        // Item 1: two of the post's parts right, one wrong: a percentage, not "null%".
        quiz.pick("SEBARKAN SEGERA!!");
        quiz.pick(Texts.of("quiz.hoax.verdict.fakta"));
        quiz.inCurrent("button[name=action][value=check]").click();
        browser.waitForText(By.cssSelector("#q7.current .outcome .verdict"), Texts.pattern("quiz.outcome.partly"));
        assertEquals(Texts.of("quiz.outcome.partly", 50), browser.text(By.cssSelector("#q7 .outcome .verdict")));
        quiz.next(7);
        quiz.pick("Tante, sudah cek ke situs PLN?");
        quiz.next(8);

        // Item 3: the checked short answer counts as answered, as its button says.
        browser.waitForText(By.id("summary-count"), Texts.of("quiz.summary.answered", 8, 8));
        assertEquals(
                0L,
                browser.driver()
                        .executeScript("return document.querySelectorAll('[data-unanswered]:not(.hidden)').length"),
                "no question listed as not answered");
        assertTrue(browser.find(By.cssSelector(".qnav a[data-q='6']"))
                .getAttribute("class")
                .contains("answered"));
        browser.driver().navigate().refresh();
        browser.waitForText(By.id("summary-count"), Texts.of("quiz.summary.answered", 8, 8));

        // Item 4: the review shows each own answer, checked and in words, next to the right one.
        browser.click(By.id("submit-attempt"));
        browser.waitForText(By.id("score"), Texts.of("quiz.review.score", 94));
        assertEquals(
                4L,
                browser.driver()
                        .executeScript("return document.querySelectorAll('main input[type=radio]:checked').length"),
                "single choice, true/false, the post's verdict and the chat reply all show as chosen");
        assertEquals("Huruf kapital dan seruan \"SEBARKAN!\"", browser.text(By.cssSelector("#r1 .given")));
        assertEquals("Huruf kapital dan seruan \"SEBARKAN!\"", browser.text(By.cssSelector("#r1 .right-answer")));
        assertEquals("Cari sumber aslinya + Bandingkan dengan media lain", browser.text(By.cssSelector("#r2 .given")));
        assertEquals(Texts.of("quiz.truefalse.true"), browser.text(By.cssSelector("#r3 .given")));
        assertEquals(
                "Misinformasi → Salah tanpa sengaja; Disinformasi → Salah dengan sengaja",
                browser.text(By.cssSelector("#r4 .given")));
        assertEquals(
                "1. Berhenti; 2. Selidiki sumbernya; 3. Cari liputan lain; 4. Telusuri ke asalnya",
                browser.text(By.cssSelector("#r5 .right-answer")));
        assertEquals("turnbackhoax.id, turnbackhoax", browser.text(By.cssSelector("#r6 .right-answer")));
        assertEquals(
                Texts.of("quiz.hoax.verdict.fakta") + " + “SEBARKAN SEGERA!!”",
                browser.text(By.cssSelector("#r7 .given")));
        assertEquals(
                Texts.of("quiz.hoax.verdict.hoaks") + " + “SEBARKAN SEGERA!!”",
                browser.text(By.cssSelector("#r7 .right-answer")));
        assertEquals(Texts.of("quiz.outcome.partly", 50), browser.text(By.cssSelector("#r7 .outcome .verdict")));
        assertEquals("Tante, sudah cek ke situs PLN?", browser.text(By.cssSelector("#r8 .given")));
        browser.screenshot("review-answers-in-words");
        List<String> problems = browser.seriousAccessibilityProblems();
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Item 5, item 6 and "one source of truth": students of one class answer every question type
     * at random (partial credit, checked answers, unanswered ones, a resumed attempt, a second
     * attempt); each score reads the same on every page and export, and question analysis never
     * reports a right answer as the most common wrong one.
     */
    @Test
    void everyPageAndExportShowsTheSameScore() throws Exception {
        Admin admin = new Admin(base);
        admin.createAccount("guru.angka", "Bu Angka", "TEACHER", "papan-tulis-77");
        browser.wide();
        browser.logIn(base.toString(), "guru.angka", "papan-tulis-77");
        browser.click(By.id("nav-classes"));
        browser.type(By.id("create:name"), "9A");
        browser.type(By.id("create:grade"), "9");
        browser.type(By.id("create:year"), "2026/2027");
        browser.click(By.id("create:submit"));
        browser.click(By.linkText("9A"));
        String code = browser.text(By.cssSelector(".join-code")).strip();
        Matcher classId =
                Pattern.compile("[?&]id=(\\d+)").matcher(browser.driver().getCurrentUrl());
        assertTrue(classId.find(), browser.driver().getCurrentUrl());

        long seed = Long.getLong("scores.seed", System.nanoTime());
        System.out.println("ScoresBrowserIT random seed: " + seed + " (-Dscores.seed=" + seed + " repeats it)");
        Random random = new Random(seed);
        Map<String, List<Long>> attemptsOf = new LinkedHashMap<>();
        Map<String, WebClient> students = new LinkedHashMap<>();
        for (int s = 1; s <= 5; s++) {
            String username = "siswa.angka" + s;
            admin.createAccount(username, "Siswa Angka " + s, "STUDENT", PASSWORD);
            WebClient student = new WebClient(base);
            assertTrue(WebClient.isRedirect(student.logIn(username, PASSWORD)));
            student.postForm("learn/join", "code=" + code, "text/html");
            students.put(username, student);
            attemptsOf.put(username, new ArrayList<>());
        }

        // siswa.angka1: 5.75 of 8 (ordering 1/4, short answer wrong, the post half right) = 71.875, which truncating
        // shows as 71 and rounding as 72 (item 5).
        WebClient first = students.get("siswa.angka1");
        long exact = start(first);
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        answers.put("q-tunggal", Map.of("choice", "a"));
        answers.put("q-ganda", Map.of("choices", "a,b"));
        answers.put("q-benar-salah", Map.of("answer", "true"));
        answers.put("q-jodoh", Map.of("m0", "0", "m1", "1"));
        answers.put("q-urut", Map.of("p0", "1", "p1", "3", "p2", "4", "p3", "2"));
        answers.put("q-isian", Map.of("text", "kominfo"));
        answers.put("q-unggahan", Map.of("flags", "seru", "verdict", "fakta"));
        answers.put("q-obrolan", Map.of("choice", "a"));
        answers.forEach((question, response) -> answer(first, exact, question, response, false));
        submit(first, exact);
        attemptsOf.get("siswa.angka1").add(exact);
        assertEquals(72, reviewScore(first, exact), "71.875 rounds to 72");

        // siswa.angka2: the post's verdict right, its red flag missed: not a wrong answer (item 6).
        WebClient second = students.get("siswa.angka2");
        long missed = start(second);
        answer(second, missed, "q-unggahan", Map.of("verdict", "hoaks"), true);
        answer(second, missed, "q-tunggal", Map.of("choice", "b"), true);
        submit(second, missed);
        attemptsOf.get("siswa.angka2").add(missed);

        // The others at random; one resumes its attempt, one tries twice.
        for (int s = 3; s <= 5; s++) {
            String username = "siswa.angka" + s;
            WebClient student = students.get(username);
            int tries = s == 5 ? 2 : 1;
            for (int t = 0; t < tries; t++) {
                long attempt = start(student);
                for (int q = 0; q < QUESTIONS.size(); q++) {
                    if (s == 4 && q == QUESTIONS.size() / 2) {
                        student.open("learn/attempt.xhtml?id=" + attempt + "&q=1");
                        assertEquals(attempt, start(student), "starting again resumes the open attempt");
                    }
                    Map<String, String> response = randomResponse(QUESTIONS.get(q), random);
                    if (!response.isEmpty()) {
                        answer(student, attempt, QUESTIONS.get(q), response, random.nextInt(3) == 0);
                    }
                }
                submit(student, attempt);
                attemptsOf.get(username).add(attempt);
            }
        }

        // The student's own pages.
        Map<String, Integer> counting = new TreeMap<>();
        for (var entry : attemptsOf.entrySet()) {
            WebClient student = students.get(entry.getKey());
            String progress = student.open("learn/progress.xhtml").body();
            String quizPage = student.open("learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ)
                    .body();
            int best = -1;
            for (int n = 1; n <= entry.getValue().size(); n++) {
                int review = reviewScore(student, entry.getValue().get(n - 1));
                String item = Texts.of("quiz.historyItem", n, review);
                assertTrue(progress.contains(item), entry.getKey() + " Kemajuanku shows '" + item + "'");
                assertTrue(quizPage.contains(item), entry.getKey() + " quiz page shows '" + item + "'");
                best = Math.max(best, review);
            }
            counting.put(entry.getKey(), best);
        }

        // The teacher's grid, attempt view, CSV and XLSX.
        browser.open(base + "teach/report.xhtml?id=" + classId.group(1) + "&course=" + QUIZ_COURSE);
        browser.waitForText(By.id("report:grid"), "Siswa Angka 5");
        for (var entry : attemptsOf.entrySet()) {
            int number = entry.getKey().charAt(entry.getKey().length() - 1) - '0';
            String row = browser.text(
                    By.xpath("//*[@id='report:grid']//tr[.//span[@class='student-name' and text()='Siswa Angka "
                            + number + "']]"));
            assertTrue(
                    row.contains("· " + counting.get(entry.getKey())),
                    entry.getKey() + " grid row '" + row + "' shows " + counting.get(entry.getKey()));
        }
        for (var entry : attemptsOf.entrySet()) {
            for (int n = 1; n <= entry.getValue().size(); n++) {
                long attempt = entry.getValue().get(n - 1);
                int review = reviewScore(students.get(entry.getKey()), attempt);
                browser.open(base + "teach/attempt.xhtml?class=" + classId.group(1) + "&id=" + attempt);
                browser.waitForText(By.id("score"), Texts.of("report.attempt.score", review, n));
            }
        }
        browser.open(base + "teach/report.xhtml?id=" + classId.group(1) + "&course=" + QUIZ_COURSE);
        Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target", "downloads")), "scores");
        Path csv = browser.download(downloads, () -> browser.click(By.id("report:export-csv")));
        Map<String, String> csvScores = Files.readAllLines(csv).stream()
                .map(line -> line.split(","))
                .filter(cells -> cells.length > 4 && cells[1].startsWith("siswa.angka"))
                .collect(Collectors.toMap(cells -> cells[1], cells -> cells[4]));
        Path xlsx = browser.download(downloads, () -> browser.click(By.id("report:export-xlsx")));
        Map<String, String> xlsxScores = XlsxCells.firstSheet(Files.readAllBytes(xlsx)).stream()
                .filter(cells -> cells.size() > 4 && cells.get(1).startsWith("siswa.angka"))
                .collect(Collectors.toMap(cells -> cells.get(1), cells -> cells.get(4)));
        for (var entry : counting.entrySet()) {
            assertEquals(
                    String.valueOf(entry.getValue()), csvScores.get(entry.getKey()), entry.getKey() + " in the CSV");
            assertEquals(
                    String.valueOf(entry.getValue()), xlsxScores.get(entry.getKey()), entry.getKey() + " in the XLSX");
        }

        // Question analysis: the right verdict is never the most common wrong answer; quotes once.
        browser.waitForText(By.id("report:question-table"), "Tandai bagian");
        String analysis = browser.text(By.id("report:question-table"));
        browser.screenshot("scores-question-analysis");
        assertFalse(analysis.contains("“" + Texts.of("quiz.hoax.verdict.hoaks") + "”"), analysis);
        assertFalse(analysis.contains("“Tante, sudah cek ke situs PLN?”"), analysis);
        assertFalse(analysis.contains("“" + Texts.of("quiz.truefalse.true") + "”"), analysis);
        assertFalse(analysis.contains("“\"") || analysis.contains("\"”"), "quotes around quotes: " + analysis);
    }

    /** A response a student could give to each sample question, sometimes none, often partly right. */
    private static Map<String, String> randomResponse(String question, Random random) {
        if (random.nextInt(8) == 0) {
            return Map.of();
        }
        return switch (question) {
            case "q-tunggal" -> Map.of("choice", random.nextBoolean() ? "a" : "b");
            case "q-ganda" -> Map.of("choices", subset(List.of("a", "b", "c"), random));
            case "q-benar-salah" -> Map.of("answer", String.valueOf(random.nextBoolean()));
            case "q-jodoh" -> Map.of("m0", String.valueOf(random.nextInt(3)), "m1", String.valueOf(random.nextInt(3)));
            case "q-urut" -> {
                List<String> positions = new ArrayList<>(List.of("1", "2", "3", "4"));
                java.util.Collections.shuffle(positions, random);
                yield Map.of(
                        "p0", positions.get(0), "p1", positions.get(1), "p2", positions.get(2), "p3", positions.get(3));
            }
            case "q-isian" -> Map.of("text", random.nextBoolean() ? "TurnBackHoax.id" : "cekfakta");
            case "q-unggahan" -> {
                Map<String, String> response = new TreeMap<>();
                response.put("verdict", List.of("hoaks", "menyesatkan", "fakta").get(random.nextInt(3)));
                if (random.nextBoolean()) {
                    response.put("flags", "seru");
                }
                yield response;
            }
            case "q-obrolan" -> Map.of("choice", random.nextBoolean() ? "a" : "b");
            default -> throw new IllegalArgumentException(question);
        };
    }

    private static String subset(List<String> items, Random random) {
        List<String> picked = items.stream().filter(i -> random.nextBoolean()).toList();
        return String.join(",", picked.isEmpty() ? List.of(items.get(random.nextInt(items.size()))) : picked);
    }

    /** Starts (or resumes) the sample quiz as its start button does; the attempt's id. */
    private static long start(WebClient student) {
        HttpResponse<String> started =
                student.postForm("learn/start", "course=" + QUIZ_COURSE + "&quiz=" + QUIZ, "text/html");
        String location =
                started.headers().firstValue("Location").orElseThrow(() -> new AssertionError(started.body()));
        Matcher id = Pattern.compile("[?&]id=(\\d+)").matcher(location);
        assertTrue(id.find(), location);
        return Long.parseLong(id.group(1));
    }

    /** Saves an answer as the quiz page's script does, and checks it (immediate feedback) if asked. */
    private static void answer(
            WebClient student, long attempt, String question, Map<String, String> response, boolean check) {
        StringBuilder body = new StringBuilder("attempt=" + attempt + "&question=" + question + "&sequence=1");
        response.forEach(
                (name, value) -> body.append('&').append(name).append('=').append(encode(value)));
        if (check) {
            body.append("&action=check");
        }
        HttpResponse<String> saved = student.postForm("learn/answer", body.toString(), "application/json");
        assertEquals(200, saved.statusCode(), question + ": " + saved.body());
    }

    private static void submit(WebClient student, long attempt) {
        HttpResponse<String> submitted =
                student.postForm("learn/answer", "attempt=" + attempt + "&sequence=0&action=submit", "text/html");
        assertTrue(WebClient.isRedirect(submitted), submitted.body());
    }

    private static int reviewScore(WebClient student, long attempt) {
        String review = student.open("learn/review.xhtml?id=" + attempt).body();
        Matcher score = Texts.pattern("quiz.review.score").matcher(review);
        assertTrue(score.find(), review);
        return Integer.parseInt(score.group(1));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

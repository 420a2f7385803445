package id.saring.security;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseFilesTest;
import id.saring.catalog.reading.SampleCourse;
import id.saring.security.XssCorpus.Payload;
import id.saring.testing.Admin;
import id.saring.testing.BrowserTest;
import id.saring.testing.Deployments;
import id.saring.testing.SampleQuiz;
import id.saring.testing.Texts;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The XSS corpus ({@code src/test/resources/xss/payloads.txt}) typed and uploaded into every
 * place users type, then every page, PDF and export that shows it opened as the roles who see it:
 * nothing runs, nothing the payloads make reaches the DOM, and the payloads show as text. Then
 * abusive uploads (path traversal, zip bombs, junk) are refused with a clear message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssBrowserIT extends BrowserTest {

    private static final String PASSWORD = "kapur-tulis-55";
    private static final String TEACHER_PASSWORD = "papan-tulis-77";
    private static final Pattern CLASS_LINK = Pattern.compile("class\\.xhtml\\?id=(\\d+)");
    private static final Pattern JOIN_CODE = Pattern.compile("class=\"join-code\">([A-Z0-9]+)<");

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        WebArchive war = Deployments.saringWarWithSampleCourse();
        if ("postgres".equals(System.getProperty("arquillian.launch"))) {
            // The PostgreSQL container reads its own courses folder (arquillian.xml).
            Path from = Deployments.COURSES.resolve(QUIZ_COURSE);
            Path to = Path.of("target", "it-courses-postgres");
            try (var files = Files.walk(Deployments.COURSES)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target =
                            to.resolve(Deployments.COURSES.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
            assertTrue(Files.isDirectory(from));
            // An empty schema each run: the test opens accounts with fixed usernames.
            String url = System.getProperty("saring.test.pg.url");
            Matcher schema = Pattern.compile("currentSchema=([a-z0-9_]+)").matcher(url);
            if (schema.find()) {
                try (java.sql.Connection connection =
                                java.sql.DriverManager.getConnection(url.replaceFirst("[?&]currentSchema=[^&]*", ""));
                        java.sql.Statement statement = connection.createStatement()) {
                    statement.execute("drop schema if exists " + schema.group(1) + " cascade");
                    statement.execute("create schema " + schema.group(1));
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return war;
    }

    /** Names of accounts, schools and classes, a roster, and short answers typed in a quiz. */
    @Test
    void namesRostersAndAnswersShowAsTextAndNeverRun() throws Exception {
        XssGuard guard = new XssGuard(browser);
        List<Integer> everything = numbers(XssCorpus.all());
        Admin admin = new Admin(base);
        WebClient adminHttp = new WebClient(base);
        adminHttp.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);

        // Schools (name up to 120 characters), accounts (display name up to 100).
        List<List<Payload>> schools = XssCorpus.packed(120);
        for (int i = 0; i < schools.size(); i++) {
            HttpResponse<String> created = adminHttp.submit(
                    "admin/schools.xhtml",
                    "create",
                    Map.of("name", XssCorpus.join(schools.get(i)), "city", "Kota " + (i + 1)),
                    "submit");
            assertEquals(200, created.statusCode(), "school " + numbers(schools.get(i)));
        }
        List<List<Payload>> names = XssCorpus.packed(100);
        admin.createAccount("guru.xss", XssCorpus.join(names.get(0)), "TEACHER", TEACHER_PASSWORD);
        List<String> students = new ArrayList<>();
        for (int i = 1; i < names.size(); i++) {
            String username = "sxss" + i;
            admin.createAccount(username, XssCorpus.join(names.get(i)), "STUDENT", PASSWORD);
            students.add(username);
        }

        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/users.xhtml");
        guard.check("admin users (display names, school names in the menu)", everything);
        browser.open(base + "admin/schools.xhtml");
        guard.check("admin schools", everything);
        browser.open(base + "admin/audit.xhtml");
        guard.check("admin audit trail", List.of());
        browser.logOut();

        // Classes (name up to 80): the first is the one the students join.
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.xss", TEACHER_PASSWORD);
        List<List<Payload>> classes = XssCorpus.packed(80);
        for (List<Payload> schoolClass : classes) {
            HttpResponse<String> created = teacher.submit(
                    "teach/classes.xhtml",
                    "create",
                    Map.of("name", XssCorpus.join(schoolClass), "grade", "8", "year", "2026/2027"),
                    "submit");
            assertEquals(200, created.statusCode(), "class " + numbers(schoolClass));
        }
        Matcher link = CLASS_LINK.matcher(teacher.get("teach/classes.xhtml").body());
        List<Long> ids = new ArrayList<>();
        while (link.find()) {
            ids.add(Long.valueOf(link.group(1)));
        }
        long classId = ids.stream().mapToLong(Long::longValue).min().orElseThrow();
        Matcher code =
                JOIN_CODE.matcher(teacher.get("teach/class.xhtml?id=" + classId).body());
        assertTrue(code.find(), "the class page shows its join code");
        for (String student : students) {
            join(student, code.group(1));
        }

        // Short answers (up to 200 characters), each student one pack of the corpus; the first
        // three finish the course for a certificate with their name on it.
        List<List<Payload>> answers = XssCorpus.packed(200);
        assertTrue(answers.size() <= students.size(), "enough students for the answers");
        List<String> certificates = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String student = students.get(i);
            List<Integer> name = numbers(names.get(i + 1));
            String answer = XssCorpus.join(answers.get(i));
            browser.logIn(base.toString(), student, PASSWORD);
            guard.check("student home of " + student, name);
            if (i < 3) {
                browser.open(base + "learn/lesson.xhtml?course=" + QUIZ_COURSE + "&lesson=apa-itu-hoaks");
                browser.click(By.id("done-next"));
                browser.click(By.id("start-quiz"));
                answerQuizWith(answer);
            } else {
                browser.open(base + "learn/quiz.xhtml?course=" + QUIZ_COURSE + "&quiz=" + QUIZ);
                browser.click(By.id("start-quiz"));
                String attempt = browser.find(By.id("quiz-head")).getAttribute("data-attempt");
                browser.open(base + "learn/attempt.xhtml?id=" + attempt + "&q=6");
                SampleQuiz quiz = new SampleQuiz(browser);
                type(quiz.inCurrent("input[name=text]"), answer);
                guard.check("quiz question with a typed answer, " + student, numbers(answers.get(i)));
                quiz.next(6);
                browser.open(base + "learn/attempt.xhtml?id=" + attempt + "&q=9");
                browser.click(By.id("submit-attempt"));
            }
            browser.find(By.id("score"));
            guard.check("quiz review of " + student, numbers(answers.get(i)));
            browser.open(base + "learn/progress.xhtml");
            guard.check("Kemajuanku of " + student, List.of());
            if (i < 3) {
                WebClient http = new WebClient(base);
                http.logIn(student, PASSWORD);
                byte[] pdf =
                        http.getBytes("learn/certificate?course=" + QUIZ_COURSE).body();
                String text = Exports.pdf("certificate of " + student, pdf, name);
                Matcher certificate =
                        Pattern.compile("SRG-[A-Z0-9]{4}-[A-Z0-9]{5}").matcher(text);
                assertTrue(certificate.find(), text);
                certificates.add(certificate.group());
                guard.counted(name.size());
            }
            browser.logOut();
        }
        for (int i = 0; i < certificates.size(); i++) {
            browser.open(base + "verify.xhtml?code=" + certificates.get(i));
            browser.waitForText(By.id("verify-result"), Texts.of("verify.genuine"));
            guard.check("certificate check (no login)", numbers(names.get(i + 1)));
        }

        // The teacher's pages and downloads.
        browser.logIn(base.toString(), "guru.xss", TEACHER_PASSWORD);
        guard.check("teacher home", numbers(names.get(0)));
        browser.open(base + "teach/classes.xhtml");
        guard.check("teacher classes", everything);
        browser.open(base + "teach/class.xhtml?id=" + classId);
        List<Integer> studentNames = numbers(
                names.subList(1, names.size()).stream().flatMap(List::stream).toList());
        List<Integer> classAndStudents = new ArrayList<>(numbers(classes.get(0)));
        classAndStudents.addAll(studentNames);
        guard.check("teacher class page (class name, members)", classAndStudents);
        browser.open(base + "teach/report.xhtml?id=" + classId + "&course=" + QUIZ_COURSE);
        browser.find(By.id("report:grid"));
        guard.check("teacher report", classAndStudents);
        Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target", "downloads")), "xss");
        byte[] csv = Files.readAllBytes(browser.download(downloads, () -> browser.click(By.id("report:export-csv"))));
        Exports.assertNoFormulas("grades CSV", Exports.csvCells(csv), studentNames);
        byte[] xlsx = Files.readAllBytes(browser.download(downloads, () -> browser.click(By.id("report:export-xlsx"))));
        Exports.assertLiteral("grades XLSX", Exports.xlsxCells("grades XLSX", xlsx), studentNames);
        guard.counted(2 * studentNames.size());
        List<String> attempts =
                browser.driver().findElements(By.cssSelector("#report\\:grid a[href*='attempt.xhtml']")).stream()
                        .map(a -> a.getAttribute("href"))
                        .toList();
        assertEquals(answers.size(), attempts.size(), "one attempt per student who answered");
        for (String attempt : attempts) {
            browser.open(attempt);
            browser.find(By.tagName("main"));
            String visible = XssGuard.normalise(guard.visibleText());
            int student = IntStream.range(0, answers.size())
                    .filter(i -> visible.contains(XssGuard.normalise(XssCorpus.join(answers.get(i)))))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no short answer shown as text on " + attempt));
            List<Integer> expected = new ArrayList<>(numbers(answers.get(student)));
            expected.addAll(numbers(names.get(student + 1)));
            guard.check("teacher's view of the attempt of " + students.get(student), expected);
        }

        // A roster whose names are the corpus (two files: at most 60 names an import): refused
        // line by line, shown as text, nothing imported.
        List<List<Payload>> halves = List.of(
                XssCorpus.all().subList(0, 30),
                XssCorpus.all().subList(30, XssCorpus.all().size()));
        for (List<Payload> half : halves) {
            browser.open(base + "teach/class.xhtml?id=" + classId);
            int members = browser.driver()
                    .findElements(By.cssSelector("[id='roster:members'] tbody tr"))
                    .size();
            Path roster = downloads.resolve("daftar-xss-" + half.get(0).number() + ".csv");
            Files.writeString(
                    roster, "nama\n" + half.stream().map(Payload::text).collect(Collectors.joining("\n")) + "\n");
            browser.upload(
                    By.id("import:upload_input"),
                    roster,
                    By.id("import:names"),
                    half.get(half.size() - 1).marker());
            browser.click(By.id("import:submit"));
            browser.waitForText(By.id("import:feedback"), Texts.pattern("roster.refused"));
            String problems = browser.text(By.id("roster-problems"));
            List<Integer> rosterShown = half.stream()
                    .filter(p -> p.text().indexOf(',') < 0
                            && p.text().indexOf(';') < 0
                            && !p.text().startsWith("\""))
                    .map(Payload::number)
                    .toList();
            for (int number : rosterShown) {
                assertTrue(
                        XssGuard.normalise(problems)
                                .contains(
                                        XssGuard.normalise(XssCorpus.get(number).text())),
                        "roster problem shows payload " + number + " as text:\n" + problems);
            }
            guard.check("roster refused", rosterShown);
            assertEquals(
                    members,
                    browser.driver()
                            .findElements(By.cssSelector("[id='roster:members'] tbody tr"))
                            .size(),
                    "nothing imported");
        }
        System.out.println(
                "XSS names, rosters and answers: " + XssCorpus.all().size() + " payloads; " + guard.summary());
    }

    /** Course texts from a zip (titles, Markdown, quiz.yaml) and a Moodle GIFT file. */
    @Test
    void courseFilesAndGiftShowAsTextAndNeverRun() throws Exception {
        XssGuard guard = new XssGuard(browser);
        Admin admin = new Admin(base);
        admin.createAccount("guru.kursus", "Guru Kursus", "TEACHER", TEACHER_PASSWORD);
        admin.createAccount("siswa.kursus", "Siswa Kursus", "STUDENT", PASSWORD);
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);

        // GIFT: every payload in a question, its right answer and its feedback.
        browser.open(base + "admin/gift.xhtml");
        browser.type(By.id("gift:quizId"), "kuis-gift-xss");
        browser.type(By.id("gift:quizTitle"), "Kuis GIFT " + XssCorpus.get(1).text());
        String gift = XssCorpus.all().stream()
                .map(p -> "::xss soal " + p.number() + "::Soal " + p.number() + ": " + giftEscape(p.text()) + " {="
                        + giftEscape(p.text()) + " #" + giftEscape(p.text()) + " ~Salah #" + giftEscape(p.text()) + "}")
                .collect(Collectors.joining("\n\n"));
        Path downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target", "downloads")), "gift");
        Path giftFile = downloads.resolve("xss.gift");
        Files.writeString(giftFile, gift);
        browser.driver()
                .findElement(By.id("gift:upload_input"))
                .sendKeys(giftFile.toAbsolutePath().toString());
        browser.waitForText(By.id("gift:text"), "xss-61");
        browser.click(By.id("gift:convert"));
        browser.find(By.id("gift-result"));
        String yaml = browser.text(By.cssSelector("#gift-result pre"));
        List<Integer> giftKept = XssCorpus.markersIn(yaml);
        guard.checkMarkers("admin GIFT import result", giftKept);
        Path quizYaml =
                browser.download(downloads, () -> browser.click(By.xpath("//section[@id='gift-result']//button")));
        byte[] giftQuiz = Files.readAllBytes(quizYaml);

        // A course zip whose lesson is raw payloads: refused, its problems shown as text.
        Map<String, byte[]> raw =
                course(giftQuiz, XssCorpus.all().stream().map(Payload::text).collect(Collectors.joining("\n\n")));
        browser.open(base + "admin/courses.xhtml");
        String coursesBefore = browser.text(By.id("list:courses"));
        // (A file name with markup never gets this far: PrimeFaces refuses it as "File Error".)
        upload(zip("kursus-mentah.zip", raw));
        browser.waitForText(By.id("problems"), "kursus-mentah.zip");
        guard.check("admin courses, a raw-HTML course refused", List.of());
        assertEquals(coursesBefore, browser.text(By.id("list:courses")), "nothing published");

        // The same course with its lesson's payloads as code: published, shown everywhere as text.
        Map<String, byte[]> good = course(
                giftQuiz,
                XssCorpus.all().stream().map(p -> "`` " + p.text() + " ``").collect(Collectors.joining("\n\n")));
        upload(zip("kursus-xss.zip", good));
        browser.waitForText(By.id("publish:feedback"), Texts.of("admin.courses.published", "kursus-xss", 1));
        List<Integer> titles = numbers(XssCorpus.packed(80).get(0));
        guard.check("admin courses, published", titles);
        browser.open(base + "admin/preview.xhtml?course=kursus-xss&version=1");
        guard.check("admin preview of the course", numbers(XssCorpus.packed(80).subList(0, 2)));
        browser.open(base + "admin/preview.xhtml?course=kursus-xss&version=1&lesson=pelajaran-kode");
        guard.check("admin preview of the lesson", numbers(XssCorpus.all()));
        browser.logOut();

        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.kursus", TEACHER_PASSWORD);
        teacher.submit(
                "teach/classes.xhtml",
                "create",
                Map.of("name", "Kelas Kursus", "grade", "8", "year", "2026/2027"),
                "submit");
        Matcher link = CLASS_LINK.matcher(teacher.get("teach/classes.xhtml").body());
        assertTrue(link.find());
        String classId = link.group(1);
        Matcher code =
                JOIN_CODE.matcher(teacher.get("teach/class.xhtml?id=" + classId).body());
        assertTrue(code.find());
        join("siswa.kursus", code.group(1));
        browser.logIn(base.toString(), "guru.kursus", TEACHER_PASSWORD);
        browser.open(base + "teach/class.xhtml?id=" + classId);
        List<List<Payload>> courseAndModule =
                List.of(XssCorpus.packed(80).get(0), XssCorpus.packed(80).get(2));
        guard.check("teacher class page (course and module titles in the assignment menu)", numbers(courseAndModule));
        browser.logOut();

        browser.logIn(base.toString(), "siswa.kursus", PASSWORD);
        guard.check("student home with the course", titles);
        browser.open(base + "learn/course.xhtml?id=kursus-xss");
        guard.check("student course page", numbers(XssCorpus.packed(80).subList(0, 3)));
        browser.open(base + "learn/lesson.xhtml?course=kursus-xss&lesson=pelajaran-kode");
        assertTrue(
                browser.text(By.className("lesson-body")).contains("Teks biasa pelajaran."), "the lesson's own text");
        guard.check("student lesson (payloads as code, objectives)", numbers(XssCorpus.all()));
        for (String[] quiz : new String[][] {{"kuis-gift-xss", "GIFT"}, {"kuis-yaml-xss", "quiz.yaml"}}) {
            List<Integer> kept = quiz[1].equals("GIFT") ? giftKept : numbers(XssCorpus.all());
            browser.open(base + "learn/quiz.xhtml?course=kursus-xss&quiz=" + quiz[0]);
            guard.check("student quiz intro (" + quiz[1] + ")", List.of(1));
            browser.click(By.id("start-quiz"));
            String attempt = browser.find(By.id("quiz-head")).getAttribute("data-attempt");
            int questions =
                    browser.driver().findElements(By.cssSelector(".question")).size();
            for (int q = 1; q <= questions; q++) {
                browser.open(base + "learn/attempt.xhtml?id=" + attempt + "&q=" + q);
                guard.check("student " + quiz[1] + " question " + q, List.of());
            }
            String allQuestions = XssGuard.normalise(
                    browser.driver().findElement(By.tagName("main")).getText());
            browser.open(base + "learn/attempt.xhtml?id=" + attempt + "&q=" + (questions + 1));
            browser.click(By.id("submit-attempt"));
            browser.find(By.id("score"));
            if (quiz[1].equals("GIFT")) {
                guard.checkMarkers("student review (GIFT, questions and feedback)", kept);
            } else {
                guard.check("student review (quiz.yaml, questions, choices and feedback)", kept);
            }
            assertFalse(allQuestions.isEmpty());
        }
        browser.open(base + "learn/progress.xhtml");
        guard.check("student Kemajuanku", List.of());
        browser.logOut();

        // The teacher's report: question analysis, worksheet and answer key of each quiz.
        browser.logIn(base.toString(), "guru.kursus", TEACHER_PASSWORD);
        browser.open(base + "teach/report.xhtml?id=" + classId + "&course=kursus-xss");
        browser.find(By.id("report:grid"));
        guard.check("teacher report of the course", titles);
        for (String quiz : List.of("kuis-gift-xss", "kuis-yaml-xss")) {
            new Select(browser.find(By.id("report:quiz"))).selectByValue(quiz);
            browser.waitForText(By.id("report:analysis"), quiz.equals("kuis-gift-xss") ? "Soal 61" : "xss-61");
            List<Integer> kept = quiz.equals("kuis-gift-xss") ? giftKept : numbers(XssCorpus.all());
            guard.checkMarkers("teacher question analysis of " + quiz, kept);
            byte[] worksheet =
                    Files.readAllBytes(browser.download(downloads, () -> browser.click(By.id("report:worksheet"))));
            Exports.pdf("worksheet of " + quiz, worksheet, kept);
            byte[] key =
                    Files.readAllBytes(browser.download(downloads, () -> browser.click(By.id("report:answer-key"))));
            Exports.pdf("answer key of " + quiz, key, kept);
            guard.counted(2 * kept.size());
        }
        System.out.println("XSS course files and GIFT: GIFT kept the markers of " + giftKept.size() + " of "
                + XssCorpus.all().size() + " payloads; " + guard.summary());
    }

    /** Zips that try to escape or explode, and junk in place of a roster or a GIFT file. */
    @Test
    void abusiveUploadsAreRefusedWithAClearMessage() throws Exception {
        XssGuard guard = new XssGuard(browser);
        browser.wide();
        browser.logIn(base.toString(), Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD);
        browser.open(base + "admin/courses.xhtml");
        String before = browser.text(By.id("list:courses"));
        Map<String, byte[]> sample = SampleCourse.files();

        Map<String, byte[]> traversal = new LinkedHashMap<>(prefixed(sample));
        traversal.put("contoh/../../../../tmp/saring-xss-traversal.md", "jejak".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> absolute = new LinkedHashMap<>(prefixed(sample));
        absolute.put("/tmp/saring-xss-absolute.md", "jejak".getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> bomb = new LinkedHashMap<>(prefixed(sample));
        bomb.put("contoh/01-modul-satu/gambar/nol.png", new byte[20 * 1024 * 1024]);
        Map<String, byte[]> many = new LinkedHashMap<>(prefixed(sample));
        for (int i = 0; i <= 2_000; i++) {
            many.put("contoh/gambar/" + i + ".png", new byte[] {1});
        }
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put(
                write("jalan-keluar.zip", CourseFilesTest.zip(traversal)).toString(),
                Texts.problem("zip.unsafePath", "contoh/../../../../tmp/saring-xss-traversal.md"));
        cases.put(
                write("jalan-mutlak.zip", CourseFilesTest.zip(absolute)).toString(),
                Texts.problem("zip.unsafePath", "/tmp/saring-xss-absolute.md"));
        Path bombZip = write("bom.zip", CourseFilesTest.zip(bomb));
        assertTrue(Files.size(bombZip) < 100_000, "20 MB of zeros compress to " + Files.size(bombZip) + " bytes");
        cases.put(
                bombZip.toString(),
                Texts.problem(
                        "zip.fileTooBig",
                        "contoh/01-modul-satu/gambar/nol.png",
                        CourseFiles.MAX_FILE_BYTES / (1024 * 1024)));
        cases.put(
                write("banyak.zip", CourseFilesTest.zip(many)).toString(),
                Texts.problem("zip.tooManyFiles", CourseFiles.MAX_FILES));
        cases.put(
                write("bukan.zip", "ini bukan zip".getBytes(StandardCharsets.UTF_8))
                        .toString(),
                Texts.problem("zip.notAZip"));
        cases.put(write("kosong.zip", new byte[0]).toString(), Texts.problem("zip.notAZip"));
        for (Map.Entry<String, String> abuse : cases.entrySet()) {
            String name = Path.of(abuse.getKey()).getFileName().toString();
            browser.open(base + "admin/courses.xhtml");
            upload(Path.of(abuse.getKey()));
            browser.waitForText(By.id("problems"), name);
            String problems = browser.text(By.id("problems"));
            assertTrue(
                    problems.contains(name + ": " + abuse.getValue()),
                    name + " is refused with a clear message: " + problems);
            assertEquals(before, browser.text(By.id("list:courses")), name + " publishes nothing");
            guard.check("admin courses, " + name + " refused", List.of());
        }
        assertFalse(Files.exists(Path.of("/tmp/saring-xss-traversal.md")), "nothing written outside");
        assertFalse(Files.exists(Path.of("/tmp/saring-xss-absolute.md")), "nothing written outside");

        // Binary junk as a GIFT file.
        byte[] junk = new byte[64 * 1024];
        new java.util.Random(42).nextBytes(junk);
        Path junkFile = write("sampah.gift", junk);
        browser.open(base + "admin/gift.xhtml");
        browser.type(By.id("gift:quizId"), "kuis-sampah");
        browser.type(By.id("gift:quizTitle"), "Kuis sampah");
        browser.upload(By.id("gift:upload_input"), junkFile, By.id("gift:text"));
        browser.click(By.id("gift:convert"));
        browser.waitForText(By.id("gift:feedback"), Texts.of("admin.gift.nothing"));
        guard.check("admin GIFT junk refused", List.of());
        browser.logOut();

        // Junk, too many lines and over-long names as a roster: a clear message, nobody imported.
        new Admin(base).createAccount("guru.sampah", "Guru Sampah", "TEACHER", TEACHER_PASSWORD);
        browser.logIn(base.toString(), "guru.sampah", TEACHER_PASSWORD);
        browser.click(By.id("nav-classes"));
        browser.type(By.id("create:name"), "8S");
        browser.type(By.id("create:grade"), "8");
        browser.type(By.id("create:year"), "2026/2027");
        browser.click(By.id("create:submit"));
        browser.click(By.linkText("8S"));
        String url = browser.driver().getCurrentUrl();
        Map<String, String> rosters = new LinkedHashMap<>();
        rosters.put(write("sampah.csv", junk).toString(), Texts.of("roster.tooMany"));
        rosters.put(
                write(
                                "banyak.csv",
                                IntStream.rangeClosed(1, 61)
                                        .mapToObj(
                                                i -> "Siswa Ke" + "abcdefghijklmnopqrstuvwxyz".charAt(i % 26) + "x" + i)
                                        .collect(Collectors.joining("\n"))
                                        .getBytes(StandardCharsets.UTF_8))
                        .toString(),
                Texts.of("roster.tooMany"));
        rosters.put(
                write(
                                "panjang.csv",
                                ("Siswa " + "a".repeat(150) + "\nDewi Anggraini\n").getBytes(StandardCharsets.UTF_8))
                        .toString(),
                Texts.of("roster.refused", 1));
        for (Map.Entry<String, String> roster : rosters.entrySet()) {
            browser.open(url);
            browser.upload(By.id("import:upload_input"), Path.of(roster.getKey()), By.id("import:names"));
            browser.click(By.id("import:submit"));
            browser.find(By.cssSelector("[id='import:feedback'] .ui-messages-error"));
            String feedback = browser.text(By.id("import:feedback"));
            assertTrue(feedback.contains(roster.getValue()), roster.getKey() + ": " + feedback);
            guard.check("roster " + Path.of(roster.getKey()).getFileName() + " refused", List.of());
            assertEquals(
                    0,
                    browser.driver()
                            .findElements(By.cssSelector(
                                    "[id='roster:members'] tbody tr td a, [id='roster:members'] tbody tr td button"))
                            .size(),
                    roster.getKey() + " imports nobody");
        }
        browser.logOut();
    }

    private void answerQuizWith(String shortAnswer) {
        SampleQuiz quiz = new SampleQuiz(browser);
        quiz.answerTheFirstFiveRight();
        type(quiz.inCurrent("input[name=text]"), shortAnswer);
        quiz.next(6);
        quiz.pick("SEBARKAN SEGERA!!");
        quiz.pick(Texts.of("quiz.hoax.verdict.hoaks"));
        quiz.next(7);
        quiz.pick("Tante, sudah cek ke situs PLN?");
        quiz.next(8);
        browser.click(By.id("submit-attempt"));
    }

    /**
     * Types {@code text}; a tab in it would move the focus as a key press, so that one character
     * goes in as a paste would put it.
     */
    private void type(WebElement field, String text) {
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                browser.driver().executeScript("arguments[0].value += '\\t';", field);
            }
            field.sendKeys(parts[i]);
        }
    }

    /** The student joins with the code through the form of their Home page, hidden fields and all. */
    private void join(String username, String code) {
        WebClient student = new WebClient(base);
        student.logIn(username, PASSWORD);
        String home = student.get("home.xhtml").body();
        Matcher form = Pattern.compile("<form[^>]*action=\"([^\"]*/learn/join)\"[^>]*>(.*?)</form>", Pattern.DOTALL)
                .matcher(home);
        assertTrue(form.find(), "Home has the join form");
        StringBuilder body = new StringBuilder("code=" + code);
        Matcher hidden = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>").matcher(form.group(2));
        while (hidden.find()) {
            Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(hidden.group());
            Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(hidden.group());
            if (name.find()) {
                body.append('&')
                        .append(URLEncoder.encode(name.group(1), StandardCharsets.UTF_8))
                        .append('=')
                        .append(URLEncoder.encode(
                                value.find() ? value.group(1).replace("&amp;", "&") : "", StandardCharsets.UTF_8));
            }
        }
        HttpResponse<String> joined = student.postForm(form.group(1), body.toString(), "text/html");
        assertTrue(joined.statusCode() < 400, username + " joins: " + joined.statusCode() + " " + joined.body());
    }

    /**
     * The course: titles from the first packs of the corpus, a lesson whose Markdown is
     * {@code lesson} with the corpus as its objectives, the GIFT quiz, and a second module whose
     * quiz.yaml carries the corpus in questions, choices and feedback.
     */
    private static Map<String, byte[]> course(byte[] giftQuiz, String lesson) {
        List<List<Payload>> titles = XssCorpus.packed(80);
        Map<String, byte[]> files = new LinkedHashMap<>();
        put(
                files,
                "course.yaml",
                "id: kursus-xss\ntitle: " + yaml(XssCorpus.join(titles.get(0))) + "\nsummary: "
                        + yaml(XssCorpus.join(titles.get(1))) + "\ngrades: 7-9\nhours: 1\ntags: [pilar:cakap]\n");
        put(files, "01-modul/module.yaml", "id: modul-xss\ntitle: " + yaml(XssCorpus.join(titles.get(2))) + "\n");
        put(
                files,
                "01-modul/01-kode.md",
                "---\nid: pelajaran-kode\ntitle: " + yaml(XssCorpus.join(titles.get(3)))
                        + "\nminutes: 5\nobjectives:\n"
                        + XssCorpus.all().stream()
                                .map(p -> "  - " + yaml(p.text()) + "\n")
                                .collect(Collectors.joining())
                        + "---\nTeks biasa pelajaran.\n\n" + lesson + "\n");
        files.put("01-modul/quiz.yaml", giftQuiz);
        put(files, "02-modul/module.yaml", "id: modul-yaml-xss\ntitle: Modul kedua\n");
        put(
                files,
                "02-modul/01-baca.md",
                "---\nid: pelajaran-baca\ntitle: Bacaan\nminutes: 1\nobjectives:\n  - Membaca\n---\nBaca ini.\n");
        StringBuilder quiz = new StringBuilder(
                "id: kuis-yaml-xss\ntitle: " + yaml("Kuis " + XssCorpus.get(1).text())
                        + "\nsettings:\n  pass-mark: 50\n  feedback: immediate\nquestions:\n");
        List<List<Payload>> packs = XssCorpus.packed(300);
        for (int i = 0; i < packs.size(); i++) {
            String text = yaml(XssCorpus.join(packs.get(i)));
            quiz.append("  - id: q-")
                    .append(i + 1)
                    .append("\n    type: single\n    text: ")
                    .append(text)
                    .append("\n    explanation: ")
                    .append(text)
                    .append("\n    choices:\n      - text: ")
                    .append(text)
                    .append("\n        correct: true\n        feedback: ")
                    .append(text)
                    .append("\n      - text: Salah\n        feedback: ")
                    .append(text)
                    .append("\n");
            // A hoax post and a chat thread: their own rendering, with attributes (aria-label).
            String pack = XssCorpus.join(packs.get(i));
            // A marked part holds no brackets or bar of its own (the author's syntax).
            String segment = pack.matches(".*[\\[\\]|].*") ? "Sebarkan" : pack;
            String marked = yaml("[[seru|" + segment + "]] " + pack);
            quiz.append("  - id: q-post-" + (i + 1) + "\n    type: hoax-post\n    text: " + text
                    + "\n    post:\n      kind: chat\n      sender: " + text
                    + "\n      time: \"07.15\"\n      body: " + marked
                    + "\n    segments:\n      seru:\n        red-flag: true\n        explanation: " + text
                    + "\n    verdict: hoaks\n");
            quiz.append("  - id: q-chat-" + (i + 1) + "\n    type: chat-thread\n    text: " + text
                    + "\n    thread:\n      group: " + text
                    + "\n      messages:\n        - from: " + text
                    + "\n          text: " + text
                    + "\n    choices:\n      - text: " + text
                    + "\n        correct: true\n        feedback: " + text
                    + "\n      - text: Salah\n");
        }
        put(files, "02-modul/quiz.yaml", quiz.toString());
        return files;
    }

    private static void put(Map<String, byte[]> files, String path, String text) {
        files.put(path, text.getBytes(StandardCharsets.UTF_8));
    }

    /** A YAML double-quoted scalar. */
    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    private static String giftEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            if ("\\~=#{}:".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static List<Integer> numbers(List<?> payloads) {
        List<Integer> numbers = new ArrayList<>();
        for (Object o : payloads) {
            if (o instanceof Payload p) {
                numbers.add(p.number());
            } else if (o instanceof List<?> list) {
                numbers.addAll(numbers(list));
            }
        }
        return numbers;
    }

    private void upload(Path zip) {
        WebElement input = browser.driver().findElement(By.id("publish:upload_input"));
        input.sendKeys(zip.toAbsolutePath().toString());
    }

    private static Map<String, byte[]> prefixed(Map<String, byte[]> files) {
        Map<String, byte[]> inFolder = new LinkedHashMap<>();
        files.forEach((path, content) -> inFolder.put("contoh/" + path, content));
        return inFolder;
    }

    private static Path zip(String name, Map<String, byte[]> files) throws IOException {
        return write(name, CourseFilesTest.zip(prefixed(files)));
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        Path file = Path.of("target", "it-zips", "xss", name).toAbsolutePath();
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    static {
        IntStream.rangeClosed(1, XssCorpus.all().size()).forEach(XssCorpus::get);
    }
}

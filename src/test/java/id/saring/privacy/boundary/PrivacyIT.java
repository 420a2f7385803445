package id.saring.privacy.boundary;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.infrastructure.time.SchoolZone;
import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Guardian consent, a student's data export and erasure on request (UU PDP), over HTTP the way the
 * pages are used, and the way an attacker would try them: another teacher's tampered class id
 * notes nothing, teachers and students never reach the administrator's export.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    private static final String PASSWORD = "pensil-warna-31";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern CLASS_LINK = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)");

    /**
     * Runs on H2 and, with {@code -Dit.test=PrivacyIT}, on PostgreSQL too (so V8 is checked there):
     * then in an empty schema of its own, with the sample course in that container's folder.
     */
    @Deployment(testable = false)
    static WebArchive deployment() throws SQLException {
        if ("postgres".equals(System.getProperty("arquillian.launch"))) {
            String url = System.getProperty("saring.test.pg.url");
            Matcher schema = Pattern.compile("[?&]currentSchema=([a-z_]+)").matcher(url);
            if (schema.find()) {
                try (Connection connection =
                                DriverManager.getConnection(url.replaceFirst("[?&]currentSchema=[^&]*", ""));
                        Statement statement = connection.createStatement()) {
                    statement.execute("drop schema if exists " + schema.group(1) + " cascade");
                    statement.execute("create schema " + schema.group(1));
                }
            }
            return Deployments.saringWarWithSampleCourse(Path.of("target", "it-courses-postgres"));
        }
        return Deployments.saringWarWithSampleCourse();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTeacherNotesAGuardiansConsentAndWithdrawsItAnotherTeacherCannot() {
        WebClient teacher = logIn("guru.p1", "TEACHER");
        WebClient student = logIn("siswa.p1", "STUDENT");
        WebClient other = logIn("guru.p2", "TEACHER");
        long classId = classWithStudent(teacher, student, "8A");
        long otherClass = createClass(other, "9A");
        String page = "teach/class.xhtml?id=" + classId;

        String before = teacher.get(page).body();
        assertTrue(before.contains("1 dari 1 siswa belum ada persetujuan wali"), before);
        assertTrue(before.contains("Belum ada persetujuan wali"));

        LocalDate today = LocalDate.now(ZoneId.of(SchoolZone.DEFAULT));
        HttpResponse<String> future = noteConsent(teacher, page, "siswa.p1", "Wulan Kusuma", today.plusDays(2));
        assertTrue(future.body().contains("Tanggal persetujuan tidak boleh di masa depan"), future.body());
        HttpResponse<String> nameless = noteConsent(teacher, page, "siswa.p1", " ", today);
        assertTrue(nameless.body().contains("Tulis nama orang tua atau wali."), nameless.body());
        assertTrue(teacher.get(page).body().contains("1 dari 1 siswa belum ada"), "nothing noted by bad input");

        LocalDate given = today.minusDays(3);
        HttpResponse<String> noted = noteConsent(teacher, page, "siswa.p1", "Wulan Kusuma", given);
        assertTrue(noted.body().contains("Persetujuan wali untuk Orang siswa.p1 dicatat"), noted.body());
        String after = teacher.get(page).body();
        String status = "Wulan Kusuma (ibu) · formulir kertas bertanda tangan · "
                + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("id"))
                        .format(given);
        assertTrue(after.contains(status), after);
        assertTrue(after.contains("0 dari 1 siswa belum ada persetujuan wali"), after);

        // Another teacher: the student is not in their class, and the victim's class id in the
        // request (the view parameter is read again on a post) notes nothing either.
        HttpResponse<String> own =
                noteConsent(other, "teach/class.xhtml?id=" + otherClass, "siswa.p1", "Penyusup", today);
        assertFalse(own.body().contains("dicatat"), own.body());
        HttpResponse<String> tampered =
                noteConsentTampered(other, "teach/class.xhtml?id=" + otherClass, classId, "siswa.p1", "Penyusup");
        assertFalse(tampered.body().contains("dicatat"), tampered.body());
        assertFalse(tampered.body().contains("Orang siswa.p1"), "nothing about the victim's class");
        String unchanged = teacher.get(page).body();
        assertTrue(unchanged.contains(status), "the consent is unchanged");
        assertFalse(unchanged.contains("Penyusup"));

        String trail = new Admin(base).page("admin/audit.xhtml");
        assertTrue(
                Pattern.compile(
                                "guru\\.p1\\s*</td>\\s*<td[^>]*>\\s*Persetujuan wali dicatat\\s*</td>\\s*<td[^>]*>\\s*siswa\\.p1")
                        .matcher(trail)
                        .find(),
                trail);
        assertFalse(trail.contains("Kusuma"), "the trail does not copy the guardian's name");
        assertTrue(new Admin(base).page("admin/users.xhtml").contains("consent-yes"), "shown to the administrator");

        HttpResponse<String> withdrawn = teacher.submit(page, "roster", Map.of(), "members:0:withdraw");
        assertTrue(withdrawn.body().contains("Persetujuan wali ditarik"), withdrawn.body());
        assertTrue(teacher.get(page).body().contains("1 dari 1 siswa belum ada persetujuan wali"));
        assertTrue(new Admin(base)
                .page("admin/audit.xhtml")
                .matches("(?s).*Persetujuan wali ditarik\\s*</td>\\s*<td[^>]*>\\s*siswa\\.p1.*"));
    }

    @Test
    void theExportHoldsTheStudentsAttemptsAndAnswersAndNothingOfAnotherStudent() {
        WebClient teacher = logIn("guru.e1", "TEACHER");
        WebClient student = logIn("siswa.e1", "STUDENT");
        WebClient classmate = logIn("siswa.e2", "STUDENT");
        long classId = classWithStudent(teacher, student, "8E");
        join(classmate, joinCode(teacher, classId));
        submitQuiz(student, "choice=a");
        submitQuiz(classmate, "choice=b");
        WebClient admin = admin();
        long id = studentId(admin, "siswa.e1");
        String page = "admin/student.xhtml?id=" + id;

        String shown = admin.get(page).body();
        assertTrue(shown.contains("1 percobaan kuis"), shown);
        HttpResponse<String> json = admin.submit(page, "export", Map.of(), "json");
        assertTrue(
                json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), json.toString());
        assertTrue(
                json.headers().firstValue("Content-Disposition").orElse("").contains("data-siswa.e1.json"),
                json.headers().toString());
        JsonObject file = Json.createReader(new StringReader(json.body())).readObject();
        assertEquals("siswa.e1", file.getJsonObject("student").getString("username"));
        JsonObject attempt = file.getJsonArray("attempts").getJsonObject(0);
        assertEquals(QUIZ, attempt.getString("quiz"));
        assertEquals(
                "a",
                attempt.getJsonArray("answers")
                        .getJsonObject(0)
                        .getJsonObject("response")
                        .getString("choice"));
        assertEquals("8E", file.getJsonArray("classes").getJsonObject(0).getString("name"));
        assertFalse(json.body().contains("siswa.e2"), "nothing about another student");
        assertFalse(json.body().contains("PBKDF2"), "no password hash");

        HttpResponse<String> csv = admin.submit(page, "export", Map.of(), "csv");
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), csv.toString());
        assertTrue(csv.body().contains("q-tunggal"), csv.body());

        assertEquals(403, teacher.get(page).statusCode(), "teachers never reach the administrator's page");
        assertEquals(403, student.get(page).statusCode());

        // The student's own teacher can hand a guardian the file; another teacher with the
        // class id changed in the request gets no file.
        HttpResponse<String> fromTeacher =
                teacher.submit("teach/class.xhtml?id=" + classId, "roster", Map.of(), "members:0:export");
        assertTrue(
                fromTeacher.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                fromTeacher.body());
        assertEquals(
                "siswa.e1",
                Json.createReader(new StringReader(fromTeacher.body()))
                        .readObject()
                        .getJsonObject("student")
                        .getString("username"));
        WebClient other = logIn("guru.e2", "TEACHER");
        long otherClass = createClass(other, "9E");
        HttpResponse<String> tampered = other.submitTo(
                "teach/class.xhtml?id=" + otherClass,
                "teach/class.xhtml?id=" + classId,
                "roster",
                Map.of(),
                "members:0:export");
        assertFalse(tampered.body().contains("siswa.e1"), tampered.body());

        String trail = admin.get("admin/audit.xhtml").body();
        assertTrue(
                Pattern.compile("Data siswa diunduh\\s*</td>\\s*<td[^>]*>\\s*siswa\\.e1")
                        .matcher(trail)
                        .find(),
                trail);
    }

    @Test
    void anErasedStudentLeavesTheReportsCannotLogInAndTheirCertificateNoLongerVerifies() throws Exception {
        WebClient teacher = logIn("guru.h1", "TEACHER");
        WebClient student = logIn("siswa.h1", "STUDENT");
        long classId = classWithStudent(teacher, student, "8H");
        HttpResponse<String> read =
                student.postForm("learn/read", "course=" + QUIZ_COURSE + "&lesson=apa-itu-hoaks", "text/html");
        assertEquals(302, read.statusCode(), read.toString());
        submitQuiz(
                student,
                "choice=a",
                "choices=a,b",
                "answer=true",
                "m0=0&m1=1",
                "p0=1&p1=2&p2=3&p3=4",
                "text=turnbackhoax.id",
                "flags=seru&verdict=hoaks",
                "choice=a");
        HttpResponse<byte[]> pdf = student.getBytes("learn/certificate?course=" + QUIZ_COURSE);
        assertEquals(200, pdf.statusCode(), "the course is complete: a certificate");
        String report = "teach/report.xhtml?id=" + classId + "&course=" + QUIZ_COURSE;
        assertTrue(teacher.get(report).body().contains("Orang siswa.h1"), "counted before");

        WebClient admin = admin();
        long id = studentId(admin, "siswa.h1");
        String page = "admin/student.xhtml?id=" + id;
        JsonObject file = Json.createReader(new StringReader(
                        admin.submit(page, "export", Map.of(), "json").body()))
                .readObject();
        String code = file.getJsonArray("certificates").getJsonObject(0).getString("code");
        assertTrue(admin.get("verify.xhtml?code=" + code).body().contains("Sertifikat ini asli"));

        HttpResponse<String> unconfirmed = admin.submit(page, "erase", Map.of("confirmation", "siswa.h"), "submit");
        assertTrue(unconfirmed.body().contains("Nama pengguna yang diketik tidak sama. Tidak ada yang dihapus."));
        assertTrue(teacher.get(report).body().contains("Orang siswa.h1"), "nothing erased without the confirmation");

        HttpResponse<String> erased = admin.submit(page, "erase", Map.of("confirmation", "siswa.h1"), "submit");
        assertTrue(WebClient.isRedirect(erased), erased.body());
        String users = admin.open(erased.headers().firstValue("Location").orElseThrow())
                .body();
        assertTrue(users.contains("Akun siswa #" + id + " dan semua datanya telah dihapus (1 percobaan"), users);
        assertFalse(users.contains("siswa.h1"), "gone from the list of accounts");

        String after = teacher.get(report).body();
        assertFalse(after.contains("Orang siswa.h1"), after);
        assertFalse(teacher.get("teach/class.xhtml?id=" + classId).body().contains("siswa.h1"));
        assertNotEquals(302, new WebClient(base).logIn("siswa.h1", PASSWORD).statusCode(), "cannot log in");
        assertTrue(loggedOutWithin(student, Duration.ofSeconds(30)), "the erased student's open session ends too");
        String verified = admin.get("verify.xhtml?code=" + code).body();
        assertTrue(verified.contains("Kode ini tidak dikenal"), verified);
        String gone = admin.get(page).body();
        assertTrue(gone.contains("Akun siswa itu tidak ditemukan."), gone);

        String trail = admin.get("admin/audit.xhtml").body();
        Matcher entry = Pattern.compile(
                        "admin\\s*</td>\\s*<td[^>]*>\\s*Siswa dihapus atas permintaan\\s*</td>\\s*<td[^>]*>\\s*akun siswa #"
                                + id + "\\s*</td>\\s*<td[^>]*>([^<]*)<")
                .matcher(trail);
        assertTrue(entry.find(), trail);
        assertTrue(entry.group(1).contains("1 percobaan"), entry.group(1));
        assertFalse(entry.group(1).contains("siswa.h1"), "the entry does not keep the child's name");
    }

    @Test
    void erasingAnAccountThatIsNoStudentsOrDoesNotExistSaysSo() {
        new Admin(base).createAccount("guru.x1", "Orang guru.x1", "TEACHER", PASSWORD);
        new Admin(base).createAccount("siswa.x1", "Orang siswa.x1", "STUDENT", PASSWORD);
        WebClient admin = admin();
        long student = studentId(admin, "siswa.x1");
        // Accounts are numbered in the order they are opened: the teacher's is the one before.
        long teacher = student - 1;

        String notStudent = admin.get("admin/student.xhtml?id=" + teacher).body();
        assertTrue(notStudent.contains("Itu bukan akun siswa"), notStudent);
        String missing = admin.get("admin/student.xhtml?id=987654321").body();
        assertTrue(missing.contains("Akun siswa itu tidak ditemukan."), missing);
        assertTrue(admin.get("admin/student.xhtml?id=abc").statusCode() < 500);

        // The student's page, posted with the teacher's id: refused, both accounts stay.
        HttpResponse<String> tampered = admin.submitTo(
                "admin/student.xhtml?id=" + student,
                "admin/student.xhtml?id=" + teacher,
                "erase",
                Map.of("confirmation", "guru.x1"),
                "submit");
        assertTrue(tampered.body().contains("Itu bukan akun siswa"), tampered.body());
        assertEquals(302, new WebClient(base).logIn("guru.x1", PASSWORD).statusCode());
        assertEquals(302, new WebClient(base).logIn("siswa.x1", PASSWORD).statusCode());
    }

    private HttpResponse<String> noteConsent(
            WebClient teacher, String page, String student, String guardian, LocalDate given) {
        return teacher.submit(
                page,
                "consent",
                Map.of(
                        "student",
                        student,
                        "guardian",
                        guardian,
                        "relation",
                        "MOTHER",
                        "method",
                        "PAPER_FORM",
                        "given_input",
                        TYPED.format(given)),
                "submit");
    }

    /** The other teacher's own page and view state, posted with the victim's class id. */
    private HttpResponse<String> noteConsentTampered(
            WebClient other, String ownPage, long victimClass, String student, String guardian) {
        return other.submitTo(
                ownPage,
                "teach/class.xhtml?id=" + victimClass,
                "consent",
                Map.of(
                        "student",
                        student,
                        "guardian",
                        guardian,
                        "relation",
                        "MOTHER",
                        "method",
                        "PAPER_FORM",
                        "given_input",
                        TYPED.format(LocalDate.now(ZoneId.of(SchoolZone.DEFAULT)))),
                "submit");
    }

    /** Starts the sample quiz, saves one answer per question in its order, and submits. */
    private void submitQuiz(WebClient student, String... answers) {
        HttpResponse<String> started =
                student.postForm("learn/start", "course=" + QUIZ_COURSE + "&quiz=" + QUIZ, "text/html");
        Matcher attempt = Pattern.compile("id=(\\d+)")
                .matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(attempt.find(), started.toString());
        String[] questions = {
            "q-tunggal", "q-ganda", "q-benar-salah", "q-jodoh", "q-urut", "q-isian", "q-unggahan", "q-obrolan"
        };
        for (int i = 0; i < answers.length; i++) {
            HttpResponse<String> saved = student.postForm(
                    "learn/answer",
                    "attempt=" + attempt.group(1) + "&question=" + questions[i] + "&sequence=1&action=save&"
                            + answers[i],
                    "application/json");
            assertEquals(200, saved.statusCode(), questions[i] + ": " + saved.body());
        }
        HttpResponse<String> submitted = student.postForm(
                "learn/answer", "attempt=" + attempt.group(1) + "&sequence=1&action=submit", "text/html");
        assertEquals(302, submitted.statusCode(), submitted.body());
    }

    private long classWithStudent(WebClient teacher, WebClient student, String name) {
        long classId = createClass(teacher, name);
        join(student, joinCode(teacher, classId));
        return classId;
    }

    private static void join(WebClient student, String code) {
        student.postForm("learn/join", "code=" + code, "text/html");
    }

    private static String joinCode(WebClient teacher, long classId) {
        Matcher code = Pattern.compile("class=\"join-code\">([A-Z0-9]{6})<")
                .matcher(teacher.get("teach/class.xhtml?id=" + classId).body());
        assertTrue(code.find());
        return code.group(1);
    }

    private static long createClass(WebClient teacher, String name) {
        String page = teacher.submit(
                        "teach/classes.xhtml",
                        "create",
                        Map.of("name", name, "grade", "8", "year", "2026/2027"),
                        "submit")
                .body();
        Matcher link = CLASS_LINK.matcher(page);
        long newest = 0;
        while (link.find()) {
            newest = Math.max(newest, Long.parseLong(link.group(1)));
        }
        assertTrue(newest > 0, page);
        return newest;
    }

    /** The account's number, from its link on the administrator's list of accounts. */
    private static long studentId(WebClient admin, String username) {
        Matcher row = Pattern.compile(
                        ">\\s*" + Pattern.quote(username) + "\\s*<.*?admin/student\\.xhtml\\?id=(\\d+)", Pattern.DOTALL)
                .matcher(admin.get("admin/users.xhtml").body());
        assertTrue(row.find(), username);
        return Long.parseLong(row.group(1));
    }

    private WebClient admin() {
        WebClient admin = new WebClient(base);
        assertEquals(
                302,
                admin.logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD)
                        .statusCode());
        return admin;
    }

    /** Whether {@code client}'s next page request is sent to the login page within {@code time}. */
    private static boolean loggedOutWithin(WebClient client, Duration time) throws InterruptedException {
        long until = System.nanoTime() + time.toNanos();
        while (System.nanoTime() < until) {
            HttpResponse<String> home = client.get("home.xhtml");
            if (home.statusCode() == 302
                    && home.headers().firstValue("Location").orElse("").endsWith("/login.xhtml")) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    private WebClient logIn(String username, String role) {
        new Admin(base).createAccount(username, "Orang " + username, role, PASSWORD);
        WebClient client = new WebClient(base);
        assertEquals(302, client.logIn(username, PASSWORD).statusCode());
        return client;
    }
}

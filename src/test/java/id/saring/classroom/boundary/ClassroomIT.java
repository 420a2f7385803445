package id.saring.classroom.boundary;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.infrastructure.time.SchoolZone;
import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * Teachers' reports, exports, assignments and students' attempts over HTTP, tried the way an
 * attacker would: another teacher changing the class or attempt id in the URL or the request gets
 * "not found", never data; students never reach teacher pages.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClassroomIT {

    /** As the date picker writes a moment in Indonesian: 21/11/2026 19.00. */
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm");

    private static final String PASSWORD = "pensil-warna-31";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @ArquillianResource
    URL base;

    @Test
    void anotherTeacherGetsNotFoundForEveryReportAndAttemptOfTheClass() {
        WebClient teacher = logIn("guru.a", "TEACHER");
        WebClient student = logIn("siswa.a", "STUDENT");
        WebClient other = logIn("guru.b", "TEACHER");
        long[] ids = classWithAnAttempt(teacher, student);
        String report = "teach/report.xhtml?id=" + ids[0] + "&course=" + QUIZ_COURSE;
        String attempt = "teach/attempt.xhtml?class=" + ids[0] + "&id=" + ids[1];

        HttpResponse<String> own = teacher.get(report);
        assertEquals(200, own.statusCode());
        assertTrue(own.body().contains("Orang siswa.a"), "the teacher sees their student");
        assertTrue(
                own.body().contains(attempt.substring("teach/".length()).replace("&", "&amp;")),
                "linked from the grid");
        HttpResponse<String> answers = teacher.get(attempt);
        assertEquals(200, answers.statusCode());
        assertTrue(answers.body().contains("Orang siswa.a"), answers.body());

        for (String page :
                new String[] {report, attempt, "teach/class.xhtml?id=" + ids[0], "teach/report.xhtml?id=" + ids[0]}) {
            HttpResponse<String> response = other.get(page);
            assertEquals(404, response.statusCode(), page);
            assertFalse(response.body().contains("Orang siswa.a"), page);
        }
        assertEquals(403, student.get(report).statusCode(), "students never reach reports");
        assertEquals(403, student.get(attempt).statusCode());
    }

    @Test
    void anExportRequestCarryingAnotherClassIdLeaksNothing() {
        WebClient teacher = logIn("guru.c", "TEACHER");
        WebClient student = logIn("siswa.c", "STUDENT");
        WebClient other = logIn("guru.d", "TEACHER");
        long[] victim = classWithAnAttempt(teacher, student);
        long own = createClass(other, "9C");

        // The other teacher's own report gives them a view state; they post its CSV export with
        // the victim's class id in the request.
        String page = other.get("teach/report.xhtml?id=" + own + "&course=" + QUIZ_COURSE)
                .body();
        HttpResponse<byte[]> tampered = other.postFormForBytes(
                "teach/report.xhtml?id=" + victim[0] + "&course=" + QUIZ_COURSE,
                "report=report&report%3Aexport-csv=&id=" + victim[0] + "&" + WebClient.facesFields(page));
        assertEquals(404, tampered.statusCode(), "not found, as the same address asked with GET");
        assertTrue(new String(tampered.body(), StandardCharsets.UTF_8).contains("Halaman tidak ditemukan"));
        assertFalse(new String(tampered.body(), StandardCharsets.UTF_8).contains("Orang siswa.c"));
        assertFalse(tampered.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));

        // The victim's own export has the student, as CSV.
        String victimPage = teacher.get("teach/report.xhtml?id=" + victim[0] + "&course=" + QUIZ_COURSE)
                .body();
        HttpResponse<byte[]> export = teacher.postFormForBytes(
                "teach/report.xhtml", "report=report&report%3Aexport-csv=&" + WebClient.facesFields(victimPage));
        assertTrue(export.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"), export.toString());
        assertTrue(new String(export.body(), StandardCharsets.UTF_8).contains("Orang siswa.c"));
    }

    @Test
    void aTeacherAssignsAModuleAndTheStudentSeesThatItIsLate() {
        WebClient teacher = logIn("guru.e", "TEACHER");
        WebClient student = logIn("siswa.e", "STUDENT");
        long[] ids = classWithAnAttempt(teacher, student);
        String classPage = "teach/class.xhtml?id=" + ids[0];
        LocalDateTime now = LocalDateTime.now(ZoneId.of(SchoolZone.DEFAULT));

        HttpResponse<String> refused = assign(teacher, classPage, now, now.minusDays(1));
        assertTrue(refused.body().contains("Batas waktu harus sesudah tanggal dibuka"), refused.body());
        // A due date in the past is asked about first, and assigned when the teacher confirms it.
        HttpResponse<String> asked = assign(teacher, classPage, now.minusDays(2), now.minusDays(1));
        assertTrue(asked.body().contains("Batas waktu ini sudah lewat"), asked.body());
        assertFalse(asked.body().contains("Tugas diberikan"), "not assigned before the teacher confirms");
        HttpResponse<String> assigned =
                teacher.submitOn(asked, "assign", assignment(now.minusDays(2), now.minusDays(1)), "confirm-past");
        assertTrue(assigned.body().contains("Tugas diberikan"), assigned.body());

        // Past due and not done (the quiz was not passed): late on the student's home...
        String home = student.get("home.xhtml").body();
        assertTrue(home.contains("id=\"assignments\""), home);
        assertTrue(home.contains("Terlambat"), home);
        // ...and behind in the teacher's grid.
        String report = teacher.get("teach/report.xhtml?id=" + ids[0] + "&course=" + QUIZ_COURSE)
                .body();
        assertTrue(report.contains("dan 1 siswa tertinggal"), report);

        WebClient stranger = logIn("siswa.f", "STUDENT");
        assertFalse(stranger.get("home.xhtml").body().contains("id=\"assignments\""), "not in the class: no work");
    }

    @Test
    void schoolsKeepTheirClassesAndStudentsApart() {
        Admin admin = new Admin(base);
        String wates = admin.createSchool("SMP Negeri 3 Wates", "Kulon Progo");
        String sentolo = admin.createSchool("SMP Negeri 1 Sentolo", "Kulon Progo");
        admin.createAccount("guru.wates", "Bu Endah", "TEACHER", PASSWORD, wates);
        admin.createAccount("siswa.sentolo", "Galih Sentolo", "STUDENT", PASSWORD, sentolo);
        WebClient teacher = new WebClient(base);
        teacher.logIn("guru.wates", PASSWORD);
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "7C", "grade", "7", "year", "2026/2027"), "submit");
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(code.find());

        WebClient outsider = new WebClient(base);
        outsider.logIn("siswa.sentolo", PASSWORD);
        HttpResponse<String> refused = outsider.postForm("learn/join", "code=" + code.group(1), "text/html");
        assertTrue(
                outsider.open(refused.headers().firstValue("Location").orElseThrow())
                        .body()
                        .contains("Kode itu tidak dikenal"),
                "another school's class is as if it did not exist");

        HttpResponse<String> imported = teacher.submit(
                "teach/class.xhtml?id=" + classId(created.body()),
                "import",
                Map.of("names", "Rina Wulandari"),
                "submit");
        assertTrue(imported.body().contains("1 akun dibuat"), imported.body());
        String users = admin.page("admin/users.xhtml");
        Matcher rina = Pattern.compile("Rina Wulandari.{0,400}?SMP Negeri 3 Wates", Pattern.DOTALL)
                .matcher(users);
        assertTrue(rina.find(), "an imported student belongs to the teacher's school");
        String schools = admin.page("admin/schools.xhtml");
        Matcher counts = Pattern.compile("SMP Negeri 3 Wates.{0,300}?>\\s*1\\s*<.{0,200}?>\\s*1\\s*<", Pattern.DOTALL)
                .matcher(schools);
        assertTrue(counts.find(), "one teacher and one student: " + schools);
        String trail = admin.page("admin/audit.xhtml");
        Matcher entry = Pattern.compile(
                        "guru\\.wates\\s*</td>\\s*<td[^>]*>\\s*Daftar siswa diimpor\\s*</td>\\s*<td[^>]*>\\s*7C")
                .matcher(trail);
        assertTrue(entry.find(), "the import is in the audit trail: " + trail);
        assertTrue(trail.contains("Sekolah ditambahkan"), trail);
    }

    private HttpResponse<String> assign(WebClient teacher, String classPage, LocalDateTime opens, LocalDateTime due) {
        return teacher.submit(classPage, "assign", assignment(opens, due), "submit");
    }

    private static Map<String, String> assignment(LocalDateTime opens, LocalDateTime due) {
        return Map.of(
                "what",
                QUIZ_COURSE + "/modul-satu",
                "opens_input",
                TYPED.format(opens),
                "due_input",
                TYPED.format(due));
    }

    /** A class of the teacher with the student in it, who submitted the sample quiz with one answer. */
    private long[] classWithAnAttempt(WebClient teacher, WebClient student) {
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", "8B", "grade", "8", "year", "2026/2027"), "submit");
        Matcher code = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})").matcher(created.body());
        assertTrue(code.find(), created.body());
        long classId = classId(created.body());
        student.postForm("learn/join", "code=" + code.group(1), "text/html");
        HttpResponse<String> started =
                student.postForm("learn/start", "course=" + QUIZ_COURSE + "&quiz=" + QUIZ, "text/html");
        Matcher attempt = Pattern.compile("id=(\\d+)")
                .matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(attempt.find(), started.toString());
        long attemptId = Long.parseLong(attempt.group(1));
        student.postForm(
                "learn/answer",
                "attempt=" + attemptId + "&question=q-tunggal&sequence=1&action=save&choice=a",
                "application/json");
        HttpResponse<String> submitted =
                student.postForm("learn/answer", "attempt=" + attemptId + "&sequence=1&action=submit", "text/html");
        assertEquals(302, submitted.statusCode(), submitted.body());
        return new long[] {classId, attemptId};
    }

    private long createClass(WebClient teacher, String name) {
        return classId(teacher.submit(
                        "teach/classes.xhtml",
                        "create",
                        Map.of("name", name, "grade", "9", "year", "2026/2027"),
                        "submit")
                .body());
    }

    /** The newest class in the teacher's list (ids grow). */
    private static long classId(String classesPage) {
        Matcher link = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)").matcher(classesPage);
        long newest = 0;
        while (link.find()) {
            newest = Math.max(newest, Long.parseLong(link.group(1)));
        }
        assertTrue(newest > 0, classesPage);
        return newest;
    }

    @Test
    void aTeacherMovesAStudentOnlyBetweenTheirOwnClasses() {
        WebClient teacher = logIn("guru.m", "TEACHER");
        WebClient other = logIn("guru.n", "TEACHER");
        WebClient student = logIn("siswa.m", "STUDENT");
        long from = createClass(teacher, "9A");
        long to = createClass(teacher, "9B");
        long foreign = createClass(other, "9Z");
        Matcher code = Pattern.compile("class=\"join-code\">([A-Z0-9]{6})<")
                .matcher(teacher.get("teach/class.xhtml?id=" + from).body());
        assertTrue(code.find());
        student.postForm("learn/join", "code=" + code.group(1), "text/html");
        String fromPage = "teach/class.xhtml?id=" + from;
        assertTrue(teacher.get(fromPage).body().contains("Orang siswa.m"));

        assertEquals(404, other.get(fromPage).statusCode(), "another teacher's class is not found");
        HttpResponse<String> refused =
                teacher.submit(fromPage, "move", Map.of("student", "siswa.m", "to", String.valueOf(foreign)), "submit");
        assertFalse(refused.body().contains("dipindahkan ke kelas"), "not into another teacher's class");
        assertTrue(teacher.get(fromPage).body().contains("Orang siswa.m"), "still in 9A");

        HttpResponse<String> moved =
                teacher.submit(fromPage, "move", Map.of("student", "siswa.m", "to", String.valueOf(to)), "submit");
        assertTrue(moved.body().contains("Orang siswa.m dipindahkan ke kelas 9B."), moved.body());
        assertFalse(teacher.get(fromPage).body().contains("Orang siswa.m"), "gone from 9A");
        assertTrue(teacher.get("teach/class.xhtml?id=" + to).body().contains("Orang siswa.m"), "in 9B");
        assertFalse(other.get("teach/class.xhtml?id=" + foreign).body().contains("Orang siswa.m"));
        assertTrue(new Admin(base).page("admin/audit.xhtml").contains("9A → 9B"), "audited");
    }

    private WebClient logIn(String username, String role) {
        new Admin(base).createAccount(username, "Orang " + username, role, PASSWORD);
        WebClient client = new WebClient(base);
        assertEquals(302, client.logIn(username, PASSWORD).statusCode());
        return client;
    }
}

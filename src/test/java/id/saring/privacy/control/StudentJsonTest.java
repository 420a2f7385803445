package id.saring.privacy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.question.Response;
import id.saring.classroom.control.TableExport;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.control.Username;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.LoginDevice;
import id.saring.identity.entity.Role;
import id.saring.privacy.entity.GuardianConsent;
import id.saring.progress.entity.Certificate;
import id.saring.progress.entity.LessonRead;
import id.saring.quiz.entity.Attempt;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StudentJsonTest {

    private static final Instant T0 = Instant.parse("2026-11-03T02:00:00Z");

    @Test
    void theFileHoldsTheAccountConsentAttemptsWithAnswersReadsAndCertificatesButNoPasswordHash() {
        JsonObject json = StudentJson.of(held());

        JsonObject student = json.getJsonObject("student");
        assertEquals("siti.a", student.getString("username"));
        assertEquals("Siti Aminah", student.getString("displayName"));
        assertFalse(student.containsKey("passwordHash"));
        assertFalse(
                new String(StudentJson.bytes(json), StandardCharsets.UTF_8).contains("PBKDF2"),
                "the password hash is a secret, not data about the child");

        JsonObject consent = json.getJsonObject("guardianConsent");
        assertEquals("Sari", consent.getString("guardianName"));
        assertEquals("MOTHER", consent.getString("relation"));
        assertEquals("PAPER_FORM", consent.getString("method"));
        assertEquals("2026-11-02", consent.getString("givenOn"));

        JsonObject attempt = json.getJsonArray("attempts").getJsonObject(0);
        assertEquals("kuis-1", attempt.getString("quiz"));
        assertEquals(2, attempt.getJsonArray("answers").size());
        JsonObject first = attempt.getJsonArray("answers").getJsonObject(0);
        assertEquals("q1", first.getString("question"), "in the order the questions were shown");
        assertEquals("a", first.getJsonObject("response").getString("choice"));
        assertEquals("8B", json.getJsonArray("classes").getJsonObject(0).getString("name"));
        assertEquals(
                "pelajaran-1", json.getJsonArray("lessonsRead").getJsonObject(0).getString("lesson"));
        assertEquals(
                "ABCDEFGHJKMN",
                json.getJsonArray("certificates").getJsonObject(0).getString("code"));
        assertTrue(json.isNull("school"));
        assertTrue(json.isNull("failedLogins"));
        JsonObject device = json.getJsonArray("loginDevices").getJsonObject(0);
        assertEquals(T0.toString(), device.getString("loggedInAt"));
        assertEquals(0, device.getInt("failedLogins"));
        assertFalse(json.toString().contains("f".repeat(64)), "a cookie's hash is not data about the child");
        assertEquals(T0.toString(), student.getString("loginCardPrintedAt"));
        assertEquals("ayu.lestari@belajar.id", student.getString("schoolAddress"));
        assertFalse(json.toString().contains("c".repeat(64)), "nor is the login card's hash");
    }

    @Test
    void aStudentWithNothingYetStillGetsEveryPartOfTheFile() {
        StudentJson.Held empty = new StudentJson.Held(
                account(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                List.of(),
                List.of(),
                StudentJson.Lms.NONE,
                T0);
        JsonObject json = StudentJson.of(empty);
        assertTrue(json.isNull("guardianConsent"));
        for (String part : List.of(
                "classes", "attempts", "lessonsRead", "certificates", "assignments", "loginDevices", "auditEntries")) {
            assertTrue(json.getJsonArray(part).isEmpty(), part);
        }
        for (String part : List.of("accounts", "courses", "gradebookColumns")) {
            assertTrue(json.getJsonObject("lms").getJsonArray(part).isEmpty(), part);
        }
        assertEquals(StudentJson.FORMAT, json.getInt("format"));
    }

    @Test
    void theLinksToTheSchoolsLmsAreInTheFile() {
        StudentJson.Held held = held();
        StudentJson.Held fromLms = new StudentJson.Held(
                held.account(),
                held.school(),
                held.classes(),
                held.consent(),
                held.attempts(),
                held.lessonsRead(),
                held.certificates(),
                held.assignments(),
                held.loginFailures(),
                held.loginDevices(),
                held.auditEntries(),
                new StudentJson.Lms(
                        List.of(new StudentJson.LmsAccount("Moodle SMP", "https://moodle.smp.sch.id", "user-42")),
                        List.of(new StudentJson.LmsCourse("Moodle SMP", "course-8b", Optional.of("IPA 8B"), 9L)),
                        List.of(new StudentJson.LmsGradebook(
                                "Moodle SMP", "kursus", "kuis-1", "https://moodle.smp.sch.id/lineitems/5", T0))),
                held.exportedAt());
        JsonObject lms = StudentJson.of(fromLms).getJsonObject("lms");
        JsonObject account = lms.getJsonArray("accounts").getJsonObject(0);
        assertEquals("Moodle SMP", account.getString("platform"));
        assertEquals("https://moodle.smp.sch.id", account.getString("issuer"));
        assertEquals("user-42", account.getString("lmsUserId"));
        JsonObject course = lms.getJsonArray("courses").getJsonObject(0);
        assertEquals("course-8b", course.getString("courseId"));
        assertEquals("IPA 8B", course.getString("title"));
        assertEquals(9L, course.getJsonNumber("classId").longValue());
        JsonObject column = lms.getJsonArray("gradebookColumns").getJsonObject(0);
        assertEquals("kuis-1", column.getString("quiz"));
        assertEquals("https://moodle.smp.sch.id/lineitems/5", column.getString("lineItem"));
        assertEquals(T0.toString(), column.getString("updatedAt"));
    }

    @Test
    void theCsvHasOneRowPerAnswer() {
        TableExport.Table table = StudentJson.attempts(held());
        assertEquals(2, table.rows().size());
        assertEquals("q1", table.rows().get(0).get(table.headers().indexOf("question")));
        String csv = new String(TableExport.csv(table), StandardCharsets.UTF_8);
        assertTrue(csv.contains("kuis-1"), csv);
    }

    private static StudentJson.Held held() {
        Account account = account();
        Attempt attempt = new Attempt(1L, "kursus", 1, "kuis-1", 1, List.of("q1", "q2"), 7L, T0, Optional.empty());
        attempt.answer("q2", Response.of("answer", "true"), 1, T0.plusSeconds(20));
        attempt.answer("q1", Response.of("choice", "a"), 1, T0.plusSeconds(10));
        attempt.submit(Map.of("q1", 1.0, "q2", 0.0), T0.plusSeconds(30));
        return new StudentJson.Held(
                account,
                Optional.empty(),
                List.of(new StudentJson.Membership(new SchoolClass(9L, "8B", "8", "2026/2027", "ABC234", T0), T0)),
                Optional.of(new GuardianConsent(
                        1L,
                        "Sari",
                        GuardianConsent.Relation.MOTHER,
                        GuardianConsent.Method.PAPER_FORM,
                        LocalDate.of(2026, 11, 2),
                        "guru.a",
                        T0)),
                List.of(attempt),
                List.of(new LessonRead(1L, "kursus", "pelajaran-1", T0)),
                List.of(new Certificate("ABCDEFGHJKMN", 1L, "kursus", 1, "Siti Aminah", "Kursus", T0)),
                List.of(),
                Optional.empty(),
                List.of(new LoginDevice("f".repeat(64), account.getUsername(), T0)),
                List.of(),
                StudentJson.Lms.NONE,
                T0.plusSeconds(60));
    }

    private static Account account() {
        Account account = new Account(
                Username.of("siti.a"),
                "Siti Aminah",
                Role.STUDENT,
                "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==",
                T0);
        account.issueCard("c".repeat(64), T0);
        account.linkAddress("ayu.lestari@belajar.id");
        return account;
    }
}

package id.saring.privacy.control;

import id.saring.audit.entity.AuditEvent;
import id.saring.classroom.control.TableExport;
import id.saring.classroom.entity.Assignment;
import id.saring.classroom.entity.SchoolClass;
import id.saring.identity.entity.Account;
import id.saring.identity.entity.LoginDevice;
import id.saring.identity.entity.LoginFailures;
import id.saring.identity.entity.School;
import id.saring.privacy.entity.GuardianConsent;
import id.saring.progress.entity.Certificate;
import id.saring.progress.entity.LessonRead;
import id.saring.quiz.entity.Answer;
import id.saring.quiz.entity.Attempt;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Saring holds about one student, as one JSON document (UU PDP art. 7 and 13: the
 * student or their guardian may see and take their data) and the attempts as a CSV for a
 * spreadsheet. The password hash is left out: it is a secret, not information about the child.
 */
public final class StudentJson {

    /** The file format; raised when a field changes meaning, so a reader can tell. */
    public static final int FORMAT = 1;

    private StudentJson() {}

    /** A class the student is in, with when they joined it. */
    public record Membership(SchoolClass schoolClass, Instant joinedAt) {}

    /**
     * The student's links to the school's LMS (LTI): who they are at each platform (its user id for
     * them), the LMS courses whose classes they are in, and the gradebook columns their scores go to.
     */
    public record Lms(List<LmsAccount> accounts, List<LmsCourse> courses, List<LmsGradebook> gradebook) {
        public static final Lms NONE = new Lms(List.of(), List.of(), List.of());

        public Lms {
            accounts = List.copyOf(accounts);
            courses = List.copyOf(courses);
            gradebook = List.copyOf(gradebook);
        }
    }

    /** The platform (as the administrator named it, and its issuer) and its user id for the student. */
    public record LmsAccount(String platform, String issuer, String lmsUserId) {}

    /** An LMS course (its id at the platform and title) and the Saring class it became. */
    public record LmsCourse(String platform, String courseId, Optional<String> title, long classId) {}

    /** Where the student's score of one quiz goes: the activity's gradebook column (AGS line item). */
    public record LmsGradebook(String platform, String course, String quiz, String lineItem, Instant updatedAt) {}

    /** What the database holds about the student, read in one transaction. */
    public record Held(
            Account account,
            Optional<School> school,
            List<Membership> classes,
            Optional<GuardianConsent> consent,
            List<Attempt> attempts,
            List<LessonRead> lessonsRead,
            List<Certificate> certificates,
            List<Assignment> assignments,
            Optional<LoginFailures> loginFailures,
            List<LoginDevice> loginDevices,
            List<AuditEvent> auditEntries,
            Lms lms,
            Instant exportedAt) {

        public Held {
            Objects.requireNonNull(account);
            classes = List.copyOf(classes);
            attempts = List.copyOf(attempts);
            lessonsRead = List.copyOf(lessonsRead);
            certificates = List.copyOf(certificates);
            assignments = List.copyOf(assignments);
            loginDevices = List.copyOf(loginDevices);
            auditEntries = List.copyOf(auditEntries);
            Objects.requireNonNull(lms);
            Objects.requireNonNull(exportedAt);
        }
    }

    public static JsonObject of(Held held) {
        Account account = held.account();
        JsonObjectBuilder student = Json.createObjectBuilder()
                .add("id", account.getId() == null ? -1 : account.getId())
                .add("username", account.getUsername())
                .add("displayName", account.getDisplayName())
                .add("role", account.getRole().name())
                .add("active", account.isActive())
                .add("createdAt", account.getCreatedAt().toString());
        put(student, "language", account.getLanguage());
        put(student, "lastLoginAt", account.getLastLoginAt().map(Instant::toString));
        // The school's own number for the student (NIPD), kept from the school's roster.
        put(student, "schoolNumber", account.getSchoolNumber());
        // When the current login card was printed; its secret's hash is a key, not data about the child.
        put(student, "loginCardPrintedAt", account.getCardIssuedAt().map(Instant::toString));
        // The school account address the student may sign in with, when one was recorded.
        put(student, "schoolAddress", account.getEmail());

        JsonObjectBuilder file = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("exportedAt", held.exportedAt().toString())
                .add("student", student);
        held.school()
                .ifPresentOrElse(
                        s -> file.add(
                                "school",
                                Json.createObjectBuilder()
                                        .add("name", s.getName())
                                        .add("city", s.getCity())),
                        () -> file.addNull("school"));

        JsonArrayBuilder classes = Json.createArrayBuilder();
        for (Membership m : held.classes()) {
            classes.add(Json.createObjectBuilder()
                    .add(
                            "id",
                            m.schoolClass().getId() == null
                                    ? -1
                                    : m.schoolClass().getId())
                    .add("name", m.schoolClass().getName())
                    .add("grade", m.schoolClass().getGrade())
                    .add("schoolYear", m.schoolClass().getSchoolYear())
                    .add("joinedAt", m.joinedAt().toString()));
        }
        file.add("classes", classes);

        held.consent()
                .ifPresentOrElse(
                        c -> file.add(
                                "guardianConsent",
                                Json.createObjectBuilder()
                                        .add("guardianName", c.getGuardianName())
                                        .add("relation", c.getRelation().name())
                                        .add("method", c.getMethod().name())
                                        .add("givenOn", c.getGivenOn().toString())
                                        .add("recordedBy", c.getRecordedBy())
                                        .add("recordedAt", c.getRecordedAt().toString())),
                        () -> file.addNull("guardianConsent"));

        JsonArrayBuilder attempts = Json.createArrayBuilder();
        for (Attempt attempt : held.attempts()) {
            attempts.add(attempt(attempt));
        }
        file.add("attempts", attempts);

        JsonArrayBuilder reads = Json.createArrayBuilder();
        for (LessonRead read : held.lessonsRead()) {
            reads.add(Json.createObjectBuilder()
                    .add("course", read.getCourseId())
                    .add("lesson", read.getLessonId())
                    .add("readAt", read.getReadAt().toString()));
        }
        file.add("lessonsRead", reads);

        JsonArrayBuilder certificates = Json.createArrayBuilder();
        for (Certificate c : held.certificates()) {
            certificates.add(Json.createObjectBuilder()
                    .add("code", c.getCode())
                    .add("course", c.getCourseId())
                    .add("courseVersion", c.getCourseVersion())
                    .add("courseTitle", c.getCourseTitle())
                    .add("studentName", c.getStudentName())
                    .add("issuedAt", c.getIssuedAt().toString()));
        }
        file.add("certificates", certificates);

        JsonArrayBuilder assignments = Json.createArrayBuilder();
        for (Assignment a : held.assignments()) {
            JsonObjectBuilder given =
                    Json.createObjectBuilder().add("classId", a.getClassId()).add("course", a.getCourseId());
            put(given, "module", a.getModuleId());
            assignments.add(given.add("opensAt", a.getOpensAt().toString())
                    .add("dueAt", a.getDueAt().toString())
                    .add("forThisStudentOnly", !a.getStudents().isEmpty()));
        }
        file.add("assignments", assignments);

        held.loginFailures()
                .ifPresentOrElse(
                        f -> file.add(
                                "failedLogins",
                                Json.createObjectBuilder()
                                        .add("count", f.getFailures())
                                        .add("lastAt", f.getLastFailureAt().toString())),
                        () -> file.addNull("failedLogins"));

        // The browsers logged in on, without their cookie's hash: it identifies a browser, not the child.
        JsonArrayBuilder devices = Json.createArrayBuilder();
        for (LoginDevice d : held.loginDevices()) {
            devices.add(Json.createObjectBuilder()
                    .add("loggedInAt", d.getIssuedAt().toString())
                    .add("failedLogins", d.getFailures()));
        }
        file.add("loginDevices", devices);

        file.add("lms", lms(held.lms()));

        JsonArrayBuilder audit = Json.createArrayBuilder();
        for (AuditEvent e : held.auditEntries()) {
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("at", e.getAt().toString())
                    .add("by", e.getActor())
                    .add("action", e.getAction().name())
                    .add("subject", e.getSubject());
            put(entry, "detail", e.getDetail());
            audit.add(entry);
        }
        file.add("auditEntries", audit);
        return file.build();
    }

    /** The links to the school's LMS: empty lists for a student who never came from one. */
    private static JsonObjectBuilder lms(Lms lms) {
        JsonArrayBuilder accounts = Json.createArrayBuilder();
        for (LmsAccount a : lms.accounts()) {
            accounts.add(Json.createObjectBuilder()
                    .add("platform", a.platform())
                    .add("issuer", a.issuer())
                    .add("lmsUserId", a.lmsUserId()));
        }
        JsonArrayBuilder courses = Json.createArrayBuilder();
        for (LmsCourse c : lms.courses()) {
            JsonObjectBuilder course =
                    Json.createObjectBuilder().add("platform", c.platform()).add("courseId", c.courseId());
            put(course, "title", c.title());
            courses.add(course.add("classId", c.classId()));
        }
        JsonArrayBuilder gradebook = Json.createArrayBuilder();
        for (LmsGradebook g : lms.gradebook()) {
            gradebook.add(Json.createObjectBuilder()
                    .add("platform", g.platform())
                    .add("course", g.course())
                    .add("quiz", g.quiz())
                    .add("lineItem", g.lineItem())
                    .add("updatedAt", g.updatedAt().toString()));
        }
        return Json.createObjectBuilder()
                .add("accounts", accounts)
                .add("courses", courses)
                .add("gradebookColumns", gradebook);
    }

    /** Indented UTF-8, to be read by a person as much as by a program. */
    public static byte[] bytes(JsonObject json) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(out)) {
            writer.writeObject(json);
        }
        return out.toByteArray();
    }

    /** One row per answer (an attempt without answers gets one row), for a spreadsheet. */
    public static TableExport.Table attempts(Held held) {
        List<List<Object>> rows = new ArrayList<>();
        for (Attempt attempt : held.attempts()) {
            List<Object> start = List.of(
                    attempt.getCourseId(),
                    attempt.getQuizId(),
                    attempt.getNumber(),
                    attempt.getStartedAt().toString(),
                    attempt.getSubmittedAt().map(Instant::toString).orElse(""),
                    attempt.getPercent().map(p -> (Object) p.value()).orElse(""));
            List<Answer> answers = answers(attempt);
            if (answers.isEmpty()) {
                rows.add(concat(start, List.of("", "", "")));
            }
            for (Answer answer : answers) {
                rows.add(concat(
                        start,
                        List.of(
                                answer.getQuestionId(),
                                String.valueOf(answer.getResponse().values()),
                                answer.getFraction().map(f -> (Object) f).orElse(""))));
            }
        }
        return new TableExport.Table(
                "percobaan",
                List.of(
                        "course",
                        "quiz",
                        "attempt",
                        "startedAt",
                        "submittedAt",
                        "score",
                        "question",
                        "answer",
                        "fraction"),
                rows);
    }

    private static JsonObjectBuilder attempt(Attempt attempt) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("course", attempt.getCourseId())
                .add("courseVersion", attempt.getCourseVersion())
                .add("quiz", attempt.getQuizId())
                .add("number", attempt.getNumber())
                .add("startedAt", attempt.getStartedAt().toString());
        put(json, "deadline", attempt.getDeadline().map(Instant::toString));
        put(json, "submittedAt", attempt.getSubmittedAt().map(Instant::toString));
        // Taken offline: the device's id for it and when it arrived.
        put(json, "deviceId", attempt.getClientId());
        put(json, "receivedAt", attempt.getReceivedAt().map(Instant::toString));
        attempt.getPercent().ifPresentOrElse(p -> json.add("score", p.value()), () -> json.addNull("score"));
        JsonArrayBuilder answers = Json.createArrayBuilder();
        for (Answer answer : answers(attempt)) {
            JsonObjectBuilder values = Json.createObjectBuilder();
            answer.getResponse().values().forEach(values::add);
            JsonObjectBuilder a = Json.createObjectBuilder()
                    .add("question", answer.getQuestionId())
                    .add("response", values)
                    .add("savedAt", answer.getSavedAt().toString())
                    .add("checked", answer.isChecked());
            answer.getFraction().ifPresentOrElse(f -> a.add("fraction", f), () -> a.addNull("fraction"));
            answers.add(a);
        }
        return json.add("answers", answers);
    }

    /** In the order the questions were shown. */
    private static List<Answer> answers(Attempt attempt) {
        return attempt.getQuestionOrder().stream()
                .map(attempt::answerTo)
                .flatMap(Optional::stream)
                .toList();
    }

    private static void put(JsonObjectBuilder json, String name, Optional<String> value) {
        value.ifPresentOrElse(v -> json.add(name, v), () -> json.addNull(name));
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}

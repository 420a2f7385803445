package id.saring.identity.boundary;

import static id.saring.testing.Deployments.QUIZ;
import static id.saring.testing.Deployments.QUIZ_COURSE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.infrastructure.time.SchoolZone;
import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Every protected page and request, tried as every kind of person: nobody, the student who owns
 * the data, another student of the same class, the class's teacher, a teacher of another school,
 * and the administrator. Ids in URLs and form fields point at someone else's attempt or class.
 * Each cell expects one answer; the test lists every cell that differs, then checks that nothing
 * leaked into a page and nothing changed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    enum Who {
        NOBODY,
        STUDENT,
        CLASSMATE,
        TEACHER,
        OTHER_SCHOOLS_TEACHER,
        ADMIN
    }

    /** What a cell expects: the page, the login page, a refusal, or "no such thing". */
    enum Answer {
        OK(200),
        MOVED(302),
        LOGIN(302),
        FORBIDDEN(403),
        NOT_FOUND(404);

        final int status;

        Answer(int status) {
            this.status = status;
        }
    }

    /** One protected endpoint and what each person must get from it. */
    /** @param json whether the body is JSON, as a script posts it (else a form) */
    record Endpoint(String method, String path, String body, String accept, boolean json, Map<Who, Answer> expected) {}

    private static final String STUDENT_NAME = "Ayu Lestari Matriks";
    private static final String CLASS_NAME = "8A-Matriks";
    private static final String OWN_COURSE = "matriks-salinan";
    /** A teacher's own course that is published and given to one student of the class only. */
    private static final String OWN_PUBLISHED = "matriks-terbit";

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH.mm");
    private static final Pattern ATTEMPT = Pattern.compile("attempt\\.xhtml\\?id=(\\d+)");
    private static final Pattern CLASS = Pattern.compile("teach/class\\.xhtml\\?id=(\\d+)");
    private static final Pattern CODE = Pattern.compile("Kode untuk bergabung: ([A-Z0-9]{6})");
    private static final Pattern STUDENT_PAGE = Pattern.compile("admin/student\\.xhtml\\?id=(\\d+)");
    private static final Pattern MEDIA = Pattern.compile("=\"[^\"]*/(media/[^\"]+)\"");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWarWithSampleCourse();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyoneGetsExactlyWhatIsTheirsFromEveryEndpoint() {
        Admin admin = new Admin(base);
        String school = admin.createSchool("SMP Matriks Satu", "Bogor");
        String otherSchool = admin.createSchool("SMP Matriks Dua", "Depok");
        admin.createAccount("siswa.matriks", STUDENT_NAME, "STUDENT", "kereta-api-31", school);
        admin.createAccount("teman.matriks", "Bima Teman Sekelas", "STUDENT", "kereta-api-32", school);
        admin.createAccount("guru.matriks", "Bu Wulan", "TEACHER", "kereta-api-33", school);
        admin.createAccount("guru.lain.matriks", "Pak Yusuf", "TEACHER", "kereta-api-34", otherSchool);
        Map<Who, WebClient> people = new EnumMap<>(Who.class);
        people.put(Who.NOBODY, new WebClient(base));
        people.put(Who.STUDENT, logIn("siswa.matriks", "kereta-api-31"));
        people.put(Who.CLASSMATE, logIn("teman.matriks", "kereta-api-32"));
        people.put(Who.TEACHER, logIn("guru.matriks", "kereta-api-33"));
        people.put(Who.OTHER_SCHOOLS_TEACHER, logIn("guru.lain.matriks", "kereta-api-34"));
        people.put(Who.ADMIN, logIn(Deployments.ADMIN_USERNAME, Deployments.ADMIN_PASSWORD));

        String[] ownClass = createClass(people.get(Who.TEACHER), CLASS_NAME);
        String[] otherClass = createClass(people.get(Who.OTHER_SCHOOLS_TEACHER), "9Z-Matriks");
        for (Who student : List.of(Who.STUDENT, Who.CLASSMATE)) {
            assertEquals(
                    302,
                    people.get(student)
                            .postForm("learn/join", "code=" + ownClass[1], "text/html")
                            .statusCode());
        }
        long submitted = start(people.get(Who.STUDENT));
        save(people.get(Who.STUDENT), submitted, 1, "a");
        people.get(Who.STUDENT)
                .postForm("learn/answer", "attempt=" + submitted + "&sequence=0&action=submit", "text/html");
        long open = start(people.get(Who.CLASSMATE));
        String lesson = "learn/lesson.xhtml?course=" + QUIZ_COURSE + "&lesson=apa-itu-hoaks";
        Matcher media = MEDIA.matcher(people.get(Who.STUDENT).get(lesson).body());
        assertTrue(media.find(), "the sample lesson shows an image");

        String users = people.get(Who.ADMIN).get("admin/users.xhtml").body();
        Matcher account = STUDENT_PAGE.matcher(users.substring(users.indexOf("siswa.matriks")));
        assertTrue(account.find(), "the users page links to the student's data page");

        // The teacher's own course: a module of the sample course copied into a new draft of theirs.
        HttpResponse<String> copied = people.get(Who.TEACHER)
                .submit(
                        "teach/courses.xhtml",
                        "copy",
                        Map.of("module", QUIZ_COURSE + "/modul-satu", "into", "", "copyTitle", OWN_COURSE),
                        "submit");
        assertEquals(302, copied.statusCode(), copied.body());
        // Another copy the teacher publishes and gives to the student alone, not to the classmate.
        HttpResponse<String> second = people.get(Who.TEACHER)
                .submit(
                        "teach/courses.xhtml",
                        "copy",
                        Map.of("module", QUIZ_COURSE + "/modul-satu", "into", "", "copyTitle", OWN_PUBLISHED),
                        "submit");
        assertEquals(302, second.statusCode(), second.body());
        HttpResponse<String> published = people.get(Who.TEACHER)
                .submit("teach/draft.xhtml?course=" + OWN_PUBLISHED, "actions", Map.of(), "publish");
        assertEquals(302, published.statusCode(), published.body());
        LocalDateTime now = LocalDateTime.now(ZoneId.of(SchoolZone.DEFAULT));
        HttpResponse<String> given = people.get(Who.TEACHER)
                .submit(
                        "teach/class.xhtml?id=" + ownClass[0],
                        "assign",
                        Map.of(
                                "what",
                                OWN_PUBLISHED,
                                "opens_input",
                                TYPED.format(now.minusDays(1)),
                                "due_input",
                                TYPED.format(now.plusDays(7)),
                                "students",
                                "siswa.matriks"),
                        "submit");
        assertEquals(200, given.statusCode(), given.body());
        assertTrue(
                people.get(Who.STUDENT).get("home.xhtml").body().contains(OWN_PUBLISHED),
                "the student was given the teacher's published course");

        List<Endpoint> endpoints =
                endpoints(ownClass[0], otherClass, submitted, open, lesson, media.group(1), account.group(1), school);
        List<String> wrong = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : endpoints) {
            for (Who who : Who.values()) {
                cells++;
                HttpResponse<String> response = request(people.get(who), endpoint);
                Answer expected = endpoint.expected().get(who);
                String location = response.headers().firstValue("Location").orElse("");
                boolean right = response.statusCode() == expected.status
                        && (expected != Answer.LOGIN || location.endsWith("/login.xhtml"))
                        && (expected != Answer.MOVED || !location.endsWith("/login.xhtml"));
                if (!right) {
                    wrong.add(who + " " + endpoint.method() + " " + endpoint.path() + ": expected " + expected
                            + ", got " + response.statusCode() + " " + location);
                }
                if (Set.of(Who.NOBODY, Who.CLASSMATE, Who.OTHER_SCHOOLS_TEACHER).contains(who)
                        && response.body().contains(STUDENT_NAME)) {
                    leaks.add(who + " " + endpoint.method() + " " + endpoint.path());
                }
            }
        }
        System.out.printf(
                "Access matrix: %d people x %d endpoints = %d requests%n",
                Who.values().length, endpoints.size(), cells);

        assertEquals(List.of(), wrong, "cells that answered differently");
        assertEquals(List.of(), leaks, "the student's name reached someone it does not belong to");
        // Nothing changed: nobody joined the other school's class with its code (the refused saves
        // and starts are the cells above: refused before any change is made).
        String otherClassPage = people.get(Who.OTHER_SCHOOLS_TEACHER)
                .get("teach/class.xhtml?id=" + otherClass[0])
                .body();
        assertTrue(!otherClassPage.contains(STUDENT_NAME) && !otherClassPage.contains("Bima"), "no one joined 9Z");
    }

    private static List<Endpoint> endpoints(
            String ownClass,
            String[] otherClass,
            long submitted,
            long open,
            String lesson,
            String media,
            String studentAccount,
            String school) {
        Map<Who, Answer> everyone = expect(Answer.OK, Answer.OK, Answer.OK, Answer.OK, Answer.OK, Answer.OK);
        Map<Who, Answer> loggedIn = expect(Answer.LOGIN, Answer.OK, Answer.OK, Answer.OK, Answer.OK, Answer.OK);
        Map<Who, Answer> students =
                expect(Answer.LOGIN, Answer.OK, Answer.OK, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN);
        Map<Who, Answer> theStudent =
                expect(Answer.LOGIN, Answer.OK, Answer.NOT_FOUND, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN);
        // A submitted attempt's page sends its owner on to the review.
        Map<Who, Answer> theStudentMoves = expect(
                Answer.LOGIN, Answer.MOVED, Answer.NOT_FOUND, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN);
        Map<Who, Answer> teachers =
                expect(Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK, Answer.OK, Answer.FORBIDDEN);
        Map<Who, Answer> theTeacher =
                expect(Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK, Answer.NOT_FOUND, Answer.FORBIDDEN);
        Map<Who, Answer> theTeacherAndAdmins =
                expect(Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK, Answer.NOT_FOUND, Answer.OK);
        Map<Who, Answer> theTeacherMoves = expect(
                Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.MOVED, Answer.NOT_FOUND, Answer.FORBIDDEN);
        Map<Who, Answer> noTeacher = expect(
                Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.NOT_FOUND, Answer.NOT_FOUND, Answer.FORBIDDEN);
        Map<Who, Answer> admins =
                expect(Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK);
        // No draft was opened here: even an administrator finds none, and nobody else may ask.
        Map<Who, Answer> adminsFindNoDraft = expect(
                Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.NOT_FOUND);
        Map<Who, Answer> teachersAndAdmins =
                expect(Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.OK, Answer.OK, Answer.OK);
        Map<Who, Answer> adminsMove = expect(
                Answer.LOGIN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.MOVED);
        Map<Who, Answer> studentsMove =
                expect(Answer.LOGIN, Answer.MOVED, Answer.MOVED, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN);
        Map<Who, Answer> theClassmatesSave =
                expect(Answer.LOGIN, Answer.NOT_FOUND, Answer.OK, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN);
        Map<Who, Answer> noStudentsCertificate = expect(
                Answer.LOGIN, Answer.NOT_FOUND, Answer.NOT_FOUND, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN);
        Map<Who, Answer> noStudentFindsIt = expect(
                Answer.LOGIN, Answer.NOT_FOUND, Answer.NOT_FOUND, Answer.FORBIDDEN, Answer.FORBIDDEN, Answer.FORBIDDEN);
        Map<Who, Answer> nobodyFinds = expect(
                Answer.NOT_FOUND,
                Answer.NOT_FOUND,
                Answer.NOT_FOUND,
                Answer.NOT_FOUND,
                Answer.NOT_FOUND,
                Answer.NOT_FOUND);
        Map<Who, Answer> refusedToAll = expect(
                Answer.FORBIDDEN,
                Answer.FORBIDDEN,
                Answer.FORBIDDEN,
                Answer.FORBIDDEN,
                Answer.FORBIDDEN,
                Answer.FORBIDDEN);
        Map<Who, Answer> refusedCard =
                expect(Answer.MOVED, Answer.MOVED, Answer.MOVED, Answer.MOVED, Answer.MOVED, Answer.MOVED);
        String quiz = "course=" + QUIZ_COURSE + "&quiz=" + QUIZ;
        return List.of(
                get("", everyone),
                get("verify.xhtml", everyone),
                // Where a login card's QR code leads: public, as the login page is.
                get("card.xhtml", everyone),
                // Where signing in with a school account ends when it lets nobody in: public too.
                get("signin.xhtml?ditolak", everyone),
                // Where a refused LTI launch ends, and the tool's public key set an LMS reads: public.
                get("lti.xhtml", everyone),
                get("lti/jwks", everyone),
                // The page the service worker shows without a connection: kept for whoever reads.
                get("offline.xhtml", everyone),
                get("home.xhtml", loggedIn),
                get("account/password.xhtml", loggedIn),
                get(media, loggedIn),
                get("learn/course.xhtml?id=" + QUIZ_COURSE, students),
                get(lesson, students),
                get("learn/quiz.xhtml?" + quiz, students),
                // A waiting page's question whether the test is open: each student hears only of their own.
                get("learn/opening?" + quiz, students),
                get("learn/progress.xhtml", students),
                // A quiz of a published version, to take offline: every student who may open the course.
                get("learn/offline-quiz.xhtml?course=" + QUIZ_COURSE + "&version=1&quiz=" + QUIZ, students),
                // Tampered: a version that was never published, and one that is no number.
                get("learn/offline-quiz.xhtml?course=" + QUIZ_COURSE + "&version=9&quiz=" + QUIZ, noStudentFindsIt),
                get("learn/offline-quiz.xhtml?course=" + QUIZ_COURSE + "&version=x&quiz=" + QUIZ, noStudentFindsIt),
                get("learn/attempt.xhtml?id=" + submitted, theStudentMoves),
                get("learn/review.xhtml?id=" + submitted, theStudent),
                get("learn/certificate?course=" + QUIZ_COURSE, noStudentsCertificate),
                get("teach/classes.xhtml", teachers),
                get("teach/class.xhtml?id=" + ownClass, theTeacher),
                get("teach/address.xhtml?id=" + ownClass, theTeacher),
                get("teach/report.xhtml?id=" + ownClass + "&course=" + QUIZ_COURSE, theTeacher),
                get("teach/attempt.xhtml?class=" + ownClass + "&id=" + submitted, theTeacher),
                // A module's lesson plan is the same for every teacher, and administrators read it too.
                get("teach/plan.xhtml?course=" + QUIZ_COURSE + "&module=modul-satu", teachersAndAdmins),
                // A teacher's own course: its plan for its teacher and administrators only, and its
                // lesson (kept in memory once the student read it) for the student it was given to.
                get("teach/plan.xhtml?course=" + OWN_PUBLISHED + "&module=modul-satu", theTeacherAndAdmins),
                get("learn/lesson.xhtml?course=" + OWN_PUBLISHED + "&lesson=apa-itu-hoaks", theStudent),
                post("learn/read", "course=" + OWN_PUBLISHED + "&lesson=apa-itu-hoaks", theStudentMoves),
                // Its version history's changes: its teacher (under teach/) and administrators.
                get("teach/changes.xhtml?course=" + OWN_PUBLISHED + "&from=1&to=1", theTeacher),
                get("admin/changes.xhtml?course=" + OWN_PUBLISHED + "&from=1&to=1", admins),
                // Moodle GIFT for teachers: converting is every teacher's, the draft only its writer's.
                get("teach/gift.xhtml", teachers),
                get("teach/gift.xhtml?course=" + OWN_COURSE + "&module=01-modul-satu", teachers),
                // Tampered: the other teacher's own class, with an attempt of a student not in it.
                get("teach/attempt.xhtml?class=" + otherClass[0] + "&id=" + submitted, noTeacher),
                get("admin/users.xhtml", admins),
                get("admin/schools.xhtml", admins),
                get("admin/providers.xhtml", admins),
                get("admin/lti.xhtml", admins),
                get("admin/courses.xhtml", admins),
                get("admin/gift.xhtml", admins),
                get("admin/audit.xhtml", admins),
                get("admin/student.xhtml?id=" + studentAccount, admins),
                // A school's roster import, login cards and school years.
                get("admin/roster.xhtml?school=" + school, admins),
                get("admin/preview.xhtml?course=" + QUIZ_COURSE + "&version=1", admins),
                get("admin/courses/export?course=" + QUIZ_COURSE, admins),
                get("admin/changes.xhtml?course=" + QUIZ_COURSE + "&from=1&to=1", admins),
                get("admin/quiz-preview.xhtml?course=" + QUIZ_COURSE + "&version=1&quiz=" + QUIZ, admins),
                // A preview's answer: kept in the administrator's session, never an attempt.
                post(
                        "admin/preview/answer?course=" + QUIZ_COURSE + "&version=1&quiz=" + QUIZ,
                        "question=q-tunggal&at=1&choice=a",
                        adminsMove),
                get("admin/draft.xhtml?course=" + QUIZ_COURSE, adminsFindNoDraft),
                // A teacher's own course: its author and administrators write it, nobody else.
                get("teach/courses.xhtml", teachers),
                get("teach/draft.xhtml?course=" + OWN_COURSE, theTeacher),
                get("admin/draft.xhtml?course=" + OWN_COURSE, admins),
                get("teach/drafts/media/" + OWN_COURSE + "/01-modul-satu/gambar/peta.png", theTeacher),
                get("admin/drafts/media/" + OWN_COURSE + "/01-modul-satu/gambar/peta.png", admins),
                get("admin/drafts/media/" + QUIZ_COURSE + "/01-modul-satu/gambar/peta.png", adminsFindNoDraft),
                get(
                        "teach/question.xhtml?course=" + OWN_COURSE + "&file=01-modul-satu/quiz.yaml&type=hoax-post",
                        theTeacher),
                get(
                        "admin/question.xhtml?course=" + OWN_COURSE + "&file=01-modul-satu/quiz.yaml&type=hoax-post",
                        admins),
                // The quiz preview of a teacher's own draft: its author (under teach/) and administrators.
                get("teach/quiz-preview.xhtml?course=" + OWN_COURSE + "&version=draft&quiz=" + QUIZ, theTeacher),
                get("admin/quiz-preview.xhtml?course=" + OWN_COURSE + "&version=draft&quiz=" + QUIZ, admins),
                post(
                        "teach/preview/answer?course=" + OWN_COURSE + "&version=draft&quiz=" + QUIZ,
                        "action=restart",
                        theTeacherMoves),
                get(
                        "admin/question.xhtml?course=" + QUIZ_COURSE
                                + "&file=01-modul-satu/quiz.yaml&question=q-unggahan",
                        adminsFindNoDraft),
                // Tampered: everyone tries to save into the classmate's open attempt, which only
                // the classmate may do.
                post("learn/answer", "attempt=" + open + "&question=q-tunggal&sequence=90&choice=a", theClassmatesSave),
                post("learn/start", quiz, studentsMove),
                post("learn/read", "course=" + QUIZ_COURSE + "&lesson=apa-itu-hoaks", studentsMove),
                // Tampered: the code of a class in another school, which students here cannot join.
                post("learn/join", "code=" + otherClass[1], studentsMove),
                // Offline attempts: each student sends their own (an empty batch changes nothing but
                // the time they last synced), and fetches a fresh token for it.
                get("learn/sync", students),
                postJson("learn/sync", "{\"attempts\":[]}", students),
                // A forged card secret opens nobody's account (and logs nobody out): everyone is
                // sent back to the card page, which says the card does not work.
                post("card", "k=" + "A".repeat(43), refusedCard),
                // No provider with this id, and a return from a sign-in nobody started: everyone is
                // sent to the page that says signing in did not work, and stays who they were.
                get("signin?p=999999", refusedCard),
                get("signin/callback?state=tebakan&code=palsu", refusedCard),
                // An LTI login from a platform nobody registered, and a launch with a state nobody
                // issued: everyone is sent to the page that says the LMS could not open Saring.
                get("lti/login?iss=https%3A%2F%2Flms.tidak.dikenal&login_hint=x", refusedCard),
                post("lti/launch", "state=tebakan&id_token=palsu", refusedCard),
                // An embedded launch's new window opens only with a ticket Saring sealed, once; the
                // framed page with its button is reached only from a checked launch.
                get("lti/continue?t=palsu", refusedCard),
                get("lti/window", nobodyFinds),
                // The deep-linking picker is reached only from a checked launch, and its answer only
                // with a request Saring sealed: a forged one is refused to everyone, logged in or not.
                get("lti/pick", nobodyFinds),
                post("lti/deep-link", "request=palsu&module=" + QUIZ_COURSE + "%2F" + QUIZ, refusedToAll));
    }

    private static Map<Who, Answer> expect(Answer... answers) {
        Map<Who, Answer> expected = new EnumMap<>(Who.class);
        for (Who who : Who.values()) {
            expected.put(who, answers[who.ordinal()]);
        }
        return expected;
    }

    private static Endpoint get(String path, Map<Who, Answer> expected) {
        return new Endpoint("GET", path, null, "text/html", false, expected);
    }

    private static Endpoint post(String path, String body, Map<Who, Answer> expected) {
        return new Endpoint("POST", path, body, "application/json", false, expected);
    }

    /** A JSON post as a script sends it (Content-Type application/json, the session's token in its header). */
    private static Endpoint postJson(String path, String body, Map<Who, Answer> expected) {
        return new Endpoint("POST", path, body, "application/json", true, expected);
    }

    private static HttpResponse<String> request(WebClient client, Endpoint endpoint) {
        if (endpoint.json()) {
            return client.postJson(endpoint.path(), endpoint.body());
        }
        return endpoint.method().equals("GET")
                ? client.get(endpoint.path(), "Accept", endpoint.accept())
                : client.postForm(endpoint.path(), endpoint.body(), endpoint.accept());
    }

    private WebClient logIn(String username, String password) {
        WebClient client = new WebClient(base);
        assertEquals(302, client.logIn(username, password).statusCode(), username);
        return client;
    }

    /** Creates a class and returns its id and join code. */
    private static String[] createClass(WebClient teacher, String name) {
        HttpResponse<String> created = teacher.submit(
                "teach/classes.xhtml", "create", Map.of("name", name, "grade", "8", "year", "2026/2027"), "submit");
        Matcher id = CLASS.matcher(created.body());
        Matcher code = CODE.matcher(created.body());
        assertTrue(id.find() && code.find(), created.body());
        return new String[] {id.group(1), code.group(1)};
    }

    private static long start(WebClient student) {
        HttpResponse<String> started =
                student.postForm("learn/start", "course=" + QUIZ_COURSE + "&quiz=" + QUIZ, "text/html");
        Matcher id = ATTEMPT.matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(id.find(), () -> "started: " + started.headers().map());
        return Long.parseLong(id.group(1));
    }

    private static void save(WebClient student, long attempt, int sequence, String choice) {
        HttpResponse<String> saved = student.postForm(
                "learn/answer",
                "attempt=" + attempt + "&question=q-tunggal&sequence=" + sequence + "&choice=" + choice,
                "application/json");
        assertEquals(200, saved.statusCode(), saved.body());
    }
}

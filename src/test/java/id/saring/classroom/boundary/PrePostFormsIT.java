package id.saring.classroom.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.reading.SampleCourse;
import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A pre-test and a post-test in two forms over HTTP: each student gets the other form after the
 * course, keeps their form on a new start, and may take the delayed retest (their pre-test form)
 * only after the post-test. (The report's figures are PrePostTest's.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrePostFormsIT {

    private static final String COURSE = "tes-bentuk";
    private static final String PASSWORD = "kapur-tulis-58";
    private static final Path FOLDER = Deployments.COURSES.resolve(COURSE);

    @Deployment(testable = false)
    static WebArchive deployment() {
        WebArchive war = Deployments.saringWarWithSampleCourse();
        try {
            Map<String, byte[]> files = SampleCourse.files();
            SampleCourse.put(
                    files,
                    "course.yaml",
                    SampleCourse.COURSE.replace("id: contoh-kursus", "id: " + COURSE)
                            + "pre-test: kuis-pra\npost-test: kuis-pasca\nretest: kuis-tunda\n");
            SampleCourse.put(files, "00-pra/module.yaml", "id: pra\ntitle: Pra-tes\n");
            SampleCourse.put(files, "00-pra/quiz.yaml", test("kuis-pra", "pra", "a"));
            SampleCourse.put(files, "97-pasca/module.yaml", "id: pasca\ntitle: Pasca-tes\n");
            SampleCourse.put(files, "97-pasca/quiz.yaml", test("kuis-pasca", "pasca", "b"));
            SampleCourse.put(files, "98-tunda/module.yaml", "id: tunda\ntitle: Tes tunda\n");
            SampleCourse.put(files, "98-tunda/quiz.yaml", "id: kuis-tunda\ntitle: Tes tunda\n");
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path target = FOLDER.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return war;
    }

    /** Other tests' containers publish the courses folder too: this course is for this test only. */
    @AfterAll
    static void removeTheCourse() throws IOException {
        Deployments.removeCourse(FOLDER);
    }

    @ArquillianResource
    URL base;

    @Test
    void eachStudentTakesTheOtherFormAfterTheCourseAndTheRetestRepeatsTheFirst() {
        for (String name : List.of("siswa.bentuk1", "siswa.bentuk2", "siswa.bentuk3")) {
            WebClient student = logIn(name, "STUDENT");

            long pre = start(student, "kuis-pra");
            List<String> preItems = served(student, pre);
            assertEquals(preItems, served(student, start(student, "kuis-pra")), "a new start keeps the form");
            String preForm = form(preItems);
            answerAll(student, pre, preItems, "true");

            HttpResponse<String> early =
                    student.postForm("learn/start", "course=" + COURSE + "&quiz=kuis-tunda", "text/html");
            assertTrue(
                    early.headers().firstValue("Location").orElse("").contains("refused=quiz.retestTooEarly"),
                    early.toString());

            long post = start(student, "kuis-pasca");
            List<String> postItems = served(student, post);
            assertNotEquals(preForm, form(postItems), name + " takes the other form after the course");
            answerAll(student, post, postItems, "false");

            long retest = start(student, "kuis-tunda");
            assertEquals(preForm, form(served(student, retest)), "the retest repeats the pre-test form");
        }
    }

    private static String test(String id, String prefix, String form) {
        return """
                id: %1$s
                title: Tes %1$s
                settings:
                  pass-mark: 0
                  max-attempts: 1
                questions:
                  - id: %2$s-1
                    form: %3$s
                    type: true-false
                    text: Foto lama bisa dipakai untuk kejadian baru.
                    answer: benar
                  - id: %2$s-2
                    form: %3$s
                    type: true-false
                    text: Semua kabar dari akun pribadi itu hoaks.
                    answer: salah
                """
                .formatted(id, prefix, form);
    }

    private long start(WebClient student, String quiz) {
        HttpResponse<String> started =
                student.postForm("learn/start", "course=" + COURSE + "&quiz=" + quiz, "text/html");
        Matcher attempt = Pattern.compile("attempt\\.xhtml\\?id=(\\d+)")
                .matcher(started.headers().firstValue("Location").orElse(""));
        assertTrue(attempt.find(), started.toString());
        return Long.parseLong(attempt.group(1));
    }

    private static List<String> served(WebClient student, long attempt) {
        Matcher question = Pattern.compile("data-question=\"([a-z0-9-]+)\"")
                .matcher(student.get("learn/attempt.xhtml?id=" + attempt).body());
        List<String> ids = new ArrayList<>();
        while (question.find()) {
            ids.add(question.group(1));
        }
        assertEquals(2, ids.size(), ids.toString());
        return ids.stream().sorted().toList();
    }

    /** "a" for the pra- items, "b" for the pasca- items; never a mix. */
    private static String form(List<String> items) {
        assertTrue(
                items.stream().allMatch(i -> i.startsWith("pra-"))
                        || items.stream().allMatch(i -> i.startsWith("pasca-")),
                items.toString());
        return items.get(0).startsWith("pra-") ? "a" : "b";
    }

    private static void answerAll(WebClient student, long attempt, List<String> items, String answer) {
        int sequence = 0;
        for (String item : items) {
            HttpResponse<String> saved = student.postForm(
                    "learn/answer",
                    "attempt=" + attempt + "&question=" + item + "&sequence=" + ++sequence + "&action=save&answer="
                            + answer,
                    "application/json");
            assertEquals(200, saved.statusCode(), saved.body());
        }
        HttpResponse<String> submitted = student.postForm(
                "learn/answer", "attempt=" + attempt + "&sequence=" + ++sequence + "&action=submit", "text/html");
        assertEquals(302, submitted.statusCode(), submitted.body());
    }

    private WebClient logIn(String username, String role) {
        new Admin(base).createAccount(username, "Orang " + username, role, PASSWORD);
        WebClient client = new WebClient(base);
        assertEquals(302, client.logIn(username, PASSWORD).statusCode());
        return client;
    }
}

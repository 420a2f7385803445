import id.saring.testing.WebClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What docker/container-test.sh asks of a running Saring, through HTTP as a browser would: the
 * administrator logs in and opens a student account, the student logs in, starts a quiz of the
 * shipped course Etika Digital, answers a true/false question (the quiz script's JSON call, with
 * immediate feedback), submits and reads the review. Uses the integration tests' WebClient
 * (target/test-classes), so the forms are filled exactly as the tests fill them:
 *
 * <pre>java -cp target/test-classes docker/ContainerCheck.java http://127.0.0.1:38080/ admin PASSWORD siswa.satu</pre>
 *
 * <p>With {@code --existing} after the student's name, the account is not opened: the student
 * (opened by an earlier run, e.g. in another container on the same data volume) only logs in.
 * Prints one PASS or FAIL line per step and exits 1 at the first failure.
 */
public class ContainerCheck {

    static final String COURSE = "etika-digital";
    static final String QUIZ = "kuis-santun-di-dunia-digital";
    static final String QUESTION = "m1-pesan-disalahpahami";
    static final String STUDENT_PASSWORD = "pensil-merah-77";

    public static void main(String[] args) throws Exception {
        String where = args[0];
        WebClient admin = new WebClient(URI.create(where).toURL());
        check("admin logs in", WebClient.isRedirect(admin.logIn(args[1], args[2])), where);

        String student = args[3];
        if (args.length > 4 && args[4].equals("--existing")) {
            WebClient learner = new WebClient(URI.create(where).toURL());
            check(
                    "student " + student + " logs in again",
                    WebClient.isRedirect(learner.logIn(student, STUDENT_PASSWORD)),
                    where);
            return;
        }
        HttpResponse<String> created = admin.submit(
                "admin/users.xhtml",
                "create",
                Map.of(
                        "username", student,
                        "displayName", "Siswa " + student,
                        "role_input", "STUDENT",
                        "school", "",
                        "password", STUDENT_PASSWORD),
                "submit");
        check("admin opens a student account", created.body().contains(student), student);

        WebClient learner = new WebClient(URI.create(where).toURL());
        check("student logs in", WebClient.isRedirect(learner.logIn(student, STUDENT_PASSWORD)), student);

        HttpResponse<String> started = learner.post("learn/start?course=" + COURSE + "&quiz=" + QUIZ);
        Matcher attempt = Pattern.compile("attempt\\.xhtml\\?id=(\\d+)")
                .matcher(started.headers().firstValue("Location").orElse(""));
        check("student starts " + QUIZ, attempt.find(), "HTTP " + started.statusCode());
        long id = Long.parseLong(attempt.group(1));

        HttpResponse<String> answered = learner.postForm(
                "learn/answer",
                "attempt=" + id + "&question=" + QUESTION + "&sequence=1&answer=false&action=check",
                "application/json");
        check(
                "student answers " + QUESTION + " (learn/answer, JSON)",
                answered.statusCode() == 200 && answered.body().contains("\"status\":\"SAVED\""),
                "HTTP " + answered.statusCode() + " " + answered.body());

        HttpResponse<String> submitted =
                learner.postForm("learn/answer", "attempt=" + id + "&sequence=0&action=submit", "text/html");
        String review = learner.get("learn/review.xhtml?id=" + id).body();
        check(
                "student submits and reads the review",
                WebClient.isRedirect(submitted) && review.contains("Ejekan tetap ejekan"),
                "attempt " + id + ", review " + review.length() + " characters");
    }

    static void check(String step, boolean passed, String detail) {
        System.out.println((passed ? "PASS " : "FAIL ") + step + ": " + detail);
        if (!passed) {
            System.exit(1);
        }
    }
}

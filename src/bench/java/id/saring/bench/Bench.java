package id.saring.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * The benchmark's settings and the few facts about Saring it relies on. A setting is read from
 * the system property {@code bench.some.key}, else the environment variable
 * {@code BENCH_SOME_KEY}, else its default; src/test/scripts/benchmark.sh sets the environment.
 */
final class Bench {

    private Bench() {}

    static String setting(String key, String fallback) {
        String property = System.getProperty("bench." + key);
        if (property != null && !property.isBlank()) {
            return property;
        }
        String env = System.getenv("BENCH_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
        return env != null && !env.isBlank() ? env : fallback;
    }

    static int number(String key, int fallback) {
        return Integer.parseInt(setting(key, String.valueOf(fallback)));
    }

    static Duration seconds(String key, int fallback) {
        return Duration.ofSeconds(number(key, fallback));
    }

    static final String BASE_URL = setting("base.url", "http://localhost:18080");
    /** The administrator's first password; benchmark.sh seeds every account with its hash. */
    static final String PASSWORD = setting("password", "Bench-Sandi-2024");

    static final Path OUT = Path.of(setting("out", "target/bench"));

    /**
     * The page teachers keep refreshing: their class's report on the course the students study
     * (progress grid, question analysis, heat map, pre/post change, activity), with its marker.
     */
    static final String TEACHER_PAGE = "/teach/report.xhtml?course=saring-sebelum-sharing&id=";

    static final String TEACHER_PAGE_MARKER = "id=\"attention\"";

    /** The quiz of "ujian serentak": 10 questions, one of every question type Saring has. */
    static final String EXAM_COURSE = setting("exam.course", "kesejahteraan-digital");

    static final String EXAM_QUIZ = setting("exam.quiz", "kuis-kebanjiran-informasi");
    static final int EXAM_ANSWERS = number("exam.answers", 10);

    /** The lesson of the "physical limit" run; benchmark.sh saves the same page as a static file. */
    static final String LESSON = setting(
            "lesson", "/learn/lesson.xhtml?course=saring-sebelum-sharing&lesson=tiga-jenis-kekacauan-informasi");

    static final String STATIC_LESSON = setting("static.lesson", "/bench-static/lesson.html");

    // Markers: strings that only the expected page has (an error page, or the login page shown
    // again, is a 200 too).
    static final String STUDENT_HOME = "id=\"student-home\"";
    static final String TEACHER_HOME = "id=\"teacher-home\"";
    static final String LOGIN_FORM = "jakarta.faces.ViewState";
    static final String CARD_PAGE = "id=\"card-secret\"";
    static final String COURSE_PAGE = "id=\"course-progress\"";
    static final String LESSON_PAGE = "id=\"done-next\"";
    static final String QUIZ_PAGE = "<ul class=\"facts\">";
    static final String ATTEMPT_PAGE = "id=\"quiz-head\"";
    static final String REVIEW_PAGE = "id=\"score\"";
    static final String CLASSES_PAGE = "/teach/class.xhtml?id=";

    // Request kinds of the report.
    static final String LOGIN = "login";
    static final String CARD_LOGIN = "card login";
    static final String QUIZ_START = "quiz start";
    static final String ANSWER_SAVE = "answer save";
    static final String ANSWER_CHECK = "answer check";
    static final String PAGE = "page";
    static final String SUBMIT = "submit";
    static final String MARK_READ = "mark read";
    static final String EXAM_START = "exam start";
    static final String LESSON_DYNAMIC = "lesson dynamic";
    static final String LESSON_STATIC = "lesson static";
}

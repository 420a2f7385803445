package id.saring.view.learn;

import id.saring.catalog.boundary.Catalog;
import id.saring.catalog.content.Course;
import id.saring.catalog.content.Module;
import id.saring.catalog.content.Question;
import id.saring.catalog.content.Quiz;
import id.saring.classroom.boundary.VisibleCourses;
import id.saring.quiz.entity.Attempt;
import id.saring.view.CurrentUser;
import id.saring.view.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * learn/offline-quiz.xhtml?course=...&version=...&quiz=...: a quiz of one published version as a
 * student takes it without a connection. A version never changes, so the page is the same every
 * time and the service worker keeps it when a course is saved for offline; offline-quiz.js makes
 * the attempt on the device (its own id, its answers numbered) and sync.js sends it to
 * {@code /learn/sync} when a connection returns, where it is checked against this version and
 * graded. The page holds no answer of the student's and, unless the quiz gives feedback at once,
 * no answer key. Only students who may open the course ({@link VisibleCourses#mayOpen}) get it,
 * and only versions up to the current one.
 */
@Named("offlineQuiz")
@RequestScoped
public class OfflineQuizBacking {

    @Inject
    VisibleCourses visibleCourses;

    @Inject
    Catalog catalog;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    private String courseId;
    private String versionParam;
    private int version;
    private String quizId;
    private Course course;
    private Module module;
    private Quiz quiz;
    private AnswerSheet sheet;

    /** The address of a quiz's offline page in a version, for the course page and the saving of a course. */
    public static String url(String contextPath, String courseId, int version, String quizId) {
        return contextPath + "/learn/offline-quiz.xhtml?course=" + courseId + "&version=" + version + "&quiz=" + quizId;
    }

    public void load() throws IOException {
        version = versionParam != null && versionParam.matches("\\d{1,9}") ? Integer.parseInt(versionParam) : 0;
        boolean visible = courseId != null
                && visibleCourses.mayOpen(currentUser.getUsername(), courseId)
                && catalog.currentVersionNumber(courseId)
                        .filter(current -> version >= 1 && version <= current)
                        .isPresent();
        course = visible ? catalog.version(courseId, version).orElse(null) : null;
        module = course == null
                ? null
                : course.modules().stream()
                        .filter(m -> m.quiz().map(q -> q.id().equals(quizId)).orElse(false))
                        .findFirst()
                        .orElse(null);
        if (module == null) {
            NotFound.send(faces);
            return;
        }
        quiz = module.quiz().orElseThrow();
        if (quiz.mayTakeOffline()) {
            sheet = new AnswerSheet(attempt(), quiz, course);
        }
    }

    /**
     * An attempt that exists only to render the page: no answers, and the same order and shuffles
     * for everyone, as the page is the same for everyone. The device's attempt is made in the browser.
     */
    private Attempt attempt() {
        long seed = (courseId + "/" + version + "/" + quizId).hashCode();
        List<String> order =
                new ArrayList<>(quiz.questions().stream().map(Question::id).toList());
        if (quiz.settings().shuffleQuestions()) {
            Collections.shuffle(order, new Random(seed));
        }
        return new Attempt(0, courseId, version, quizId, 1, order, seed, Instant.EPOCH, Optional.empty());
    }

    /** Whether answers are checked at once, so the page carries the key and the explanations. */
    public boolean isImmediate() {
        return quiz.settings().feedbackAtOnce();
    }

    public boolean isOffline() {
        return sheet != null;
    }

    public AnswerSheet getSheet() {
        return sheet;
    }

    public Course getCourse() {
        return course;
    }

    public Module getModule() {
        return module;
    }

    public Quiz getQuiz() {
        return quiz;
    }

    public String getCourseId() {
        return courseId;
    }

    public void setCourseId(String courseId) {
        this.courseId = courseId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersionParam(String version) {
        this.versionParam = version;
    }

    public String getVersionParam() {
        return versionParam;
    }

    public String getQuizId() {
        return quizId;
    }

    public void setQuizId(String quizId) {
        this.quizId = quizId;
    }
}

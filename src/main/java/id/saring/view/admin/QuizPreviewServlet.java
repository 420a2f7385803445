package id.saring.view.admin;

import id.saring.catalog.content.Quiz;
import id.saring.identity.entity.Role;
import id.saring.publishing.boundary.Authoring;
import id.saring.quiz.boundary.AnswerEnvelope;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes an answer on a quiz preview ("Periksa") or starts the preview again, and goes back to the
 * question: {@code POST /admin/preview/answer?course=..&version=..&quiz=..} (or {@code /teach/} for
 * a teacher's own course: those who may write a course preview it, {@link Authoring#mayWrite}). The
 * answer is kept in the session only ({@link QuizPreviews}); no attempt is made or touched.
 */
@WebServlet({"/admin/preview/answer", "/teach/preview/answer"})
public class QuizPreviewServlet extends HttpServlet {

    static final String RESTART = "restart";

    private static final Pattern NUMBER = Pattern.compile("[1-9]\\d{0,5}");
    private static final Set<String> OWN = Set.of("course", "version", "quiz");

    @Inject
    transient PreviewedCourses courses;

    @Inject
    transient QuizPreviews previews;

    @Inject
    transient Authoring authoring;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String folder = request.getServletPath().startsWith("/teach/") ? "teach" : "admin";
        if (!request.isUserInRole(folder.equals("teach") ? Role.TEACHER_NAME : Role.ADMIN_NAME)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        String course = request.getParameter("course");
        if (!authoring.mayWrite(request.getRemoteUser(), course)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String version = request.getParameter("version");
        String quizId = request.getParameter("quiz");
        Optional<Quiz> quiz = quizId == null
                ? Optional.empty()
                : courses.find(course, version).flatMap(c -> QuizPreviewBacking.quizOf(c, quizId));
        if (quiz.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String key = QuizPreviews.key(course, version, quizId);
        String at = Optional.ofNullable(request.getParameter(AnswerEnvelope.AT))
                .filter(a -> NUMBER.matcher(a).matches())
                .orElse("1");
        if (RESTART.equals(request.getParameter(AnswerEnvelope.ACTION))) {
            previews.restart(key);
            at = "1";
        } else {
            String question = request.getParameter(AnswerEnvelope.QUESTION);
            if (question == null || quiz.get().question(question).isEmpty()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            Map<String, String[]> fields = new HashMap<>(request.getParameterMap());
            OWN.forEach(fields::remove);
            try {
                previews.answer(key, question, AnswerEnvelope.answerOf(fields).values());
            } catch (IllegalArgumentException e) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                return;
            }
        }
        response.sendRedirect(request.getContextPath() + "/" + folder + "/quiz-preview.xhtml?course=" + course
                + "&version=" + version + "&quiz=" + quizId + "&q=" + at);
    }
}

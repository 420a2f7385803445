package id.saring.quiz.boundary;

import id.saring.quiz.entity.Attempt;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Starts or resumes an attempt (a plain POST from the quiz page) and goes where the student left
 * off. Refused (a test not open yet, no attempts left) it goes back to the quiz page, which says
 * why; a GET (a link or a typed address) only goes to the quiz page: starting changes something.
 */
@WebServlet("/learn/start")
public class StartServlet extends HttpServlet {

    @Inject
    transient Attempts attempts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String course = String.valueOf(request.getParameter("course"));
        String quiz = String.valueOf(request.getParameter("quiz"));
        try {
            Attempt attempt = attempts.start(request.getUserPrincipal().getName(), course, quiz);
            response.sendRedirect(request.getContextPath() + "/learn/attempt.xhtml?id=" + attempt.getId() + "&q="
                    + attempt.resumePosition());
        } catch (AttemptException e) {
            response.sendRedirect(request.getContextPath() + "/learn/quiz.xhtml?course=" + encode(course) + "&quiz="
                    + encode(quiz) + "&refused=" + encode(e.getMessageKey()));
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/learn/quiz.xhtml?course="
                + encode(String.valueOf(request.getParameter("course"))) + "&quiz="
                + encode(String.valueOf(request.getParameter("quiz"))));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

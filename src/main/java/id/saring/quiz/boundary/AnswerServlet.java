package id.saring.quiz.boundary;

import id.saring.catalog.question.Response;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

/**
 * Saves an answer, checks it (immediate feedback) or submits the attempt. The quiz page's script
 * posts here as soon as an answer is given and gets a small JSON reply; without script, the
 * question's form posts here and is redirected back (post-redirect-get). Only for students
 * (web.xml), and only on their own attempts ({@link Attempts}).
 */
@WebServlet("/learn/answer")
public class AnswerServlet extends HttpServlet {

    static final Set<String> RESERVED = Set.of("csrf", "attempt", "question", "sequence", "action", "next", "at");

    private static final Logger LOG = Logger.getLogger(AnswerServlet.class.getName());

    @Inject
    transient Attempts attempts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        boolean json = String.valueOf(request.getHeader("Accept")).contains("application/json");
        String username = request.getUserPrincipal().getName();
        long attemptId;
        int sequence;
        try {
            attemptId = Long.parseLong(request.getParameter("attempt"));
            sequence = Integer.parseInt(String.valueOf(request.getParameter("sequence")));
        } catch (NumberFormatException e) {
            refuse(response, json, HttpServletResponse.SC_BAD_REQUEST, "attempt.invalidAnswer");
            return;
        }
        String questionId = request.getParameter("question");
        String action = String.valueOf(request.getParameter("action"));
        String page = request.getContextPath() + "/learn/attempt.xhtml?id=" + attemptId;
        try {
            if (action.equals("submit")) {
                attempts.submit(attemptId, username);
                response.sendRedirect(request.getContextPath() + "/learn/review.xhtml?id=" + attemptId);
                return;
            }
            Saved saved = attempts.save(attemptId, username, questionId, responseOf(request), sequence);
            if (action.equals("check")
                    && saved.status() != Saved.Status.TIME_UP
                    && saved.status() != Saved.Status.CLOSED) {
                attempts.check(attemptId, username, questionId);
            }
            if (json) {
                response.setContentType("application/json");
                response.setHeader("Cache-Control", "no-store");
                response.getWriter()
                        .write("{\"status\":\"" + saved.status() + "\",\"sequence\":" + saved.sequence() + "}");
            } else if (saved.status() == Saved.Status.TIME_UP || saved.status() == Saved.Status.CLOSED) {
                response.sendRedirect(request.getContextPath() + "/learn/review.xhtml?id=" + attemptId);
            } else {
                String next = request.getParameter("next");
                String question =
                        next != null && next.matches("\\d{1,3}") ? next : String.valueOf(request.getParameter("at"));
                response.sendRedirect(page + "&q=" + (question.matches("\\d{1,3}") ? question : "1") + "&saved");
            }
        } catch (AttemptException e) {
            LOG.fine(() ->
                    "Refused " + action + " on attempt " + attemptId + " by " + username + ": " + e.getMessageKey());
            refuse(
                    response,
                    json,
                    e.getMessageKey().equals("attempt.notFound")
                            ? HttpServletResponse.SC_NOT_FOUND
                            : HttpServletResponse.SC_BAD_REQUEST,
                    e.getMessageKey());
        }
    }

    /** Every field that is not the envelope is the answer; repeated fields (checkboxes) are joined. */
    static Response responseOf(HttpServletRequest request) {
        Map<String, String> values = new TreeMap<>();
        request.getParameterMap().forEach((name, given) -> {
            if (!RESERVED.contains(name)) {
                values.put(name, String.join(",", given));
            }
        });
        return new Response(values);
    }

    private static void refuse(HttpServletResponse response, boolean json, int status, String key) throws IOException {
        if (json) {
            response.setStatus(status);
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"" + key + "\"}");
        } else {
            response.sendError(status);
        }
    }
}

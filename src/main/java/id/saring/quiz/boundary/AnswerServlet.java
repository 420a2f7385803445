package id.saring.quiz.boundary;

import id.saring.catalog.question.Response;
import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.i18n.Messages;
import id.saring.infrastructure.web.JsonReply;
import id.saring.infrastructure.web.RequestLimitsFilter;
import id.saring.quiz.QuizMessages;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Saves an answer, checks it (immediate feedback, where the quiz gives it) or submits the attempt. The quiz page's script
 * posts here as soon as an answer is given and gets a small JSON reply; without script, the
 * question's form posts here and is redirected back (post-redirect-get). Only for students
 * (web.xml), and only on their own attempts ({@link Attempts}).
 */
@WebServlet("/learn/answer")
public class AnswerServlet extends HttpServlet {

    /** The message key of why a form's post was refused, which the 400 error page shows. */
    public static final String REFUSAL = "saring.refusal";

    private static final Logger LOG = Logger.getLogger(AnswerServlet.class.getName());

    @Inject
    transient Attempts attempts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestLimitsFilter.utf8(request);
        boolean json = JsonReply.isWanted(request);
        String username = request.getUserPrincipal().getName();
        AnswerEnvelope envelope;
        try {
            envelope = AnswerEnvelope.of(request.getParameterMap());
        } catch (AttemptException e) {
            refuse(request, response, json, e);
            return;
        }
        try {
            answer(envelope, username, json, request, response);
        } catch (AttemptException e) {
            LOG.fine(() -> "Refused " + envelope.action() + " on attempt " + envelope.attempt() + " by " + username
                    + ": " + e.getMessageKey());
            refuse(request, response, json, e);
        }
    }

    private void answer(
            AnswerEnvelope envelope,
            String username,
            boolean json,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        String review = request.getContextPath() + "/learn/review.xhtml?id=" + envelope.attempt();
        if (envelope.action() == AnswerEnvelope.Action.SUBMIT) {
            attempts.submit(envelope.attempt(), username);
            response.sendRedirect(review);
            return;
        }
        Response answer = AnswerEnvelope.answerOf(request.getParameterMap());
        Saved saved = envelope.action() == AnswerEnvelope.Action.CHECK
                ? attempts.check(envelope.attempt(), username, envelope.question(), answer, envelope.sequence())
                : attempts.save(envelope.attempt(), username, envelope.question(), answer, envelope.sequence());
        boolean closed = saved.status() == Saved.Status.TIME_UP || saved.status() == Saved.Status.CLOSED;
        if (json) {
            JsonReply.send(
                    response,
                    HttpServletResponse.SC_OK,
                    JsonReply.object()
                            .add("status", saved.status().name())
                            .add("sequence", saved.sequence())
                            .build());
        } else if (closed) {
            response.sendRedirect(review);
        } else {
            response.sendRedirect(request.getContextPath() + "/learn/attempt.xhtml?id=" + envelope.attempt() + "&q="
                    + envelope.position() + "&saved");
        }
    }

    /**
     * A 404 for an attempt that is not the student's, else a 400; with the reason in the student's
     * language: in the JSON reply, or on the error page ({@link #REFUSAL}).
     */
    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, boolean json, AttemptException e)
            throws IOException {
        int status = QuizMessages.ATTEMPT_NOT_FOUND.equals(e.getMessageKey())
                ? HttpServletResponse.SC_NOT_FOUND
                : HttpServletResponse.SC_BAD_REQUEST;
        if (json) {
            JsonReply.send(
                    response,
                    status,
                    JsonReply.object()
                            .add("error", e.getMessageKey())
                            .add("message", Messages.text(Languages.locale(Languages.of(request)), e.getMessageKey()))
                            .build());
        } else {
            request.setAttribute(REFUSAL, e.getMessageKey());
            response.sendError(status);
        }
    }
}

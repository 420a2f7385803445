package id.saring.classroom.boundary;

import id.saring.classroom.control.PollDelay;
import id.saring.infrastructure.web.JsonReply;
import id.saring.quiz.boundary.AttemptException;
import id.saring.quiz.boundary.StartGate;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * GET /learn/opening?course=…&amp;quiz=…&amp;n=…: what a student's waiting page asks, every few
 * seconds, until the test is open: {@code {"open":true}}, or {@code {"open":false,"retry":ms}}
 * with the wait before asking again ({@link PollDelay}; {@code n} is how often the page has asked).
 * Cheap on purpose: no Faces, no session written, an answer from {@link TestGate#waiting} that
 * mostly needs no query, and a browser may keep it for two seconds. Only students (web.xml), and
 * only about themselves: the answer is for the one logged in.
 */
@WebServlet("/learn/opening")
public class OpeningServlet extends HttpServlet {

    @Inject
    transient TestGate gate;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String course = String.valueOf(request.getParameter("course"));
        String quiz = String.valueOf(request.getParameter("quiz"));
        Optional<StartGate.Closed> closed;
        try {
            closed = gate.waiting(request.getUserPrincipal().getName(), course, quiz);
        } catch (AttemptException e) {
            JsonReply.error(response, HttpServletResponse.SC_NOT_FOUND, e.getMessageKey());
            return;
        }
        var reply = JsonReply.object().add("open", closed.isEmpty());
        closed.ifPresent(c -> reply.add(
                "retry",
                PollDelay.next(asked(request), c.opens(), Instant.now(Clock.systemUTC()), ThreadLocalRandom.current())
                        .toMillis()));
        JsonReply.send(response, HttpServletResponse.SC_OK, reply.build(), "private, max-age=2");
    }

    /** How often the page has asked already; anything unreadable counts as the first time. */
    private static int asked(HttpServletRequest request) {
        try {
            return Math.max(0, Integer.parseInt(String.valueOf(request.getParameter("n"))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}

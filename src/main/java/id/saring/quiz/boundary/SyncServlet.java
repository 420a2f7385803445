package id.saring.quiz.boundary;

import id.saring.infrastructure.i18n.Languages;
import id.saring.infrastructure.i18n.Messages;
import id.saring.infrastructure.web.CsrfToken;
import id.saring.infrastructure.web.JsonReply;
import id.saring.quiz.QuizMessages;
import id.saring.quiz.entity.Attempt;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.TransactionalException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Where a device sends the quiz attempts it kept offline, all in one request, and gets a receipt
 * for each ({@link OfflineAttempts}); a GET gives a device that was offline for days, once its
 * student has logged in again, this session's token for the POST ({@code X-CSRF-Token}, checked
 * by {@code CsrfFilter} like the quiz script's saves), the server's time, and who this session's
 * student is (account id and username): the device records them on each attempt taken offline,
 * and sends an attempt only with its own student's session. Only for students
 * (web.xml), each for their own attempts. A body that is not the expected JSON gets a 400 with a
 * message in the student's language, never a 500.
 */
@WebServlet("/learn/sync")
public class SyncServlet extends HttpServlet {

    /** A body larger than this is not read (RequestLimitsFilter refuses larger ones that say their length). */
    static final int MOST_BYTES = 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(SyncServlet.class.getName());

    @Inject
    transient OfflineAttempts offline;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getUserPrincipal().getName();
        JsonObjectBuilder reply = JsonReply.object()
                .add("csrf", CsrfToken.of(request.getSession(true)))
                .add("serverTime", Instant.now().toString());
        offline.student(username)
                .ifPresentOrElse(
                        student -> reply.add("student", student.getId()).add("username", student.getUsername()),
                        () -> reply.addNull("student").addNull("username"));
        offline.lastSynced(username)
                .ifPresentOrElse(at -> reply.add("lastSync", at.toString()), () -> reply.addNull("lastSync"));
        JsonReply.send(response, HttpServletResponse.SC_OK, reply.build());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = Languages.locale(Languages.of(request));
        String username = request.getUserPrincipal().getName();
        // As the database keeps it, so a receipt sent again reads the same time.
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        SyncRequest sent;
        try {
            sent = SyncRequest.read(body(request), receivedAt);
        } catch (AttemptException e) {
            LOG.fine(() -> "Refused a sync by " + username + ": " + e.getMessageKey());
            JsonReply.send(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    JsonReply.object()
                            .add("error", e.getMessageKey())
                            .add("message", Messages.text(language, e.getMessageKey()))
                            .build());
            return;
        }
        JsonArrayBuilder receipts = JsonReply.array();
        for (OfflineAttempt attempt : sent.attempts()) {
            Receipt receipt = receive(username, attempt, receivedAt);
            LOG.fine(() -> "Offline attempt " + attempt.clientId() + " of " + username + ": " + receipt.status()
                    + receipt.reason().map(r -> " (" + r + ")").orElse(""));
            receipts.add(json(receipt, language));
        }
        offline.synced(username, receivedAt);
        JsonReply.send(
                response,
                HttpServletResponse.SC_OK,
                JsonReply.object()
                        .add("serverTime", Instant.now().toString())
                        .add("receipts", receipts)
                        .build());
    }

    /**
     * One attempt, and once more if storing it failed: the same attempt stored a moment ago by a
     * request from another tab (V16's unique constraint) is then found and answered "already".
     */
    private Receipt receive(String username, OfflineAttempt attempt, Instant receivedAt) {
        try {
            return offline.receive(username, attempt, receivedAt);
        } catch (PersistenceException | TransactionalException e) {
            LOG.fine(() -> "Offline attempt " + attempt.clientId() + " of " + username + " met another copy: " + e);
            return offline.receive(username, attempt, receivedAt);
        }
    }

    private static JsonObjectBuilder json(Receipt receipt, Locale language) {
        JsonObjectBuilder json = JsonReply.object()
                .add("id", receipt.clientId())
                .add("status", receipt.status().name());
        receipt.attempt()
                .map(Attempt::getId)
                .ifPresentOrElse(id -> json.add("attempt", id), () -> json.addNull("attempt"));
        json.add("receivedAt", receipt.receivedAt().toString());
        Attempt graded = receipt.attempt().filter(Attempt::isSubmitted).orElse(null);
        if (graded == null) {
            json.addNull("score").addNull("maxScore").addNull("percent");
        } else {
            json.add("score", graded.getPoints().orElseThrow())
                    .add("maxScore", graded.getMaxPoints())
                    .add("percent", graded.getPercent().orElseThrow().value());
        }
        receipt.reason()
                .ifPresentOrElse(
                        key -> json.add("reason", key).add("message", Messages.text(language, key)),
                        () -> json.addNull("reason").addNull("message"));
        return json;
    }

    /** The body as text, at most {@link #MOST_BYTES}: a longer one reads as malformed. */
    private static Reader body(HttpServletRequest request) throws IOException {
        byte[] bytes = request.getInputStream().readNBytes(MOST_BYTES + 1);
        if (bytes.length > MOST_BYTES) {
            throw new AttemptException(QuizMessages.SYNC_TOO_MANY);
        }
        return new BufferedReader(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    }
}

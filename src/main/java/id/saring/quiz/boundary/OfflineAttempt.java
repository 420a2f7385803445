package id.saring.quiz.boundary;

import id.saring.catalog.question.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One attempt a student took on their device without a connection, as it arrives at
 * {@code /learn/sync} ({@link SyncRequest} reads it): the device's id for it, the quiz and the
 * published version it was taken on, its times by the device's clock (already corrected by the
 * difference between the device's clock and the server's, when the device said what its clock
 * read on sending) and the answers, numbered by the device.
 *
 * @param student the account the device recorded as taking it (the student logged in on it then,
 *     {@code GET /learn/sync}'s {@code student}); empty from a device that recorded none
 * @param submittedAt empty when the student had not submitted it yet: it is kept open, to go on with online
 */
public record OfflineAttempt(
        String clientId,
        Optional<Long> student,
        String courseId,
        String moduleId,
        int version,
        Instant startedAt,
        Optional<Instant> submittedAt,
        List<SentAnswer> answers) {

    public OfflineAttempt {
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(student);
        Objects.requireNonNull(courseId);
        Objects.requireNonNull(moduleId);
        Objects.requireNonNull(startedAt);
        Objects.requireNonNull(submittedAt);
        answers = List.copyOf(answers);
    }

    /**
     * One answer as the quiz page's form for its question would have posted it to
     * {@code /learn/answer}: the form's fields by name, each with its values.
     *
     * @param sequence the device's count of saves; a higher one for the same question replaces a lower one
     * @param checked whether the student checked it on the device ("Periksa"), which makes it final
     *     as a check online does, where the quiz gives feedback at once
     */
    public record SentAnswer(int sequence, String questionId, Map<String, List<String>> fields, boolean checked) {

        public SentAnswer {
            Objects.requireNonNull(questionId);
            fields = Map.copyOf(fields);
        }

        /** The answer as the question types read it: the same as {@link AnswerEnvelope#answerOf} makes of a post. */
        public Response response() {
            Map<String, String[]> posted = new TreeMap<>();
            fields.forEach((name, values) -> posted.put(name, values.toArray(String[]::new)));
            return AnswerEnvelope.answerOf(posted);
        }
    }
}

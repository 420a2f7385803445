package id.saring.quiz.boundary;

import id.saring.catalog.question.Response;
import id.saring.infrastructure.web.CsrfToken;
import id.saring.quiz.QuizMessages;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The fields of an answer post that are not the answer: which attempt and question, the device's
 * sequence number, what to do, and which question a page without script shows next. The attempt
 * page (attempt.xhtml) writes these names and quiz.js strips them to compare answers;
 * AnswerEnvelopeTest holds both to the constants here.
 *
 * @param question the question answered; none when the attempt is submitted
 * @param position the question shown after a save without script: {@code next} (the button
 *     pressed), else {@code at} (where the form was), else the first
 */
public record AnswerEnvelope(long attempt, String question, int sequence, Action action, int position) {

    public static final String CSRF = CsrfToken.FIELD;
    public static final String ATTEMPT = "attempt";
    public static final String QUESTION = "question";
    public static final String SEQUENCE = "sequence";
    public static final String AT = "at";
    public static final String ACTION = "action";
    public static final String NEXT = "next";

    /** Every name of the envelope; any other field of the post belongs to the answer. */
    public static final Set<String> FIELDS = Set.of(CSRF, ATTEMPT, QUESTION, SEQUENCE, AT, ACTION, NEXT);

    /** What the post asks for: the {@code action} button pressed, or none (a save). */
    public enum Action {
        SAVE,
        /** "Periksa": immediate feedback, after which the answer is final. */
        CHECK,
        SUBMIT;

        /** The {@code action} field's value; any other value, or none, saves. */
        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Action of(String value) {
            return CHECK.value().equals(value) ? CHECK : SUBMIT.value().equals(value) ? SUBMIT : SAVE;
        }
    }

    /**
     * Reads the envelope of a post ({@code request.getParameterMap()}).
     *
     * @throws AttemptException {@code attempt.invalidAnswer} when the attempt or the sequence is
     *     missing or not a number: a request no page of Saring sends
     */
    public static AnswerEnvelope of(Map<String, String[]> fields) {
        try {
            return new AnswerEnvelope(
                    Long.parseLong(first(fields, ATTEMPT)),
                    first(fields, QUESTION),
                    Integer.parseInt(first(fields, SEQUENCE)),
                    Action.of(first(fields, ACTION)),
                    position(first(fields, NEXT), first(fields, AT)));
        } catch (NumberFormatException e) {
            throw new AttemptException(QuizMessages.ATTEMPT_INVALID_ANSWER);
        }
    }

    /** Every field that is not the envelope is the answer; repeated fields (checkboxes) are joined. */
    public static Response answerOf(Map<String, String[]> fields) {
        Map<String, String> values = new TreeMap<>();
        fields.forEach((name, given) -> {
            if (!FIELDS.contains(name)) {
                values.put(name, String.join(",", given));
            }
        });
        return new Response(values);
    }

    private static int position(String next, String at) {
        for (String candidate : new String[] {next, at}) {
            if (candidate != null && candidate.matches("\\d{1,3}")) {
                return Integer.parseInt(candidate);
            }
        }
        return 1;
    }

    private static String first(Map<String, String[]> fields, String name) {
        String[] values = fields.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }
}

package id.saring.quiz.entity;

import id.saring.catalog.question.Response;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The latest answer to one question of one attempt, as name/value pairs. */
@Entity
@Table(name = "attempt_answer")
@IdClass(Answer.Key.class)
public class Answer {

    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "attempt_id")
    private Attempt attempt;

    @Id
    @Column(name = "question_id", length = 64)
    private String questionId;

    @Column(nullable = false, length = 8000)
    private String response;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(nullable = false)
    private boolean checked;

    private Double fraction;

    protected Answer() {
        // for JPA
    }

    Answer(Attempt attempt, String questionId, Response response, int sequence, Instant savedAt) {
        this.attempt = Objects.requireNonNull(attempt);
        this.questionId = Objects.requireNonNull(questionId);
        replace(response, sequence, savedAt);
    }

    /** Stores a newer answer; an older or repeated one (same or lower sequence) changes nothing. */
    boolean replace(Response newResponse, int newSequence, Instant at) {
        if (response != null && newSequence <= sequence) {
            return false;
        }
        this.response = encode(newResponse);
        this.sequence = newSequence;
        this.savedAt = at;
        return true;
    }

    /** Immediate feedback was shown: the answer is final. */
    void check(double grade) {
        this.checked = true;
        this.fraction = grade;
    }

    void grade(double grade) {
        this.fraction = grade;
    }

    public Response getResponse() {
        return decode(response);
    }

    public String getQuestionId() {
        return questionId;
    }

    /**
     * The key of {@link Attempt}'s map of answers ({@code @MapKey(name = "questionId")}), under the
     * name EclipseLink looks for first: without a method of that name it tried {@code
     * questionId()} on this class and on Object, two NoSuchMethodExceptions with their stack
     * traces per answer every time an attempt's answers were read (every answer save), before it
     * took the field.
     */
    String questionId() {
        return questionId;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public boolean isChecked() {
        return checked;
    }

    public Optional<Double> getFraction() {
        return Optional.ofNullable(fraction);
    }

    static String encode(Response response) {
        return response.values().entrySet().stream()
                // Map.copyOf keeps no order: sorted, the same answer is the same text on every instance.
                .sorted(Map.Entry.comparingByKey())
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static Response decode(String stored) {
        Map<String, String> values = new TreeMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String pair : stored.split("&")) {
                int equals = pair.indexOf('=');
                values.put(
                        URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return new Response(values);
    }

    /** The primary key: attempt and question. */
    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        private Long attempt;
        private String questionId;

        public Key() {}

        public Key(Long attempt, String questionId) {
            this.attempt = attempt;
            this.questionId = questionId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(key.attempt, attempt)
                    && Objects.equals(key.questionId, questionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attempt, questionId);
        }
    }
}

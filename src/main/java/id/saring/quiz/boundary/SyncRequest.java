package id.saring.quiz.boundary;

import id.saring.quiz.QuizMessages;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a device sends to {@code /learn/sync}: every attempt it kept offline, read from JSON and
 * checked for shape only (whether the answers fit the quiz is {@link OfflineAttempts}'s to say).
 *
 * <pre>{"sentAt":"ISO (optional)","attempts":[{"id":"uuid","student":account id (optional),
 *   "course":"slug","module":"slug","version":1,"startedAt":"ISO","submittedAt":"ISO or null",
 *   "answers":[{"sequence":1,"question":"id","fields":{"name":["value"]},"checked":true (optional)}]}]}</pre>
 *
 * <p>When the device says what its clock read as it sent ({@code sentAt}), every time it sends is
 * moved by the difference to the server's clock: phones whose clock is days off (a flat battery)
 * still have their attempts placed when they were taken.
 */
public record SyncRequest(List<OfflineAttempt> attempts) {

    /** More than a device could have waiting; a larger batch is not read. */
    public static final int MOST_ATTEMPTS = 100;

    /** More answers than any quiz has questions times saves worth keeping. */
    static final int MOST_ANSWERS = 1_000;

    /** A device's id for an attempt: a UUID, or anything of its letters, digits and dashes. */
    private static final Pattern CLIENT_ID = Pattern.compile("[0-9A-Za-z-]{8,36}");

    /** Course, module and question ids as course files write them. */
    private static final Pattern SLUG = Pattern.compile("[0-9A-Za-z_.-]{1,64}");

    /** A device clock this close to the server's is left as it is (the request's own travel time). */
    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(2);

    public SyncRequest {
        attempts = List.copyOf(attempts);
    }

    /**
     * Reads a request body.
     *
     * @throws AttemptException {@link QuizMessages#SYNC_MALFORMED} for anything that is not the JSON
     *     above, {@link QuizMessages#SYNC_TOO_MANY} past {@link #MOST_ATTEMPTS}
     */
    public static SyncRequest read(Reader body, Instant receivedAt) {
        try (JsonReader reader = Json.createReader(body)) {
            JsonObject root = reader.readObject();
            Duration offset = optionalTime(root, "sentAt")
                    .map(sent -> Duration.between(sent, receivedAt))
                    .filter(d -> d.abs().compareTo(CLOCK_TOLERANCE) > 0)
                    .orElse(Duration.ZERO);
            JsonArray sent = root.getJsonArray("attempts");
            if (sent == null) {
                throw malformed();
            }
            if (sent.size() > MOST_ATTEMPTS) {
                throw new AttemptException(QuizMessages.SYNC_TOO_MANY);
            }
            List<OfflineAttempt> attempts = new ArrayList<>();
            for (JsonValue value : sent) {
                attempts.add(attempt(object(value), offset));
            }
            return new SyncRequest(attempts);
        } catch (JsonException
                | ClassCastException
                | IllegalStateException
                | ArithmeticException
                | DateTimeException e) {
            // JsonException covers a body that is not JSON at all (JsonParsingException) and a wrong root.
            throw malformed();
        }
    }

    private static OfflineAttempt attempt(JsonObject sent, Duration offset) {
        JsonArray answers = sent.getJsonArray("answers");
        if (answers == null || answers.size() > MOST_ANSWERS) {
            throw malformed();
        }
        List<OfflineAttempt.SentAnswer> read = new ArrayList<>();
        for (JsonValue answer : answers) {
            read.add(answer(object(answer)));
        }
        JsonNumber version = sent.getJsonNumber("version");
        if (version == null) {
            throw malformed();
        }
        JsonValue student = sent.get("student");
        if (student != null && student.getValueType() != JsonValue.ValueType.NULL && !(student instanceof JsonNumber)) {
            throw malformed();
        }
        return new OfflineAttempt(
                text(sent, "id", CLIENT_ID),
                student instanceof JsonNumber id ? Optional.of(id.longValueExact()) : Optional.empty(),
                text(sent, "course", SLUG),
                text(sent, "module", SLUG),
                version.intValueExact(),
                optionalTime(sent, "startedAt")
                        .orElseThrow(SyncRequest::malformed)
                        .plus(offset),
                optionalTime(sent, "submittedAt").map(t -> t.plus(offset)),
                read);
    }

    private static OfflineAttempt.SentAnswer answer(JsonObject answer) {
        JsonNumber sequence = answer.getJsonNumber("sequence");
        JsonObject fields = answer.getJsonObject("fields");
        if (sequence == null || fields == null || sequence.intValueExact() < 0) {
            throw malformed();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach((name, given) -> {
            List<String> strings = new ArrayList<>();
            if (given instanceof JsonString one) {
                strings.add(one.getString());
            } else {
                for (JsonValue each : (JsonArray) given) {
                    strings.add(((JsonString) each).getString());
                }
            }
            values.put(name, strings);
        });
        return new OfflineAttempt.SentAnswer(
                sequence.intValueExact(), text(answer, "question", SLUG), values, answer.getBoolean("checked", false));
    }

    private static JsonObject object(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw malformed();
        }
        return value.asJsonObject();
    }

    private static String text(JsonObject object, String name, Pattern shape) {
        JsonString value = object.getJsonString(name);
        if (value == null || !shape.matcher(value.getString()).matches()) {
            throw malformed();
        }
        return value.getString();
    }

    /** An ISO-8601 time with its offset ({@code 2026-12-06T08:15:00.000Z}); absent or null is empty. */
    private static Optional<Instant> optionalTime(JsonObject object, String name) {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString text)) {
            throw malformed();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.getString()).toInstant());
        } catch (DateTimeException e) {
            throw malformed();
        }
    }

    private static AttemptException malformed() {
        return new AttemptException(QuizMessages.SYNC_MALFORMED);
    }
}

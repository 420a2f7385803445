package id.saring.catalog.question;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A student's answer to one question as name→value pairs, the way a form sends it. Every type
 * reads its own names, so a new type never changes how answers are stored.
 */
public record Response(Map<String, String> values) {

    public static final Response EMPTY = new Response(Map.of());

    /** Longest value stored; longer ones are refused as tampering. */
    public static final int MAX_VALUE_LENGTH = 2_000;

    public Response {
        values = Map.copyOf(new TreeMap<>(values));
    }

    public static Response of(String... namesAndValues) {
        Map<String, String> values = new TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Response(values);
    }

    public Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** A comma-separated list value, e.g. the flagged segments. */
    public List<String> list(String name) {
        return value(name)
                .map(v -> Arrays.stream(v.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    public boolean isEmpty() {
        return values.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}

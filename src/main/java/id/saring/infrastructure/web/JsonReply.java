package id.saring.infrastructure.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The small JSON replies scripts get instead of a page: an answer saved, a request refused. Not
 * cached, but for a waiting page's question, which a browser may keep a couple of seconds. The factories are made once: looking the JSON provider up is not free, and answer saves
 * are the busiest requests.
 */
public final class JsonReply {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private JsonReply() {}

    /** Whether the request is a script's that reads JSON (quiz.js sends {@code Accept: application/json}). */
    public static boolean isWanted(HttpServletRequest request) {
        return String.valueOf(request.getHeader("Accept")).contains("application/json");
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        send(response, status, body, "no-store");
    }

    /** A reply a browser may keep as {@code cacheControl} says (a waiting page's question: a couple of seconds). */
    public static void send(HttpServletResponse response, int status, JsonObject body, String cacheControl)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", cacheControl);
        try (JsonWriter writer = WRITERS.createWriter(response.getWriter())) {
            writer.writeObject(body);
        }
    }

    /** {@code {"error": reason}}: a message key, or what a filter refused. */
    public static void error(HttpServletResponse response, int status, String reason) throws IOException {
        send(response, status, object().add("error", reason).build());
    }
}

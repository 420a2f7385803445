package id.saring.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.http.HttpServletResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON replies scripts read: exactly what quiz.js and the failover test's students parse. */
class JsonReplyTest {

    private final Map<String, Object> answer = new HashMap<>();
    private final StringWriter body = new StringWriter();

    @Test
    void aSavedAnswerIsACompactObjectNeverCached() throws Exception {
        JsonReply.send(
                response(),
                200,
                JsonReply.object().add("status", "SAVED").add("sequence", 3).build());

        assertEquals("{\"status\":\"SAVED\",\"sequence\":3}", body.toString());
        assertEquals(200, answer.get("status"));
        assertEquals("application/json;charset=UTF-8", answer.get("contentType"));
        assertEquals("no-store", answer.get("Cache-Control"));
    }

    @Test
    void aRefusalNamesItsReasonAsTextWhateverItHolds() throws Exception {
        JsonReply.error(response(), 400, "attempt.\"invalid\"\\Answer");

        assertEquals("{\"error\":\"attempt.\\\"invalid\\\"\\\\Answer\"}", body.toString());
        assertEquals(400, answer.get("status"));
    }

    private HttpServletResponse response() {
        PrintWriter writer = new PrintWriter(body);
        return (HttpServletResponse) Proxy.newProxyInstance(
                JsonReplyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "getWriter" -> writer;
                    case "setStatus" -> answer.put("status", args[0]);
                    case "setContentType" -> answer.put("contentType", args[0]);
                    case "setHeader" -> answer.put((String) args[0], args[1]);
                    default -> null;
                });
    }
}

package id.saring.infrastructure.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When plain HTTP goes to HTTPS, and what HTTPS answers carry (issue 20). */
class HttpsFilterTest {

    private final Map<String, Object> answer = new HashMap<>();
    private boolean passedOn;

    @Test
    void aPlainPageFromAnotherMachineGoesToTheSameAddressOverHttps() throws Exception {
        filter(8443)
                .doFilter(
                        request("GET", false, "192.0.2.7", "192.0.2.2", "/learn/course.xhtml", "id=x"),
                        response(),
                        chain());

        assertFalse(passedOn);
        assertEquals(301, answer.get("status"));
        assertEquals("https://192.0.2.2:8443/learn/course.xhtml?id=x", answer.get("Location"));
    }

    @Test
    void aPlainFormPostKeepsItsMethodOnTheWay() throws Exception {
        filter(443)
                .doFilter(
                        request("POST", false, "192.0.2.7", "saring.sekolah.test", "/login.xhtml", null),
                        response(),
                        chain());

        assertEquals(308, answer.get("status"));
        assertEquals("https://saring.sekolah.test/login.xhtml", answer.get("Location"));
    }

    @Test
    void aPageWhoseNameOnlyBeginsLikeHealthIsNotHealth() throws Exception {
        filter(8443)
                .doFilter(request("GET", false, "192.0.2.7", "192.0.2.2", "/healthy.xhtml", null), response(), chain());

        assertFalse(passedOn);
        assertEquals(301, answer.get("status"));
    }

    @Test
    void httpsAnswersCarryHsts() throws Exception {
        filter(8443).doFilter(request("GET", true, "192.0.2.7", "192.0.2.2", "/home.xhtml", null), response(), chain());

        assertTrue(passedOn);
        assertEquals(HttpsFilter.HSTS, answer.get("Strict-Transport-Security"));
    }

    @Test
    void localhostTheCertificatePagesAndNoHttpsPortStayPlain() throws Exception {
        for (HttpServletRequest plain : new HttpServletRequest[] {
            request("GET", false, "127.0.0.1", "localhost", "/home.xhtml", null),
            request("GET", false, "192.0.2.7", "192.0.2.2", "/sertifikat.xhtml", null),
            request("GET", false, "192.0.2.7", "192.0.2.2", CertificateAuthorityServlet.PATH, null),
            request("GET", false, "192.0.2.7", "192.0.2.2", "/jakarta.faces.resource/saring.css.xhtml", null),
            request("GET", false, "192.0.2.7", "192.0.2.2", "/health/ready", null),
            request("GET", false, "192.0.2.7", "192.0.2.2", "/health", null)
        }) {
            passedOn = false;
            filter(8443).doFilter(plain, response(), chain());
            assertTrue(passedOn, plain.getServletPath());
        }
        passedOn = false;
        filter(0).doFilter(request("GET", false, "192.0.2.7", "192.0.2.2", "/home.xhtml", null), response(), chain());
        assertTrue(passedOn, "no HTTPS port, no redirect");
        assertNull(answer.get("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    @Test
    void onlyALoopbackClientAskingForALoopbackNameIsLocal() {
        assertFalse(HttpsFilter.isLocal(request("GET", false, "127.0.0.1", "192.0.2.2", "/", null)));
        assertFalse(HttpsFilter.isLocal(request("GET", false, "192.0.2.7", "localhost", "/", null)));
        assertTrue(HttpsFilter.isLocal(request("GET", false, "0:0:0:0:0:0:0:1", "[::1]", "/", null)));
    }

    private static HttpsFilter filter(int httpsPort) {
        HttpsFilter filter = new HttpsFilter();
        filter.httpsPort = httpsPort;
        return filter;
    }

    private FilterChain chain() {
        return (request, response) -> passedOn = true;
    }

    private static HttpServletRequest request(
            String method, boolean secure, String remote, String server, String path, String query) {
        Map<String, Object> values = Map.of(
                "getMethod", method,
                "isSecure", secure,
                "getRemoteAddr", remote,
                "getServerName", server,
                "getServletPath", path,
                "getRequestURI", path,
                "getContextPath", "");
        return (HttpServletRequest) Proxy.newProxyInstance(
                HttpsFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, called, args) ->
                        called.getName().equals("getQueryString") ? query : values.get(called.getName()));
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(
                HttpsFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class},
                (proxy, called, args) -> {
                    switch (called.getName()) {
                        case "setStatus" -> answer.put("status", args[0]);
                        case "setHeader" -> answer.put((String) args[0], args[1]);
                        default -> {
                            // nothing else is asked
                        }
                    }
                    return null;
                });
    }
}

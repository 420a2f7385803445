package id.saring.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.testing.Admin;
import id.saring.testing.Deployments;
import id.saring.testing.Https;
import id.saring.testing.ListeningPorts;
import id.saring.testing.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a probe from the school network finds (issue 20): no product banners or figures for
 * strangers, no data-grid port, and every malformed request answered 4xx in the reader's language
 * with the security headers, never a 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkFaceIT {

    private static final String TEN_MEGABYTES = "a".repeat(10 * 1024 * 1024);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.saringWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void strangersLearnNothingAboutTheServer() {
        WebClient visitor = new WebClient(base);

        HttpResponse<String> page = visitor.get("login.xhtml");
        HttpResponse<String> metrics = visitor.get("/metrics");
        HttpResponse<String> health = visitor.get("/health/ready");

        assertTrue(page.headers().firstValue("Server").isEmpty(), page.headers().toString());
        assertTrue(
                page.headers().firstValue("X-Powered-By").isEmpty(),
                page.headers().toString());
        assertTrue(metrics.statusCode() >= 400, "metrics are off unless an operator turns them on");
        assertFalse(metrics.body().contains("classloader"), metrics.body());
        assertEquals(200, health.statusCode(), health.body());
        assertFalse(health.body().contains("H2") || health.body().contains("PostgreSQL"), health.body());
    }

    @Test
    void theServerListensOnItsHttpAndHttpsPortsOnly() throws IOException {
        // No data grid (6900) without clustering, no admin or debug port: nothing a school did not ask for.
        assertEquals(Set.of(base.getPort(), Https.PORT), ListeningPorts.ofProcessListeningOn(base.getPort()));
    }

    @Test
    void httpsAnswersWithHstsAndASecureSessionCookie() throws Exception {
        HttpResponse<String> page = trustingClient()
                .send(
                        HttpRequest.newBuilder(URI.create(Https.base(base) + "login.xhtml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, page.statusCode());
        assertEquals(
                "max-age=31536000",
                page.headers().firstValue("Strict-Transport-Security").orElse(""));
        assertTrue(
                page.headers().allValues("Set-Cookie").stream()
                        .filter(c -> c.startsWith("JSESSIONID="))
                        .allMatch(c -> c.contains("Secure")),
                page.headers().toString());
        assertTrue(page.headers().firstValue("Server").isEmpty(), page.headers().toString());
    }

    @Test
    void theCertificatePageAndTheAuthorityAreThereForPhones() {
        WebClient visitor = new WebClient(base);

        HttpResponse<String> page = visitor.get("sertifikat.xhtml");
        HttpResponse<String> authority = visitor.get("saring-ca.crt");

        assertEquals(200, page.statusCode());
        assertTrue(
                page.body().matches("(?s).*id=\"trust-fingerprint\"[^>]*>([0-9A-F]{2}:){31}[0-9A-F]{2}<.*"),
                page.body());
        assertEquals(200, authority.statusCode());
        assertTrue(authority.body().startsWith("-----BEGIN CERTIFICATE-----"), authority.body());
        assertEquals(
                "application/x-x509-ca-cert",
                authority.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void malformedRequestsAreAnsweredFourHundredInTheReadersLanguage() {
        new Admin(base).createAccount("siswa.probe", "Siswa Probe", "STUDENT", "kapur-tulis-77");
        WebClient student = new WebClient(base);
        student.logIn("siswa.probe", "kapur-tulis-77");
        WebClient visitor = new WebClient(base);
        String loginPage = visitor.get("login.xhtml").body();
        String withoutNonce = WebClient.facesFields(loginPage).replaceAll("&primefaces\\.nonce=[^&]*", "");

        assertRefused(
                400,
                visitor.postRaw(
                        "login.xhtml",
                        "login=login&login%3Ausername=a&login%3Apassword=b&login%3Asubmit=Masuk&" + withoutNonce),
                "Isian tidak bisa dibaca");
        assertRefused(
                400,
                visitor.postRaw(
                        "login.xhtml",
                        "login=login&login%3Ausername=%FF%FE%C3&login%3Apassword=b&"
                                + WebClient.facesFields(loginPage)),
                "Isian tidak bisa dibaca");
        assertRefused(
                413, visitor.postRaw("login.xhtml", "login=login&login%3Ausername=" + TEN_MEGABYTES), "terlalu besar");
        assertRefused(404, student.get("learn/review.xhtml?id=abc"), "tidak ditemukan");
        assertRefused(404, student.get("learn/attempt.xhtml?id=abc"), "tidak ditemukan");

        HttpResponse<String> hugeAnswer = student.postForm(
                "learn/answer", "attempt=1&sequence=1&question=q&action=save&a=" + TEN_MEGABYTES, "application/json");
        assertEquals(413, hugeAnswer.statusCode());
        assertEquals(
                "application/json;charset=UTF-8",
                hugeAnswer.headers().firstValue("Content-Type").orElse("").replace(" ", ""));
        assertTrue(hugeAnswer.body().contains("\"error\""), hugeAnswer.body());
    }

    private static void assertRefused(int status, HttpResponse<String> response, String readable) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(readable), response.body());
        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""),
                response.headers().toString());
        assertFalse(response.body().contains("Exception"), response.body());
    }

    /** Trusts the test server's own certificate only: the one made in data/tls. */
    private static HttpClient trustingClient() throws Exception {
        TrustManager trustTheSchool = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType)
                    throws java.security.cert.CertificateException {
                String hash = java.util.Base64.getEncoder()
                        .encodeToString(sha256(chain[0].getPublicKey().getEncoded()));
                if (!hash.equals(Https.serverKeyHash())) {
                    throw new java.security.cert.CertificateException("not the school's certificate");
                }
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustTheSchool}, new SecureRandom());
        return HttpClient.newBuilder().sslContext(tls).build();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

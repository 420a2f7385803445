package id.saring.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * A man in the middle between Saring and a real OpenID provider (Keycloak, started with this
 * proxy's address as its hostname, so everything it announces points here): every request and
 * answer passes through unchanged, except the ID token in the token endpoint's answer, which the
 * test can have forged in one of the ways an attacker on the wire (or a provider's compromised
 * cache) would try, while the rest of the sign-in is the provider's real flow. It also notes the
 * provider's redirects back to Saring (the callback addresses with state and code) for replays.
 *
 * <p>The realm signs with a key the test made ({@link #realmKeyComponent}), imported into Keycloak,
 * so a token re-signed with it is one the provider's published key verifies: an expired token then
 * fails on its expiry alone, which is what the test must show.
 */
public final class TamperingProxy implements AutoCloseable {

    /** What happens to the next ID tokens the provider issues. */
    public enum Tampering {
        /** Passed on as the provider issued it. */
        NONE,
        /** The payload changed (another person's address), the provider's signature kept. */
        PAYLOAD,
        /** Re-signed, unchanged, with a key the provider never published (under the provider's key id). */
        OTHER_KEY,
        /** Re-signed with the realm's own key, with its issue and expiry times ten minutes in the past. */
        EXPIRED,
        /** Re-signed with the realm's own key, unchanged: still good (shows the re-signing itself is sound). */
        RESIGNED,
        /** Replaced by the ID token of the sign-in before: real and unexpired, but with that sign-in's nonce. */
        REPLAYED
    }

    private static final Set<String> NOT_FORWARDED =
            Set.of("host", "connection", "content-length", "expect", "upgrade", "accept-encoding", "keep-alive");
    private static final Set<String> NOT_RETURNED = Set.of("content-length", "transfer-encoding", "connection");

    private final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final int targetPort;
    private final RSAKey realmKey;
    private final RSAKey otherKey;
    private final List<String> callbacks = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private volatile Tampering tampering = Tampering.NONE;
    private volatile String payloadAddress;
    private volatile String previousIdToken;

    /** Listens on a free port of localhost and forwards to {@code targetPort}. */
    public TamperingProxy(int targetPort) {
        this.targetPort = targetPort;
        try {
            realmKey = new RSAKeyGenerator(2048).generate();
            otherKey = new RSAKeyGenerator(2048).generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::forward);
        server.start();
    }

    /** The address the provider should call its own ({@code --hostname}). */
    public URI address() {
        return URI.create("http://localhost:" + server.getAddress().getPort());
    }

    /**
     * The realm file's signing keys: an RSA key this proxy holds the private half of, first among
     * the realm's keys, and the realm's usual generated HMAC and AES keys beside it.
     */
    public String realmKeyComponent() {
        try {
            String privateKey = Base64.getEncoder()
                    .encodeToString(realmKey.toRSAPrivateKey().getEncoded());
            return "\"components\": {\"org.keycloak.keys.KeyProvider\": ["
                    + "{\"name\": \"rsa-uji\", \"providerId\": \"rsa\", \"subComponents\": {}, \"config\": {"
                    + "\"privateKey\": [\"" + privateKey + "\"], \"priority\": [\"1000\"], \"enabled\": [\"true\"],"
                    + " \"active\": [\"true\"], \"algorithm\": [\"RS256\"]}},"
                    + "{\"name\": \"hmac-generated\", \"providerId\": \"hmac-generated\", \"subComponents\": {},"
                    + " \"config\": {\"priority\": [\"100\"], \"algorithm\": [\"HS512\"]}},"
                    + "{\"name\": \"aes-generated\", \"providerId\": \"aes-generated\", \"subComponents\": {},"
                    + " \"config\": {\"priority\": [\"100\"]}}]},";
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** From now on, ID tokens are passed on this way. */
    public void tamper(Tampering how) {
        tampering = how;
    }

    /** For {@link Tampering#PAYLOAD}: the address put into the token instead of the person's own. */
    public void claimAddress(String address) {
        payloadAddress = address;
    }

    /** The addresses of Saring that the provider sent browsers back to, oldest first. */
    public List<String> callbacks() {
        return List.copyOf(callbacks);
    }

    /** What did not go as the test meant (a token the realm key did not sign, ...). */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            URI target = URI.create("http://localhost:" + targetPort + exchange.getRequestURI());
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] answered = answer.body();
            if (exchange.getRequestURI().getPath().endsWith("/protocol/openid-connect/token")
                    && answer.statusCode() == 200) {
                answered = withIdToken(answered);
            }
            answer.headers().map().forEach((name, values) -> {
                if (!NOT_RETURNED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            answer.headers()
                    .firstValue("Location")
                    .filter(location -> location.contains("/signin/callback"))
                    .ifPresent(callbacks::add);
            boolean empty = answered.length == 0 || answer.statusCode() == 204 || answer.statusCode() == 304;
            exchange.sendResponseHeaders(answer.statusCode(), empty ? -1 : answered.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answered);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            problems.add("forwarding " + exchange.getRequestURI() + ": " + e);
            throw e;
        }
    }

    /** The token endpoint's JSON with its ID token passed on as {@link #tampering} says. */
    private byte[] withIdToken(byte[] json) {
        try {
            Map<String, Object> tokens = JSONObjectUtils.parse(new String(json, StandardCharsets.UTF_8));
            String idToken = (String) tokens.get("id_token");
            if (idToken == null) {
                problems.add("the token endpoint sent no ID token");
                return json;
            }
            SignedJWT issued = SignedJWT.parse(idToken);
            if (!issued.verify(new RSASSAVerifier(realmKey.toPublicJWK()))) {
                problems.add("the provider did not sign with the realm key the test gave it");
            }
            String passed =
                    switch (tampering) {
                        case NONE -> idToken;
                        case PAYLOAD -> {
                            Map<String, Object> claims =
                                    issued.getJWTClaimsSet().toJSONObject();
                            claims.put(
                                    "email", Optional.ofNullable(payloadAddress).orElseThrow());
                            yield issued.getHeader().toBase64URL() + "."
                                    + Base64URL.encode(JSONObjectUtils.toJSONString(claims)) + "."
                                    + issued.getSignature();
                        }
                        case OTHER_KEY -> sign(issued.getJWTClaimsSet(), issued, otherKey);
                        case EXPIRED -> {
                            Instant past = Instant.now().minus(Duration.ofMinutes(15));
                            yield sign(
                                    new JWTClaimsSet.Builder(issued.getJWTClaimsSet())
                                            .issueTime(Date.from(past))
                                            .claim("auth_time", past.getEpochSecond())
                                            .expirationTime(Date.from(past.plus(Duration.ofMinutes(5))))
                                            .build(),
                                    issued,
                                    realmKey);
                        }
                        case RESIGNED -> sign(issued.getJWTClaimsSet(), issued, realmKey);
                        case REPLAYED -> Optional.ofNullable(previousIdToken).orElseThrow();
                    };
            previousIdToken = idToken;
            tokens.put("id_token", passed);
            return JSONObjectUtils.toJSONString(tokens).getBytes(StandardCharsets.UTF_8);
        } catch (ParseException | JOSEException e) {
            problems.add("the ID token could not be read: " + e);
            return json;
        }
    }

    /** The claims signed with {@code key} under the issued token's header (its key id among it). */
    private static String sign(JWTClaimsSet claims, SignedJWT issued, RSAKey key) throws JOSEException {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(issued.getHeader().getKeyID())
                .type(issued.getHeader().getType())
                .build();
        SignedJWT signed = new SignedJWT(header, claims);
        signed.sign(new RSASSASigner(key));
        return signed.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}

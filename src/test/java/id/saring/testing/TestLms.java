package id.saring.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An LTI 1.3 platform (an LMS) written for the tests, following the IMS messages: it signs launch
 * ID tokens with its own RSA key (Nimbus JOSE+JWT) and publishes the public half at {@code /jwks};
 * it grants access tokens for Assignment and Grade Services at {@code /token} only to a client
 * assertion signed by the tool's key (read from the tool's own JWKS address); and it keeps the
 * scores posted to its line items ({@code /lineitems/<id>/scores}). It checks the tool's messages
 * the way a platform must; a message it refuses is answered 400/401 and remembered in {@link
 * #problems()}.
 */
public final class TestLms implements AutoCloseable {

    public static final String CLIENT_ID = "saring-tool-1";
    public static final String DEPLOYMENT_ID = "deployment-7";
    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    /** A score the tool posted, with the access token it used. */
    public record Score(String lineItem, String json, String contentType) {}

    private final HttpServer server;
    private final RSAKey key;
    private final String toolJwks;
    private final List<Score> scores = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final Set<String> usedAssertions = ConcurrentHashMap.newKeySet();
    private final AtomicInteger scoreFailuresToGo = new AtomicInteger();

    /** A platform listening on a free port of this machine, trusting the tool key published at {@code toolJwks}. */
    public TestLms(String toolJwks) {
        this.toolJwks = toolJwks;
        try {
            key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(
                "/jwks",
                exchange -> answer(exchange, 200, "application/json", new JWKSet(key.toPublicJWK()).toString(true)));
        server.createContext("/token", this::token);
        server.createContext("/lineitems/", this::score);
        server.start();
    }

    public String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public String jwksUrl() {
        return issuer() + "/jwks";
    }

    public String authUrl() {
        return issuer() + "/auth";
    }

    public String tokenUrl() {
        return issuer() + "/token";
    }

    /** Serves a page of the platform's own site (a course page that frames a tool) at {@code path}. */
    public void page(String path, String html) {
        server.createContext(path, exchange -> answer(exchange, 200, "text/html; charset=utf-8", html));
    }

    /** A line item (gradebook column) of this platform. */
    public String lineItem(String id) {
        return issuer() + "/lineitems/" + id;
    }

    public List<Score> scores() {
        return List.copyOf(scores);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** The next {@code count} score posts are answered 503, as by an LMS down for maintenance. */
    public void failNextScores(int count) {
        scoreFailuresToGo.set(count);
    }

    /**
     * Checks the authentication request the tool sent the browser to (IMS Security Framework
     * 5.1.1.2) and answers it: the parameters of the form the platform posts to the redirect URI.
     */
    public Map<String, String> answerLogin(URI authRequest, Map<String, Object> claims) {
        Map<String, String> query = query(authRequest.getRawQuery());
        require(authRequest.toString().startsWith(authUrl() + "?"), "sent to the auth URL: " + authRequest);
        require("openid".equals(query.get("scope")), "scope openid");
        require("id_token".equals(query.get("response_type")), "response_type id_token");
        require("form_post".equals(query.get("response_mode")), "response_mode form_post");
        require("none".equals(query.get("prompt")), "prompt none");
        require(CLIENT_ID.equals(query.get("client_id")), "client_id");
        require(query.get("redirect_uri") != null && query.get("redirect_uri").endsWith("/lti/launch"), "redirect_uri");
        require(query.get("state") != null && query.get("nonce") != null, "state and nonce");
        Map<String, Object> withNonce = new LinkedHashMap<>(claims);
        withNonce.putIfAbsent("nonce", query.get("nonce"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id_token", sign(withNonce, key));
        form.put("state", query.get("state"));
        form.put("login_hint", query.get("login_hint"));
        return form;
    }

    /** The claims of a resource link launch for this user (the nonce is added when the login is answered). */
    public Map<String, Object> resourceLink(
            String subject,
            String name,
            String role,
            String contextId,
            String contextTitle,
            Map<String, String> custom) {
        Map<String, Object> claims = base(subject, name, role, contextId, contextTitle, "LtiResourceLinkRequest");
        claims.put(LTI + "resource_link", Map.of("id", "rl-" + custom.hashCode(), "title", "Saring"));
        claims.put(LTI + "target_link_uri", "http://saring.test/lti/launch");
        claims.put(LTI + "custom", custom);
        return claims;
    }

    /** The same, with the AGS endpoint claim naming a line item and the score scope. */
    public Map<String, Object> withGradebook(Map<String, Object> claims, String lineItem) {
        Map<String, Object> graded = new LinkedHashMap<>(claims);
        graded.put(
                "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                Map.of(
                        "scope",
                        List.of(
                                "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
                                "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
                                SCORE_SCOPE),
                        "lineitems",
                        issuer() + "/lineitems",
                        "lineitem",
                        lineItem));
        return graded;
    }

    /** The claims of a deep-linking request by this teacher. */
    public Map<String, Object> deepLinking(
            String subject, String name, String contextId, String contextTitle, String returnUrl, String data) {
        Map<String, Object> claims = base(subject, name, INSTRUCTOR, contextId, contextTitle, "LtiDeepLinkingRequest");
        claims.put(
                "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                Map.of(
                        "deep_link_return_url",
                        returnUrl,
                        "accept_types",
                        List.of("ltiResourceLink"),
                        "accept_presentation_document_targets",
                        List.of("iframe", "window"),
                        "accept_multiple",
                        false,
                        "data",
                        data));
        return claims;
    }

    private Map<String, Object> base(
            String subject, String name, String role, String contextId, String contextTitle, String type) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("aud", CLIENT_ID);
        claims.put("sub", subject);
        claims.put("iat", Date.from(now));
        claims.put("exp", Date.from(now.plusSeconds(300)));
        claims.put("name", name);
        claims.put(LTI + "message_type", type);
        claims.put(LTI + "version", "1.3.0");
        claims.put(LTI + "deployment_id", DEPLOYMENT_ID);
        claims.put(LTI + "roles", List.of(role));
        claims.put(LTI + "context", Map.of("id", contextId, "title", contextTitle, "type", List.of("CourseSection")));
        return claims;
    }

    /** Signs claims with this platform's key, or with {@code another} (a forgery). */
    public static String sign(Map<String, Object> claims, RSAKey signingKey) {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(signingKey.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(signingKey));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** A key with the same key id as the platform's, which the platform never published. */
    public RSAKey forger() {
        try {
            return new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public String signWithOwnKey(Map<String, Object> claims) {
        return sign(claims, key);
    }

    /**
     * Checks a message the tool signed (a deep-linking answer) with the tool's published keys, as a
     * platform does, and returns its claims.
     */
    public JWTClaimsSet verifyToolMessage(String jwt) {
        try {
            SignedJWT signed = SignedJWT.parse(jwt);
            RSAKey toolKey = toolKey(signed.getHeader().getKeyID());
            require(JWSAlgorithm.RS256.equals(signed.getHeader().getAlgorithm()), "RS256");
            require(signed.verify(new RSASSAVerifier(toolKey)), "the tool's signature");
            return signed.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private RSAKey toolKey(String kid) {
        try {
            HttpResponse<String> published = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(toolJwks)).build(), HttpResponse.BodyHandlers.ofString());
            RSAKey found = (RSAKey) JWKSet.parse(published.body()).getKeyByKeyId(kid);
            require(found != null && !found.isPrivate(), "the tool publishes its public key " + kid);
            return found;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Client credentials grant with a JWT client assertion (IMS Security Framework 4.1). */
    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        try {
            require("POST".equals(exchange.getRequestMethod()), "token: POST");
            require("client_credentials".equals(form.get("grant_type")), "token: grant_type");
            require(
                    "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type")),
                    "token: client_assertion_type");
            require(String.valueOf(form.get("scope")).contains(SCORE_SCOPE), "token: score scope");
            JWTClaimsSet assertion = verifyToolMessage(form.get("client_assertion"));
            require(
                    CLIENT_ID.equals(assertion.getIssuer()) && CLIENT_ID.equals(assertion.getSubject()),
                    "token: iss/sub");
            require(assertion.getAudience().contains(tokenUrl()), "token: aud is the token URL");
            require(assertion.getExpirationTime().toInstant().isAfter(Instant.now()), "token: not expired");
            require(assertion.getJWTID() != null && usedAssertions.add(assertion.getJWTID()), "token: jti used once");
        } catch (IllegalStateException e) {
            answer(exchange, 400, "application/json", "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.add(token);
        answer(
                exchange,
                200,
                "application/json",
                "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\""
                        + SCORE_SCOPE + "\"}");
    }

    private void score(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String authorization = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
        if (!"POST".equals(exchange.getRequestMethod()) || !path.endsWith("/scores")) {
            problems.add("score: " + exchange.getRequestMethod() + " " + path);
            answer(exchange, 404, "text/plain", "no");
            return;
        }
        if (!authorization.startsWith("Bearer ") || !tokens.contains(authorization.substring(7))) {
            problems.add("score without a granted token");
            answer(exchange, 401, "text/plain", "no");
            return;
        }
        if (scoreFailuresToGo.getAndDecrement() > 0) {
            answer(exchange, 503, "text/plain", "maintenance");
            return;
        }
        scores.add(new Score(
                issuer() + path.substring(0, path.length() - "/scores".length()),
                body,
                exchange.getRequestHeaders().getFirst("Content-Type")));
        answer(exchange, 200, "application/json", "{}");
    }

    private void require(boolean holds, String what) {
        if (!holds) {
            problems.add(what);
            throw new IllegalStateException("the platform refuses: " + what);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

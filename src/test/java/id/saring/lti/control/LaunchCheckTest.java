package id.saring.lti.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.saring.testing.TestLms;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LaunchCheckTest {

    private static final String ISSUER = "https://moodle.sekolah.sch.id";
    private static final String CLIENT = "saring-client";
    private static final String DEPLOYMENT = "1";
    private static final String NONCE = "nonce-123";
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    private static RSAKey platformKey;
    private static LaunchCheck check;

    @BeforeAll
    static void platform() throws Exception {
        platformKey = new RSAKeyGenerator(2048).keyID("platform-1").generate();
        check = new LaunchCheck(
                ISSUER,
                CLIENT,
                DEPLOYMENT,
                new ImmutableJWKSet<>(new JWKSet(platformKey.toPublicJWK())),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Map<String, Object> launch() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", CLIENT);
        claims.put("sub", "moodle-user-42");
        claims.put("iat", Date.from(NOW.minusSeconds(5)));
        claims.put("exp", Date.from(NOW.plusSeconds(300)));
        claims.put("nonce", NONCE);
        claims.put("given_name", "Dewi");
        claims.put("family_name", "Kartika");
        claims.put("email", "dewi@sekolah.sch.id");
        claims.put(LTI + "message_type", "LtiResourceLinkRequest");
        claims.put(LTI + "version", "1.3.0");
        claims.put(LTI + "deployment_id", DEPLOYMENT);
        claims.put(LTI + "roles", List.of(TestLms.LEARNER));
        claims.put(LTI + "target_link_uri", "https://saring.sch.id/lti/launch");
        claims.put(LTI + "resource_link", Map.of("id", "rl-1"));
        claims.put(LTI + "context", Map.of("id", "course-8", "title", "Kelas 8A"));
        claims.put(LTI + "custom", Map.of("saring_course", "literasi", "saring_quiz", "kuis-1"));
        claims.put(
                "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
                Map.of(
                        "scope",
                        List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"),
                        "lineitem",
                        ISSUER + "/lineitems/5"));
        return claims;
    }

    private static String signed(Consumer<Map<String, Object>> change) {
        Map<String, Object> claims = launch();
        change.accept(claims);
        return TestLms.sign(claims, platformKey);
    }

    private static void refused(Consumer<Map<String, Object>> change) {
        String token = signed(change);
        assertThrows(LaunchCheck.Refused.class, () -> check.verify(token, NONCE));
    }

    @Test
    void aSignedLaunchOfThisPlatformSaysWhoAndWhat() throws Exception {
        Launch launch = check.verify(signed(claims -> {}), NONCE);

        assertEquals("moodle-user-42", launch.subject());
        assertEquals(Optional.of("Dewi Kartika"), launch.name());
        assertEquals(Optional.of("course-8"), launch.contextId());
        assertEquals(Optional.of("Kelas 8A"), launch.contextTitle());
        assertEquals("kuis-1", launch.custom().get("saring_quiz"));
        assertEquals(Optional.of(ISSUER + "/lineitems/5"), launch.lineItem());
        assertTrue(launch.mayPostScores());
        assertFalse(launch.teaches());
        assertFalse(launch.isDeepLinking());
    }

    @Test
    void instructorsTeachAndLearnersDoNot() throws Exception {
        Launch teacher = check.verify(signed(claims -> claims.put(LTI + "roles", List.of(TestLms.INSTRUCTOR))), NONCE);
        Launch assistant = check.verify(
                signed(claims -> claims.put(
                        LTI + "roles",
                        List.of("http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant"))),
                NONCE);
        Launch nobody = check.verify(signed(claims -> claims.put(LTI + "roles", List.of())), NONCE);

        assertTrue(teacher.teaches());
        assertTrue(assistant.teaches());
        assertFalse(nobody.teaches());
    }

    @Test
    void aSignatureByAnotherKeyIsRefusedEvenWithThePlatformsKeyId() throws Exception {
        RSAKey forger = new RSAKeyGenerator(2048).keyID("platform-1").generate();

        String forged = TestLms.sign(launch(), forger);

        assertThrows(LaunchCheck.Refused.class, () -> check.verify(forged, NONCE));
    }

    @Test
    void aTokenSignedWithASharedSecretOrMangledIsRefused() throws Exception {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder();
        launch().forEach(builder::claim);
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), builder.build());
        hmac.sign(new MACSigner("a-secret-that-is-at-least-thirty-two-bytes-long"));
        String good = signed(claims -> {});

        assertThrows(LaunchCheck.Refused.class, () -> check.verify(hmac.serialize(), NONCE));
        assertThrows(
                LaunchCheck.Refused.class, () -> check.verify(good.substring(0, good.length() - 4) + "AAAA", NONCE));
        assertThrows(LaunchCheck.Refused.class, () -> check.verify("not.a.jwt", NONCE));
        assertThrows(LaunchCheck.Refused.class, () -> check.verify(null, NONCE));
    }

    @Test
    void anotherLoginsNonceIsRefused() {
        String token = signed(claims -> {});

        assertThrows(LaunchCheck.Refused.class, () -> check.verify(token, "another-nonce"));
        refused(claims -> claims.remove("nonce"));
    }

    @Test
    void everyClaimIsChecked() {
        refused(claims -> claims.put("iss", "https://other.lms"));
        refused(claims -> claims.put("aud", "another-tool"));
        refused(claims -> claims.put("aud", List.of(CLIENT, "another-tool"))); // several audiences need azp
        refused(claims -> {
            claims.put("aud", List.of(CLIENT, "another-tool"));
            claims.put("azp", "another-tool");
        });
        refused(claims -> claims.put("exp", Date.from(NOW.minusSeconds(120))));
        refused(claims -> claims.put("iat", Date.from(NOW.plusSeconds(600))));
        refused(claims -> claims.put("iat", Date.from(NOW.minusSeconds(7200))));
        refused(claims -> claims.put(LTI + "deployment_id", "2"));
        refused(claims -> claims.put(LTI + "version", "1.1"));
        refused(claims -> claims.put(LTI + "message_type", "LtiSubmissionReviewRequest"));
        refused(claims -> claims.remove("sub"));
        refused(claims -> claims.remove(LTI + "roles"));
        refused(claims -> claims.remove(LTI + "resource_link"));
        refused(claims -> claims.put(LTI + "message_type", "LtiDeepLinkingRequest")); // without its settings
    }

    @Test
    void severalAudiencesPassWhenSaringIsTheAuthorizedParty() throws Exception {
        Launch launch = check.verify(
                signed(claims -> {
                    claims.put("aud", List.of(CLIENT, "another-tool"));
                    claims.put("azp", CLIENT);
                }),
                NONCE);

        assertEquals("moodle-user-42", launch.subject());
    }

    @Test
    void aDeepLinkingRequestGivesItsReturnAddressAndData() throws Exception {
        Launch launch = check.verify(
                signed(claims -> {
                    claims.put(LTI + "message_type", "LtiDeepLinkingRequest");
                    claims.remove(LTI + "resource_link");
                    claims.put(
                            "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
                            Map.of("deep_link_return_url", ISSUER + "/dl/return", "data", "opaque-7"));
                }),
                NONCE);

        assertTrue(launch.isDeepLinking());
        assertEquals(Optional.of(ISSUER + "/dl/return"), launch.deepLinkReturnUrl());
        assertEquals(Optional.of("opaque-7"), launch.deepLinkData());
    }
}

package id.saring.lti.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an LTI 1.3 launch (the platform's ID token, IMS Security Framework 5.1.3) completely
 * before anyone is let in: the signature with one of the platform's published keys, by RS256 (the
 * algorithm LTI 1.3 requires) or another asymmetric one; the issuer; Saring's client id among the
 * audiences and as the authorized party when there are several; issue and expiry times (a minute's
 * clock difference allowed, and no token issued more than an hour ago); the nonce Saring sent with
 * this login; the deployment; LTI version 1.3.0; and a message type Saring understands, with what
 * that type needs. Nimbus checks the signature; this class says which, and checks the claims.
 */
public final class LaunchCheck {

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/";
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";

    static final Duration SKEW = Duration.ofSeconds(60);
    static final Duration OLDEST = Duration.ofHours(1);

    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    /** A launch that must not let anyone in; the reason is for the server log only. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }

        Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final String issuer;
    private final String clientId;
    private final String deploymentId;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Clock clock;

    public LaunchCheck(
            String issuer, String clientId, String deploymentId, JWKSource<SecurityContext> keys, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer);
        this.clientId = Objects.requireNonNull(clientId);
        this.deploymentId = Objects.requireNonNull(deploymentId);
        this.clock = Objects.requireNonNull(clock);
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(ACCEPTED, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {}); // every claim is checked below
    }

    /** What the launch says, if every check passes. */
    public Launch verify(String idToken, String expectedNonce) throws Refused {
        if (idToken == null || idToken.isBlank() || expectedNonce == null) {
            throw new Refused("no id_token or no login in flight");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused("signature: " + e.getMessage(), e);
        }
        try {
            return check(claims, expectedNonce);
        } catch (ParseException | ClassCastException e) {
            throw new Refused("malformed claim: " + e.getMessage(), e);
        }
    }

    private Launch check(JWTClaimsSet claims, String expectedNonce) throws Refused, ParseException {
        require(issuer.equals(claims.getIssuer()), "issuer " + claims.getIssuer());
        List<String> audience = claims.getAudience();
        require(audience != null && audience.contains(clientId), "audience " + audience);
        String azp = claims.getStringClaim("azp");
        require(azp == null ? audience.size() == 1 : azp.equals(clientId), "authorized party " + azp);
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        require(exp != null && exp.toInstant().plus(SKEW).isAfter(now), "expired " + exp);
        require(
                iat != null
                        && iat.toInstant().minus(SKEW).isBefore(now)
                        && iat.toInstant().plus(OLDEST).isAfter(now),
                "issued " + iat);
        require(expectedNonce.equals(claims.getStringClaim("nonce")), "nonce");
        require(deploymentId.equals(claims.getStringClaim(LTI + "deployment_id")), "deployment");
        require("1.3.0".equals(claims.getStringClaim(LTI + "version")), "version");
        String type = claims.getStringClaim(LTI + "message_type");
        require(Launch.RESOURCE_LINK.equals(type) || Launch.DEEP_LINKING.equals(type), "message type " + type);
        String subject = claims.getSubject();
        require(subject != null && !subject.isBlank() && subject.length() <= 255, "subject");
        List<String> roles = claims.getStringListClaim(LTI + "roles");
        require(roles != null, "roles");

        Map<String, Object> context = claims.getJSONObjectClaim(LTI + "context");
        Map<String, String> custom = new LinkedHashMap<>();
        Map<String, Object> customClaim = claims.getJSONObjectClaim(LTI + "custom");
        if (customClaim != null) {
            customClaim.forEach((key, value) -> {
                if (value instanceof String text) {
                    custom.put(key, text);
                }
            });
        }
        Optional<String> returnUrl = Optional.empty();
        Optional<String> data = Optional.empty();
        if (Launch.DEEP_LINKING.equals(type)) {
            Map<String, Object> settings = claims.getJSONObjectClaim(DEEP_LINKING + "deep_linking_settings");
            require(
                    settings != null && settings.get("deep_link_return_url") instanceof String,
                    "deep linking settings");
            returnUrl = Optional.of((String) settings.get("deep_link_return_url"));
            data = Optional.ofNullable(settings.get("data") instanceof String given ? given : null);
        } else {
            Map<String, Object> link = claims.getJSONObjectClaim(LTI + "resource_link");
            require(link != null && link.get("id") instanceof String id && !id.isBlank(), "resource link");
            require(claims.getStringClaim(LTI + "target_link_uri") != null, "target link");
        }
        Optional<String> lineItem = Optional.empty();
        boolean mayPostScores = false;
        Map<String, Object> ags = claims.getJSONObjectClaim(AGS);
        if (ags != null) {
            lineItem = Optional.ofNullable(ags.get("lineitem") instanceof String url ? url : null);
            mayPostScores = ags.get("scope") instanceof List<?> scopes && scopes.contains(SCORE_SCOPE);
        }
        return new Launch(
                type,
                subject,
                name(claims),
                Optional.ofNullable(claims.getStringClaim("email")),
                new ArrayList<>(roles),
                Optional.ofNullable(context == null ? null : context.get("id") instanceof String id ? id : null),
                Optional.ofNullable(context == null ? null : context.get("title") instanceof String t ? t : null),
                custom,
                lineItem,
                mayPostScores,
                returnUrl,
                data);
    }

    /** The person's name as the LMS shows it: {@code name}, or given and family name together. */
    private static Optional<String> name(JWTClaimsSet claims) throws ParseException {
        String name = claims.getStringClaim("name");
        if (name != null && !name.isBlank()) {
            return Optional.of(name.strip());
        }
        String given = Objects.toString(claims.getStringClaim("given_name"), "");
        String family = Objects.toString(claims.getStringClaim("family_name"), "");
        String both = (given + " " + family).strip();
        return both.isEmpty() ? Optional.empty() : Optional.of(both);
    }

    private static void require(boolean holds, String what) throws Refused {
        if (!holds) {
            throw new Refused("failed check: " + what);
        }
    }
}

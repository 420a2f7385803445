package id.saring.identity.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.text.ParseException;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an ID token from a school's identity provider completely before anyone is let in: its
 * signature with one of the provider's published keys (JWKS), by an asymmetric algorithm the
 * provider announced; the issuer; Saring's client id among the audiences (and as the authorized
 * party when there are several); issue and expiry times (a minute's clock difference allowed); and
 * the nonce Saring sent with the sign-in, so a token taken from another sign-in cannot be replayed.
 * The checks themselves are Nimbus's ({@link IDTokenValidator}); this class says which.
 */
public final class IdTokenCheck {

    /** Asymmetric algorithms only: a token signed with a shared secret or unsigned is never accepted. */
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512,
            JWSAlgorithm.EdDSA);

    /** Who the provider says signed in: its stable id for them, and the school address it vouches for. */
    public record Verified(String subject, Optional<String> address) {}

    /** A token that must not let anyone in; the reason is for the server log only. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    private final IDTokenValidator validator;

    /**
     * @param announced the signing algorithms the provider's discovery document lists ({@code
     *     id_token_signing_alg_values_supported}); RS256 when it lists none, as OpenID Connect says
     */
    public IdTokenCheck(
            String issuer, String clientId, Collection<JWSAlgorithm> announced, JWKSource<SecurityContext> keys) {
        Set<JWSAlgorithm> algorithms = (announced == null || announced.isEmpty()
                        ? Set.of(JWSAlgorithm.RS256)
                        : announced)
                .stream().filter(ACCEPTED::contains).collect(Collectors.toSet());
        if (algorithms.isEmpty()) {
            throw new IllegalArgumentException("The provider announces no asymmetric signing algorithm.");
        }
        validator = new IDTokenValidator(
                new Issuer(Objects.requireNonNull(issuer)),
                new ClientID(Objects.requireNonNull(clientId)),
                new JWSVerificationKeySelector<>(algorithms, keys),
                null);
    }

    /** The person the token names, if every check passes. */
    public Verified verify(String idToken, String expectedNonce) throws Refused {
        if (idToken == null || expectedNonce == null) {
            throw new Refused("no ID token or no nonce", null);
        }
        IDTokenClaimsSet claims;
        try {
            JWT jwt = JWTParser.parse(idToken);
            claims = validator.validate(jwt, new Nonce(expectedNonce));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            throw new Refused(e.getMessage(), e);
        }
        return new Verified(claims.getSubject().getValue(), addressOf(claims));
    }

    /**
     * The school address: {@code email} unless the provider says it is not verified (Google sends
     * {@code email_verified}); without {@code email}, Microsoft Entra's {@code preferred_username}
     * (the sign-in name the school's tenant gave the person) when it has the form of an address.
     */
    static Optional<String> addressOf(IDTokenClaimsSet claims) {
        Object email = claims.getClaim("email");
        if (email instanceof String given) {
            Object verified = claims.getClaim("email_verified");
            if (Boolean.FALSE.equals(verified) || "false".equals(verified)) {
                return Optional.empty();
            }
            return SchoolAddress.normalize(given);
        }
        return claims.getStringClaim("preferred_username") instanceof String name
                ? SchoolAddress.normalize(name)
                : Optional.empty();
    }
}

package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ID tokens made with Nimbus, as a provider would sign them, and the ways a forged one is refused. */
class IdTokenCheckTest {

    static final String ISSUER = "https://akun.sekolah.example.id/realms/sekolah";
    static final String CLIENT = "saring";
    static final String NONCE = "nonce-dari-saring";

    static RSAKey providerKey;
    static RSAKey otherKey;
    static IdTokenCheck check;

    @BeforeAll
    static void providerPublishesItsKey() throws JOSEException {
        providerKey = new RSAKeyGenerator(2048).keyID("kunci-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("kunci-1").generate(); // same key id, another key
        check = new IdTokenCheck(
                ISSUER,
                CLIENT,
                List.of(JWSAlgorithm.RS256),
                new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));
    }

    static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject("f3a1-siti")
                .audience(CLIENT)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", NONCE)
                .claim("email", "Siti.Aminah@Belajar.ID")
                .claim("email_verified", true);
    }

    static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(claims()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aTokenTheProviderSignedNamesThePersonAndTheirAddress() throws Exception {
        IdTokenCheck.Verified verified = check.verify(signed(providerKey, c -> c), NONCE);

        assertEquals("f3a1-siti", verified.subject());
        assertEquals(Optional.of("siti.aminah@belajar.id"), verified.address());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        String forged = signed(otherKey, c -> c);

        assertThrows(IdTokenCheck.Refused.class, () -> check.verify(forged, NONCE));
    }

    @Test
    void aTokenWithAChangedClaimIsRefused() throws Exception {
        String[] parts = signed(providerKey, c -> c).split("\\.");
        String otherClaims =
                signed(otherKey, c -> c.claim("email", "guru@belajar.id")).split("\\.")[1];

        assertThrows(
                IdTokenCheck.Refused.class, () -> check.verify(parts[0] + "." + otherClaims + "." + parts[2], NONCE));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        String expired = signed(providerKey, c -> c.issueTime(Date.from(hourAgo))
                .expirationTime(Date.from(hourAgo.plus(Duration.ofMinutes(5)))));

        assertThrows(IdTokenCheck.Refused.class, () -> check.verify(expired, NONCE));
    }

    @Test
    void aTokenFromAnotherSignInIsRefused() throws Exception {
        String token = signed(providerKey, c -> c);

        assertThrows(IdTokenCheck.Refused.class, () -> check.verify(token, "nonce-lain"));
        assertThrows(
                IdTokenCheck.Refused.class,
                () -> check.verify(signed(providerKey, c -> c.claim("nonce", null)), NONCE));
    }

    @Test
    void aTokenForAnotherClientOrFromAnotherIssuerIsRefused() throws Exception {
        String otherClient = signed(providerKey, c -> c.audience("aplikasi-lain"));
        String otherIssuer = signed(providerKey, c -> c.issuer("https://penyedia-lain.example"));

        assertThrows(IdTokenCheck.Refused.class, () -> check.verify(otherClient, NONCE));
        assertThrows(IdTokenCheck.Refused.class, () -> check.verify(otherIssuer, NONCE));
    }

    @Test
    void anUnsignedOrSharedSecretTokenIsRefused() throws Exception {
        String unsigned = new PlainJWT(claims().build()).serialize();
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        hmac.sign(new MACSigner(new byte[32]));

        assertThrows(IdTokenCheck.Refused.class, () -> check.verify(unsigned, NONCE));
        assertThrows(IdTokenCheck.Refused.class, () -> check.verify(hmac.serialize(), NONCE));
        assertThrows(IdTokenCheck.Refused.class, () -> check.verify("bukan-token", NONCE));
        assertThrows(IdTokenCheck.Refused.class, () -> check.verify(null, NONCE));
    }

    @Test
    void anAddressTheProviderDoesNotVouchForIsNotTaken() throws Exception {
        String unverified = signed(providerKey, c -> c.claim("email_verified", false));
        String entra =
                signed(providerKey, c -> c.claim("email", null).claim("preferred_username", "Budi@SMPN3.sch.id"));
        String none = signed(providerKey, c -> c.claim("email", null));

        assertEquals(Optional.empty(), check.verify(unverified, NONCE).address());
        assertEquals(
                Optional.of("budi@smpn3.sch.id"), check.verify(entra, NONCE).address());
        assertEquals(Optional.empty(), check.verify(none, NONCE).address());
    }

    @Test
    void aProviderAnnouncingOnlySharedSecretsCannotBeUsed() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new IdTokenCheck(
                        ISSUER, CLIENT, List.of(JWSAlgorithm.HS256), new ImmutableJWKSet<>(new JWKSet())));
    }
}

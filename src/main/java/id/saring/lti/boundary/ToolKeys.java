package id.saring.lti.boundary;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.saring.lti.entity.ToolKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Saring's key as an LTI tool: an RSA key made on first need and kept in the database (so every
 * instance of a cluster signs with the same key and a restart keeps it). Deep-linking answers and
 * the assertions that obtain an access token for scores are signed with it (RS256); platforms
 * check them with the public half, published at /lti/jwks.
 */
@ApplicationScoped
@Transactional
public class ToolKeys {

    @PersistenceContext
    EntityManager em;

    Clock clock = Clock.systemUTC();

    private volatile RSAKey key;

    /** The public key set platforms read. */
    public JWKSet publicKeys() {
        return new JWKSet(key().toPublicJWK());
    }

    /** Signs these claims with the tool's key (RS256, its key id in the header). */
    public String sign(JWTClaimsSet claims) {
        RSAKey signing = key();
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signing.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signing));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign with the tool key", e);
        }
    }

    /** The public key that checks what {@link #sign} signed. */
    public RSAKey publicKey() {
        return key().toPublicJWK();
    }

    private RSAKey key() {
        RSAKey known = key;
        if (known == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrMake();
                }
                known = key;
            }
        }
        return known;
    }

    private RSAKey loadOrMake() {
        try {
            var stored = em.createNamedQuery(ToolKey.NEWEST, ToolKey.class)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst();
            if (stored.isPresent()) {
                return RSAKey.parse(stored.get().getPrivateJwk());
            }
            RSAKey made = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            em.persist(new ToolKey(made.getKeyID(), made.toJSONString(), Instant.now(clock)));
            em.flush();
            return made;
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The tool key cannot be read or made", e);
        }
    }
}

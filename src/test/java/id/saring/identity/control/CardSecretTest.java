package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardSecretTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aSecretHoldsTwoHundredFiftySixRandomBitsThatFitAUrlFragment() {
        String secret = CardSecret.create(random);

        assertEquals(43, secret.length());
        assertTrue(secret.matches("[A-Za-z0-9_-]+"), secret);
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length, "256 bits, far above the 128 asked");
    }

    @Test
    void secretsDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(seen.add(CardSecret.create(random)));
        }
    }

    @Test
    void onlyTheHashIsKeptAndItIsTheSecretsSha256() {
        String secret = CardSecret.create(random);

        String hash = CardSecret.hashOf(secret).orElseThrow();

        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"));
        assertEquals(hash, CardSecret.hashOf(secret).orElseThrow(), "the same secret finds the same card");
        assertNotEquals(hash, CardSecret.hashOf(CardSecret.create(random)).orElseThrow());
        assertTrue(!hash.contains(secret), "the stored form does not hold the secret");
    }

    @Test
    void aValueNoCardCarriesIsNeverLookedUp() {
        String secret = CardSecret.create(random);

        assertEquals(Optional.empty(), CardSecret.hashOf(null));
        assertEquals(Optional.empty(), CardSecret.hashOf(""));
        assertEquals(Optional.empty(), CardSecret.hashOf(secret.substring(1)), "one character short");
        assertEquals(Optional.empty(), CardSecret.hashOf(secret + "A"), "one too many");
        assertEquals(Optional.empty(), CardSecret.hashOf(secret.substring(1) + "="), "not Base64url");
        assertEquals(Optional.empty(), CardSecret.hashOf(secret.substring(2) + "%2"), "still URL-encoded");
    }

    @Test
    void aCaseChangedSecretIsAnotherSecret() {
        String secret = "A" + CardSecret.create(random).substring(1);

        assertNotEquals(
                CardSecret.hashOf(secret), CardSecret.hashOf("a" + secret.substring(1)), "secrets are case-sensitive");
    }
}

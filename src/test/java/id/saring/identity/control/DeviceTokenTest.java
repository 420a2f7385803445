package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeviceTokenTest {

    private final SecureRandom random = new SecureRandom();
    private final Instant issued = Instant.parse("2026-07-13T07:00:00Z");

    @Test
    void aTokenCarriesTwoHundredFiftySixRandomBitsAndNeverRepeats() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String token = DeviceToken.create(random);
            assertEquals(32, Base64.getUrlDecoder().decode(token).length, token);
            tokens.add(token);
        }
        assertEquals(1_000, tokens.size());
    }

    @Test
    void onlyTheHashIsKeptAndItIsTheSameEveryTime() {
        String token = DeviceToken.create(random);

        Optional<String> hash = DeviceToken.hashOf(token);

        assertTrue(hash.orElseThrow().matches("[0-9a-f]{64}"), hash.get());
        assertEquals(hash, DeviceToken.hashOf(token));
        assertNotEquals(hash, DeviceToken.hashOf(DeviceToken.create(random)));
        assertFalse(hash.get().contains(token));
    }

    @Test
    void aValueThatIsNoTokenOfOursIsNeverLookedUp() {
        String token = DeviceToken.create(random);
        for (String sent : new String[] {
            null, "", "x", token + "A", token.substring(1), token.replace(token.charAt(0), '='), "' or 1=1 --"
        }) {
            assertEquals(Optional.empty(), DeviceToken.hashOf(sent), String.valueOf(sent));
        }
    }

    @Test
    void aTokenNamesItsBrowserForAYear() {
        assertTrue(DeviceToken.isCurrent(issued, issued));
        assertTrue(DeviceToken.isCurrent(issued, issued.plus(Duration.ofDays(364))));
        assertFalse(DeviceToken.isCurrent(issued, issued.plus(Duration.ofDays(365))));
    }
}

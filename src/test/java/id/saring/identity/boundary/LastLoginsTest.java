package id.saring.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LastLoginsTest {

    private static final Instant NINE = Instant.parse("2026-12-07T02:00:00Z");

    @Test
    void theLoginsOfAMomentAreOneWriteWithEachAccountsLatestTime() {
        LastLogins logins = new LastLogins();

        assertTrue(logins.add("siti", NINE), "the first login schedules a write");
        assertFalse(logins.add("budi", NINE.plusSeconds(1)), "later ones join it");
        assertFalse(logins.add("siti", NINE.minusSeconds(5)), "an older time arriving late");

        assertEquals(Map.of("siti", NINE, "budi", NINE.plusSeconds(1)), logins.take());
        assertEquals(Map.of(), logins.take(), "what was taken is not written again");
    }

    @Test
    void aLoginAfterAWriteTookItsBatchSchedulesTheNextOne() {
        LastLogins logins = new LastLogins();
        logins.add("siti", NINE);
        logins.take();
        assertTrue(logins.add("budi", NINE.plusSeconds(2)), "after a write, the next login schedules another");
        assertEquals(Map.of("budi", NINE.plusSeconds(2)), logins.take());
    }
}

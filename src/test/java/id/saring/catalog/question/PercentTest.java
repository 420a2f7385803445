package id.saring.catalog.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PercentTest {

    /** Issue 16 item 5: Kemajuanku truncated (71) what the review rounded (72). */
    @Test
    void roundsHalfUpOnceForEveryPage() {
        assertEquals(72, Percent.of(71.875).value());
        assertEquals(72, Percent.of(71.5).value());
        assertEquals(71, Percent.of(71.49).value());
        assertEquals(94, Percent.of(100 * 7.5 / 8).value());
        assertEquals(50, Percent.ofShare(0.5).value());
    }

    /** Sums of thirds and tenths land a hair below the half: still rounded as a person would. */
    @Test
    void floatingPointNoiseDoesNotChangeTheRounding() {
        assertEquals(57.49999999999999, 100 * 0.575); // 57.5 in decimal, not in binary
        assertEquals(58, Percent.ofShare(0.575).value());
        assertEquals(100, Percent.ofShare(1 / 3.0 + 1 / 3.0 + 1 / 3.0).value());
    }

    @Test
    void aPassMarkIsReachedByTheShownScore() {
        assertTrue(Percent.of(69.5).reaches(70));
        assertFalse(Percent.of(69.4).reaches(70));
        assertEquals("72", Percent.of(71.875).toString());
    }

    @Test
    void fullMarksAllowForSumsOfShares() {
        assertTrue(Gradable.isFull((1 / 3.0) * 3));
        assertTrue(Gradable.isFull(0.1 * 3 / 0.3));
        assertFalse(Gradable.isFull(0.99));
    }
}

package id.saring.identity.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.identity.control.CardSecret;
import id.saring.identity.control.Username;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountCardTest {

    private static final Instant NOW = Instant.parse("2026-12-06T07:00:00Z");

    @Test
    void aStudentWithoutACardCannotBeOpenedByAScanUntilOneIsPrinted() {
        Account student = account(Role.STUDENT);
        assertFalse(student.canLogInWithCard());
        assertEquals(Optional.empty(), student.getCardIssuedAt());

        student.issueCard(
                CardSecret.hashOf(CardSecret.create(new SecureRandom())).orElseThrow(), NOW);

        assertTrue(student.canLogInWithCard());
        assertEquals(Optional.of(NOW), student.getCardIssuedAt());
    }

    @Test
    void aNewCardReplacesTheOldOne() {
        Account student = account(Role.STUDENT);
        SecureRandom random = new SecureRandom();
        String old = CardSecret.hashOf(CardSecret.create(random)).orElseThrow();
        String fresh = CardSecret.hashOf(CardSecret.create(random)).orElseThrow();
        student.issueCard(old, NOW);

        student.issueCard(fresh, NOW.plusSeconds(60));

        assertTrue(student.holdsCard(fresh));
        assertFalse(student.holdsCard(old), "the old card, and sessions opened with it, stop");
        assertFalse(student.holdsCard(null));
        assertEquals(Optional.of(NOW.plusSeconds(60)), student.getCardIssuedAt());
    }

    @Test
    void teachersAndAdministratorsNeverGetACard() {
        for (Role role : new Role[] {Role.TEACHER, Role.ADMIN}) {
            Account account = account(role);
            assertThrows(IllegalStateException.class, () -> account.issueCard("ab".repeat(32), NOW), role.name());
            assertFalse(account.canLogInWithCard(), role.name());
        }
    }

    private static Account account(Role role) {
        return new Account(Username.of("ayu.lestari"), "Ayu Lestari", role, "PBKDF2WithHmacSHA256:1:x:y", NOW);
    }
}

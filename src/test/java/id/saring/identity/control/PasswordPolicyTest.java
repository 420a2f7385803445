package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.identity.control.PasswordPolicy.Problem;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsAnOrdinaryPassword() {
        assertTrue(PasswordPolicy.check("kucing-oranye-7", "budi").isEmpty());
    }

    @Test
    void refusesShortPasswords() {
        assertEquals(Optional.of(Problem.TOO_SHORT), PasswordPolicy.check("abc123", "budi"));
        assertEquals(Optional.of(Problem.TOO_SHORT), PasswordPolicy.check(null, "budi"));
    }

    @Test
    void refusesOverlongPasswords() {
        assertEquals(Optional.of(Problem.TOO_LONG), PasswordPolicy.check("x".repeat(129) + "y", "budi"));
    }

    @Test
    void refusesTheUsernameAsPassword() {
        assertEquals(Optional.of(Problem.SAME_AS_USERNAME), PasswordPolicy.check("Siti.Rahma", "siti.rahma"));
    }

    @Test
    void refusesPasswordsEveryoneTriesFirst() {
        assertEquals(Optional.of(Problem.TOO_COMMON), PasswordPolicy.check("12345678", "budi"));
        assertEquals(Optional.of(Problem.TOO_COMMON), PasswordPolicy.check("Password", "budi"));
        assertEquals(Optional.of(Problem.TOO_COMMON), PasswordPolicy.check("zzzzzzzzzz", "budi"));
    }

    @Test
    void generatedPasswordsPassThePolicy() {
        for (int i = 0; i < 200; i++) {
            String generated = PasswordGenerator.generate(10);
            assertEquals(10, generated.length());
            assertTrue(PasswordPolicy.check(generated, "budi").isEmpty(), generated);
            assertTrue(generated.chars().noneMatch(c -> "0O1lI".indexOf(c) >= 0), generated);
        }
    }
}

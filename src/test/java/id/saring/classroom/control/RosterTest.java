package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.identity.control.PasswordPolicy;
import id.saring.identity.control.Username;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterTest {

    @Test
    void readsOneNamePerLineOrTheFirstColumnOfACsv() {
        List<Roster.Line> lines =
                Roster.read("Nama\n  Siti  Nur Aisyah \n\n\"Budi, Santoso\",8B\nDewi;8B\r\nMuhammad Ré'fan-Putra\n");

        assertEquals(
                List.of("Siti Nur Aisyah", "Budi, Santoso", "Dewi", "Muhammad Ré'fan-Putra"),
                lines.stream().map(Roster.Line::name).toList());
        assertEquals(
                List.of(2, 4, 5, 6), lines.stream().map(Roster.Line::number).toList(), "numbers are the file's lines");
        assertTrue(lines.get(1).isBad(), "a comma inside a quoted name is not a name");
        assertFalse(lines.get(0).isBad());
        assertFalse(lines.get(3).isBad());
    }

    @Test
    void reportsNamesThatAreNotNames() {
        List<Roster.Line> lines = Roster.read("=HYPERLINK(\"x\")\n<script>alert(1)</script>\nA\n12345\nAni");

        assertEquals(
                List.of(true, true, true, true, false),
                lines.stream().map(Roster.Line::isBad).toList());
    }

    @Test
    void usernamesAreShortPlainAndValid() {
        assertEquals("siti.a", Roster.usernameBase("Siti Nur Aisyah"));
        assertEquals("refan.p", Roster.usernameBase("Réfan Putra"));
        assertEquals("dewi", Roster.usernameBase("Dewi"));
        assertEquals("al-sis", Roster.usernameBase("Al"));
        for (String name : List.of("Siti Nur Aisyah", "Dewi", "Al", "Muhammad Ré'fan-Putra", "Ñoño Ütz")) {
            assertTrue(Username.isValid(Roster.usernameBase(name)), name);
        }
    }

    @Test
    void generatedPasswordsAreEasyToReadAndPassThePolicy() {
        for (int i = 0; i < 200; i++) {
            String password = KidPasswords.generate();
            assertTrue(password.matches("[a-z]+-[a-z]+-\\d\\d"), password);
            assertTrue(PasswordPolicy.check(password, "siti.a").isEmpty(), password);
        }
    }
}

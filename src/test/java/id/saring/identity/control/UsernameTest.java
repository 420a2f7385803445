package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @Test
    void typedNamesAreTrimmedAndLowerCased() {
        assertEquals("siti.rahma", Username.of("  Siti.Rahma ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {"budi", "siti.rahma", "8b-03", "guru_ipa", "a23"})
    void acceptsNamesAChildCanType(String typed) {
        assertTrue(Username.isValid(typed));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ab",
                ".budi",
                "budi rahman",
                "budi@sekolah.id",
                "<script>",
                "ćevap",
                "a234567890123456789012345678901234567890x"
            })
    void refusesNamesThatAreHardToTypeOrUnsafeToShow(String typed) {
        assertFalse(Username.isValid(typed));
        assertThrows(IllegalArgumentException.class, () -> Username.of(typed));
    }

    @Test
    void nullIsNotAName() {
        assertFalse(Username.isValid(null));
        assertEquals("", Username.normalize(null));
    }
}

package id.saring.identity.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchoolAddressTest {

    @Test
    void anAddressIsComparedTrimmedAndInLowerCase() {
        assertEquals(Optional.of("siti.aminah@belajar.id"), SchoolAddress.normalize("  Siti.Aminah@Belajar.ID "));
        assertEquals("belajar.id", SchoolAddress.domainOf("siti@belajar.id"));
    }

    @Test
    void onlyAPlainAddressIsAccepted() {
        assertEquals(Optional.empty(), SchoolAddress.normalize(null));
        assertEquals(Optional.empty(), SchoolAddress.normalize(""));
        assertEquals(Optional.empty(), SchoolAddress.normalize("siti"));
        assertEquals(Optional.empty(), SchoolAddress.normalize("siti@localhost"));
        assertEquals(Optional.empty(), SchoolAddress.normalize("Siti <siti@belajar.id>"));
        assertEquals(Optional.empty(), SchoolAddress.normalize("siti@belajar.id@evil.example"));
        assertEquals(Optional.empty(), SchoolAddress.normalize("a".repeat(250) + "@belajar.id"));
    }

    @Test
    void domainsAreReadFromAListAndATypoIsReportedNotDropped() {
        assertEquals(
                Optional.of(Set.of("belajar.id", "smpn3wates.sch.id")),
                SchoolAddress.domains("Belajar.id, @smpn3wates.sch.id\n"));
        assertEquals(Optional.empty(), SchoolAddress.domains("belajar.id, bukan domain!"));
        assertEquals(Optional.empty(), SchoolAddress.domains(" , "));
        assertEquals(Optional.empty(), SchoolAddress.domains(null));
    }
}

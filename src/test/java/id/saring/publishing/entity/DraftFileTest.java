package id.saring.publishing.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Two editors who loaded the same revision of a draft file: the first save is taken, the second
 * changes nothing and the file still names who saved it (Drafts.save locks the row, so the two
 * cannot both pass this check at once). AuthoringBadInputBrowserIT shows it through the page.
 */
class DraftFileTest {

    private static final Instant LOADED = Instant.parse("2026-12-06T07:00:00Z");

    @Test
    void theSecondOfTwoSavesOfTheSameRevisionChangesNothing() {
        DraftFile file = new DraftFile("kursus", "01-modul/01-pelajaran.md", bytes("awal"), "guru", LOADED);
        int seen = file.getRevision();

        assertTrue(file.change(seen, bytes("dari admin"), "admin", LOADED.plusSeconds(60)));
        assertFalse(file.change(seen, bytes("dari guru"), "guru", LOADED.plusSeconds(90)));

        assertArrayEquals(bytes("dari admin"), file.getContent());
        assertEquals(seen + 1, file.getRevision());
        assertEquals("admin", file.getChangedBy());
        assertEquals(LOADED.plusSeconds(60), file.getChangedAt());
        assertTrue(
                file.change(file.getRevision(), bytes("guru, di atas teks admin"), "guru", LOADED.plusSeconds(120)),
                "once the teacher has the latest revision, their save is taken");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseChangesTest {

    @Test
    void aChangedLineShowsWithTheLinesAroundItAndTheirNumbers() {
        CourseFiles older = files(Map.of("01/a.md", "satu\ndua\ntiga\nempat\nlima\nenam\ntujuh"));
        CourseFiles newer = files(Map.of("01/a.md", "satu\ndua\ntiga\nEMPAT\nlima\nenam\ntujuh"));

        List<CourseChanges.FileChange> changes = CourseChanges.between(older, newer);

        assertEquals(1, changes.size());
        CourseChanges.FileChange change = changes.getFirst();
        assertEquals(CourseChanges.Kind.CHANGED, change.kind());
        assertEquals(
                List.of(
                        new CourseChanges.Line("@", 2, 2, ""),
                        new CourseChanges.Line(" ", 2, 2, "dua"),
                        new CourseChanges.Line(" ", 3, 3, "tiga"),
                        new CourseChanges.Line("-", 4, 0, "empat"),
                        new CourseChanges.Line("+", 0, 4, "EMPAT"),
                        new CourseChanges.Line(" ", 5, 5, "lima"),
                        new CourseChanges.Line(" ", 6, 6, "enam")),
                change.lines());
    }

    @Test
    void filesAddedRemovedAndPicturesAreNamedAndUnchangedFilesLeftOut() {
        CourseFiles older = CourseFiles.of(
                "k",
                Map.of(
                        "course.yaml", bytes("id: k"),
                        "01/gambar/peta.png", new byte[] {1, 2, 3},
                        "01/lama.md", bytes("lama")));
        CourseFiles newer = CourseFiles.of(
                "k",
                Map.of(
                        "course.yaml", bytes("id: k"),
                        "01/gambar/peta.png", new byte[] {1, 2, 3, 4},
                        "01/baru.md", bytes("baru")));

        List<CourseChanges.FileChange> changes = CourseChanges.between(older, newer);

        assertEquals(
                List.of("01/baru.md", "01/gambar/peta.png", "01/lama.md"),
                changes.stream().map(CourseChanges.FileChange::path).toList());
        assertEquals(CourseChanges.Kind.ADDED, changes.get(0).kind());
        assertEquals(
                List.of(new CourseChanges.Line("@", 1, 1, ""), new CourseChanges.Line("+", 0, 1, "baru")),
                changes.get(0).lines().subList(0, 2));
        assertFalse(changes.get(1).text());
        assertEquals(3, changes.get(1).oldBytes());
        assertEquals(4, changes.get(1).newBytes());
        assertEquals(CourseChanges.Kind.REMOVED, changes.get(2).kind());
    }

    private static CourseFiles files(Map<String, String> texts) {
        return CourseFiles.of(
                "k",
                Map.of(
                        texts.keySet().iterator().next(),
                        bytes(texts.values().iterator().next())));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

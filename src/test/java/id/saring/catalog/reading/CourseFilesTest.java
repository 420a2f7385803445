package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.yaml.Problems;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class CourseFilesTest {

    @Test
    void readsAZipWhoseCourseIsInsideOneFolder() throws IOException {
        byte[] zip = zip(Map.of(
                "contoh-kursus/course.yaml",
                "id: x".getBytes(StandardCharsets.UTF_8),
                "contoh-kursus/01-m/module.yaml",
                "id: m".getBytes(StandardCharsets.UTF_8),
                "__MACOSX/contoh-kursus/._course.yaml",
                new byte[] {0},
                "contoh-kursus/.DS_Store",
                new byte[] {0}));

        CourseFiles files = CourseFiles.zip("contoh.zip", zip, new Problems()).orElseThrow();

        assertEquals(java.util.List.of("01-m/module.yaml", "course.yaml"), files.paths());
    }

    @Test
    void refusesPathTraversal() throws IOException {
        assertRefused(zip(Map.of("../../etc/cron.d/x", new byte[] {1})), "zip.unsafePath");
        assertRefused(zip(Map.of("/etc/passwd", new byte[] {1})), "zip.unsafePath");
        assertRefused(zip(Map.of("C:/windows/x", new byte[] {1})), "zip.unsafePath");
    }

    @Test
    void refusesAZipBombWithoutUnpackingIt() throws IOException {
        byte[] zeros = new byte[(int) CourseFiles.MAX_FILE_BYTES + 1];

        byte[] bomb = zip(Map.of("course.yaml", zeros));

        assertTrue(bomb.length < 100_000, "compresses to " + bomb.length + " bytes");
        assertRefused(bomb, "zip.fileTooBig");
    }

    @Test
    void refusesTooManyFiles() throws IOException {
        Map<String, byte[]> many = new java.util.HashMap<>();
        for (int i = 0; i <= CourseFiles.MAX_FILES; i++) {
            many.put("f" + i + ".png", new byte[] {1});
        }
        assertRefused(zip(many), "zip.tooManyFiles");
    }

    @Test
    void refusesWhatIsNotAZip() {
        assertRefused("ini bukan zip".getBytes(StandardCharsets.UTF_8), "zip.notAZip");
        assertRefused(new byte[0], "zip.notAZip");
    }

    @Test
    void aCourseZippedInItsFolderUnzipsToAFolderTheCheckerAcceptsAndReadsBackAsTheSameFiles(@TempDir Path courses)
            throws IOException {
        CourseFiles published = CourseFiles.of("contoh-kursus", SampleCourse.files());

        byte[] zip = published.zipInFolder("contoh-kursus");

        Files.copy(Path.of("courses", TagVocabulary.FILE), courses.resolve(TagVocabulary.FILE));
        unzip(zip, courses);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int status = CheckCourses.run(
                List.of(courses.resolve("contoh-kursus").toString()),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        String printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, printed);
        assertTrue(printed.startsWith("OK " + courses.resolve("contoh-kursus") + ":"), printed);
        CourseFiles uploaded =
                CourseFiles.zip("contoh-kursus-v1.zip", zip, new Problems()).orElseThrow();
        assertEquals(published.paths(), uploaded.paths());
        assertEquals(published.checksum(), uploaded.checksum(), "uploaded again, it is the same course");
        assertArrayEquals(zip, published.zipInFolder("contoh-kursus"), "the same files give the same bytes");
    }

    @Test
    void aFolderInAZipIsOneSafeName() {
        CourseFiles files = CourseFiles.of("x", SampleCourse.files());
        for (String bad : List.of("", "../x", "a/b", ".tersembunyi", "C:")) {
            assertThrows(IllegalArgumentException.class, () -> files.zipInFolder(bad), bad);
        }
    }

    /** Unpacks the way an author's unzip tool would, into {@code folder}. */
    private static void unzip(byte[] zip, Path folder) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(folder), entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
    }

    private static void assertRefused(byte[] zip, String key) {
        Problems problems = new Problems();
        Optional<CourseFiles> files = CourseFiles.zip("upload.zip", zip, problems);
        assertTrue(files.isEmpty());
        assertEquals(key, problems.all().get(0).key());
    }

    public static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}

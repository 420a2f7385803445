package id.saring.catalog.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.saring.catalog.entity.CourseVersion;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseFilesTest;
import id.saring.catalog.reading.SampleCourse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** What an administrator downloads for a published version: its files, in a folder named by the course. */
class CourseExportTest {

    @Test
    void aVersionIsExportedAsItsFilesInTheCourseFolder() throws IOException {
        Map<String, byte[]> files = SampleCourse.files();
        CourseVersion stored = version(3, CourseFiles.of("upload.zip", files).zip());

        CourseExport export = CourseExport.of(stored);

        assertEquals("contoh-kursus-v3.zip", export.fileName());
        assertSameFiles(files, entries(export.zip()));
    }

    @Test
    void aStoredZipWithItsOwnFolderIsExportedInTheCourseFolderAlone() throws IOException {
        Map<String, byte[]> files = SampleCourse.files();
        Map<String, byte[]> inOldFolder = new LinkedHashMap<>();
        files.forEach((path, content) -> inOldFolder.put("kursus-lama/" + path, content));
        CourseVersion stored = version(1, CourseFilesTest.zip(inOldFolder));

        CourseExport export = CourseExport.of(stored);

        assertSameFiles(files, entries(export.zip()));
    }

    @Test
    void theFileNameIsTheCourseIdAndVersionOrNothing() {
        assertEquals("etika-digital-v12.zip", CourseExport.fileName("etika-digital", 12));
        for (String bad : List.of("", "a\"b", "../x", "Kursus Contoh", "x\r\nSet-Cookie: a=b")) {
            assertThrows(IllegalArgumentException.class, () -> CourseExport.fileName(bad, 1), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> CourseExport.fileName("etika-digital", 0));
    }

    private static CourseVersion version(int number, byte[] zip) {
        return new CourseVersion(
                "contoh-kursus",
                number,
                "0".repeat(64),
                zip,
                "tags".getBytes(StandardCharsets.UTF_8),
                CourseVersion.Source.UPLOAD,
                "admin",
                Instant.EPOCH);
    }

    private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> exported) {
        assertEquals(
                new TreeMap<>(expected)
                        .keySet().stream().map(path -> "contoh-kursus/" + path).toList(),
                List.copyOf(exported.keySet()));
        expected.forEach((path, content) -> assertArrayEquals(content, exported.get("contoh-kursus/" + path), path));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}

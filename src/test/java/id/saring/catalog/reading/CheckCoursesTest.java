package id.saring.catalog.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command authors run on their folders before uploading. */
class CheckCoursesTest {

    @TempDir
    Path courses;

    @Test
    void aGoodCoursePassesAndABrokenOneListsItsProblemsWithFileAndLine() throws IOException {
        Files.copy(Path.of("courses", TagVocabulary.FILE), courses.resolve(TagVocabulary.FILE));
        write(courses.resolve("baik"), SampleCourse.files());
        Map<String, byte[]> broken = SampleCourse.files();
        SampleCourse.put(broken, "course.yaml", SampleCourse.COURSE.replace("hours: 2", "hours: dua"));
        write(courses.resolve("rusak"), broken);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int status =
                CheckCourses.run(List.of(courses.toString()), new PrintStream(output, true, StandardCharsets.UTF_8));

        String printed = output.toString(StandardCharsets.UTF_8);
        assertEquals(1, status, printed);
        assertTrue(printed.contains("OK " + courses.resolve("baik")), printed);
        assertTrue(
                printed.contains(
                        courses.resolve("rusak").resolve("course.yaml") + ":7: Isian \"hours\" harus berupa angka"),
                printed);
        assertTrue(printed.contains("GAGAL " + courses.resolve("rusak") + ": 1 masalah"), printed);
    }

    @Test
    void theShippedCoursesPass() throws IOException {
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        int status = CheckCourses.run(List.of("courses"), new PrintStream(output, true, StandardCharsets.UTF_8));

        assertEquals(0, status, output.toString(StandardCharsets.UTF_8));
    }

    private static void write(Path folder, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}

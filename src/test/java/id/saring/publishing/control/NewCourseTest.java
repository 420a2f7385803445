package id.saring.publishing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Course;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.yaml.Problem;
import id.saring.catalog.yaml.Problems;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class NewCourseTest {

    @Test
    void aTitleGivesACourseIdAsAuthorsWriteThem() {
        assertEquals("hoaks-minggu-ini-kelas-8b", NewCourse.id("Hoaks minggu ini, kelas 8B"));
        assertEquals("cek-fakta-pemilu", NewCourse.id("  Cek fakta: PEMILU!  "));
        assertEquals("kursus", NewCourse.id("!!!"));
        assertEquals("kursus-2", NewCourse.alternative("kursus", 2));
        String longId = NewCourse.id("a".repeat(200));
        assertTrue(NewCourse.alternative(longId, 99).length() <= NewCourse.MAX_ID, longId);
    }

    @Test
    void aNewCourseReadsButCannotBePublishedBeforeItsLessonIsWritten() {
        Map<String, byte[]> files = NewCourse.files("hoaks-8b", "Hoaks \"minggu ini\": kelas 8B # 1", "Ringkasan.");
        Problems problems = new Problems();
        Optional<Course> course = read(files, problems);

        assertTrue(course.isEmpty(), "an empty lesson is not published");
        List<String> files2 =
                problems.all().stream().map(Problem::file).distinct().toList();
        assertEquals(List.of(NewCourse.FIRST_MODULE + "/01-pelajaran-baru.md"), files2, problems.all()::toString);
    }

    @Test
    void theTeachersTitleIsKeptWhateverItHolds() {
        Map<String, byte[]> files =
                NewCourse.files("hoaks-8b", "Hoaks \"minggu ini\": kelas 8B # 1 \\ ok", "Ringkasan: satu kalimat.");
        files.put(
                NewCourse.FIRST_MODULE + "/01-pelajaran-baru.md",
                bytes(SampleCourse.LESSON.replace("![Peta penyebaran pesan](gambar/peta.png)", "")));
        Problems problems = new Problems();
        Optional<Course> course = read(files, problems);

        assertTrue(course.isPresent(), problems.all()::toString);
        assertEquals(
                "Hoaks \"minggu ini\": kelas 8B # 1 \\ ok", course.get().title().in("id"));
        assertEquals("hoaks-8b", course.get().id());
    }

    @Test
    void aNewQuizHasNoQuestionUntilTheTeacherWritesOne() {
        Map<String, byte[]> files = SampleCourse.files();
        files.put("01-modul-satu/quiz.yaml", bytes(NewCourse.quiz("01-modul-satu")));
        Problems problems = new Problems();

        assertTrue(read(files, problems).isEmpty());
        assertEquals(
                List.of("01-modul-satu/quiz.yaml"),
                problems.all().stream().map(Problem::file).distinct().toList(),
                problems.all()::toString);
        assertTrue(NewCourse.quiz("01-modul-satu").startsWith("id: kuis-modul-satu\n"));
    }

    @Test
    void aCopiedModuleComesAfterTheLastOne() {
        assertEquals("03-cek-fakta", NewCourse.nextModuleFolder(List.of("01-a", "02-b"), "05-cek-fakta"));
        assertEquals("01-cek-fakta", NewCourse.nextModuleFolder(List.of(), "07-cek-fakta"));
        assertEquals("03-lain", NewCourse.nextModuleFolder(List.of("02-b", "lain"), "lain"));
    }

    @Test
    void aModuleSaysItsIdOnALineOfItsOwn() {
        assertEquals(Optional.of("modul-satu"), NewCourse.moduleId(bytes(SampleCourse.MODULE)));
        assertEquals(Optional.of("pra-tes"), NewCourse.moduleId(bytes("title: x\nid: \"pra-tes\"\n")));
        assertFalse(NewCourse.moduleId(bytes("title:\n  id: Judul\n")).isPresent());
    }

    private static Optional<Course> read(Map<String, byte[]> files, Problems problems) {
        return new CourseReader(SampleCourse.vocabulary())
                .read(CourseFiles.of("kursus", new TreeMap<>(files)), p -> p, problems);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

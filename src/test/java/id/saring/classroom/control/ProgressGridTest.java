package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.catalog.content.Course;
import id.saring.catalog.reading.CourseFiles;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.SampleCourse;
import id.saring.catalog.yaml.Problems;
import id.saring.progress.control.CourseProgress;
import id.saring.progress.control.QuizOutcome;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProgressGridTest {

    private static final Course COURSE = new CourseReader(SampleCourse.vocabulary())
            .read(CourseFiles.of("contoh", SampleCourse.files()), p -> p, new Problems())
            .orElseThrow();
    private static final List<ProgressGrid.Column> COLUMNS = List.of(
            new ProgressGrid.Column("modul-satu", COURSE.modules().get(0).title()));
    private static final String QUIZ = "kuis-modul-satu";
    private static final Instant NOW = Instant.parse("2026-11-21T05:00:00Z");

    private static final Student ANI = new Student(1, "ani", "Ani");
    private static final Student BUDI = new Student(2, "budi", "Budi");
    private static final Student CITRA = new Student(3, "citra", "Citra");
    private static final Student DEDI = new Student(4, "dedi", "Dedi");

    @Test
    void studentsWhoAreStuckComeFirstThenThoseBehindThenTheRest() {
        Map<Student, CourseProgress> progress = new LinkedHashMap<>();
        // Ani: done with 90. Budi: read, failed the quiz twice (stuck). Citra: nothing, past due
        // (behind). Dedi: read, failed once, not due yet (in progress, fine).
        progress.put(
                ANI,
                CourseProgress.of(
                        COURSE, Set.of("apa-itu-hoaks"), Map.of(QUIZ, outcome(QuizOutcome.State.PASSED, 90))));
        progress.put(
                BUDI,
                CourseProgress.of(
                        COURSE, Set.of("apa-itu-hoaks"), Map.of(QUIZ, outcome(QuizOutcome.State.NOT_PASSED, 40))));
        progress.put(CITRA, CourseProgress.of(COURSE, Set.of(), Map.of()));
        progress.put(
                DEDI,
                CourseProgress.of(
                        COURSE, Set.of("apa-itu-hoaks"), Map.of(QUIZ, outcome(QuizOutcome.State.NOT_PASSED, 60))));
        Map<Long, Map<String, Integer>> failed = Map.of(BUDI.id(), Map.of(QUIZ, 2), DEDI.id(), Map.of(QUIZ, 1));
        Instant yesterday = NOW.minusSeconds(86_400);

        ProgressGrid grid = ProgressGrid.of(
                COLUMNS,
                progress,
                failed,
                Map.of(ANI.id(), Map.of("modul-satu", 77L)),
                (student, module) -> Optional.of(student == DEDI ? NOW.plusSeconds(86_400) : yesterday),
                NOW);

        assertEquals(
                List.of("Budi", "Citra", "Dedi", "Ani"),
                grid.rows().stream().map(r -> r.student().name()).toList());
        ProgressGrid.Row budi = grid.rows().get(0);
        assertTrue(budi.isStuck());
        assertEquals(ProgressGrid.State.IN_PROGRESS, budi.cells().get(0).state());
        assertEquals(OptionalLong.of(40), budi.cells().get(0).score());
        ProgressGrid.Row citra = grid.rows().get(1);
        assertFalse(citra.isStuck());
        assertTrue(citra.isBehind());
        assertEquals(ProgressGrid.State.NOT_STARTED, citra.cells().get(0).state());
        ProgressGrid.Row ani = grid.rows().get(3);
        assertEquals(ProgressGrid.State.DONE, ani.cells().get(0).state());
        assertFalse(ani.cells().get(0).late(), "done work is never late, even past its due date");
        assertEquals(Optional.of(77L), ani.cells().get(0).attempt());
    }

    @Test
    void theExportIsOneRowPerStudentWithNumbersAsNumbers() {
        Map<Student, CourseProgress> progress = new LinkedHashMap<>();
        progress.put(
                ANI,
                CourseProgress.of(
                        COURSE, Set.of("apa-itu-hoaks"), Map.of(QUIZ, outcome(QuizOutcome.State.PASSED, 90))));
        progress.put(new Student(5, "eko", "=HYPERLINK(\"http://x\")"), CourseProgress.of(COURSE, Set.of(), Map.of()));
        ProgressGrid grid = ProgressGrid.of(COLUMNS, progress, Map.of(), Map.of(), (s, m) -> Optional.empty(), NOW);

        TableExport.Table table = GradeSheet.of(grid, "8B", Locale.forLanguageTag("id"));
        String csv = new String(TableExport.csv(table), StandardCharsets.UTF_8);

        assertEquals(
                List.of("Nama lengkap", "Nama pengguna", "Kemajuan (%)"),
                table.headers().subList(0, 3));
        assertTrue(csv.contains("Ani,ani,100,Selesai,90,,"), csv);
        assertTrue(csv.contains("'=HYPERLINK"), "a name cannot become a formula: " + csv);
    }

    private static QuizOutcome outcome(QuizOutcome.State state, long score) {
        return new QuizOutcome(state, OptionalLong.of(score));
    }
}

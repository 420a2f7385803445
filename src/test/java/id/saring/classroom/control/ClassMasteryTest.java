package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.saring.progress.control.Mastery;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassMasteryTest {

    private static final Student ANI = new Student(1, "ani", "Ani");
    private static final Student BUDI = new Student(2, "budi", "Budi");
    private static final Student CITRA = new Student(3, "citra", "Citra");

    @Test
    void theClassFigureIsTheMeanOfItsStudentsNotOfTheirQuestions() {
        // peniruan: Ani 40 % over 10 questions, Budi 80 % over 1, Citra none: (40 + 80) / 2 = 60
        // emosi: 90, 70, 65: 75 (a question-weighted mean would let Ani's 10 questions dominate)
        ClassMastery heat = ClassMastery.of(Map.of(
                ANI,
                        Map.of(
                                "teknik:peniruan",
                                new Mastery(40, 10),
                                "teknik:emosi",
                                new Mastery(90, 3),
                                "topik:kesehatan",
                                new Mastery(10, 1)),
                BUDI,
                        Map.of(
                                "teknik:peniruan",
                                new Mastery(80, 1),
                                "teknik:emosi",
                                new Mastery(70, 3),
                                "keterampilan:cek-sumber",
                                new Mastery(50, 2)),
                CITRA, Map.of("teknik:emosi", new Mastery(65, 3))));

        assertEquals(List.of("teknik:emosi", "teknik:peniruan", "keterampilan:cek-sumber"), heat.tags());
        assertEquals(new ClassMastery.Average(60, 2), heat.classAverage().get("teknik:peniruan"));
        assertEquals(new ClassMastery.Average(75, 3), heat.classAverage().get("teknik:emosi"));
        assertEquals(List.of("keterampilan:cek-sumber", "teknik:peniruan"), heat.weakest(2));
        assertEquals("Ani", heat.rows().get(0).student().name());
        assertEquals(40, heat.rows().get(0).of("teknik:peniruan").orElseThrow().percent());
        assertEquals(true, heat.rows().get(2).of("teknik:peniruan").isEmpty());
    }
}

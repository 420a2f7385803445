package id.saring.classroom.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.saring.classroom.entity.Assignment;
import id.saring.quiz.boundary.StartGate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestOpeningTest {

    private static final Instant NOW = Instant.parse("2026-12-07T01:00:00Z");
    private static final long STUDENT = 7;
    private static final String COURSE = "kuis-contoh";
    private static final String MODULE = "modul-satu";

    @Test
    void aStudentWithoutAnAssignmentStudiesOnTheirOwn() {
        assertEquals(Optional.empty(), TestOpening.closed(List.of(), STUDENT, COURSE, MODULE, NOW));
        assertEquals(
                Optional.empty(),
                TestOpening.closed(
                        List.of(
                                test(COURSE, "modul-dua", in(60), Set.of()),
                                test("kursus-lain", MODULE, in(60), Set.of()),
                                test(COURSE, MODULE, in(60), Set.of(99L)),
                                wholeCourse(in(60))),
                        STUDENT,
                        COURSE,
                        MODULE,
                        NOW),
                "another module, another course, other students' remedial work, and reading a course gate nothing");
    }

    @Test
    void aTestNotOpenYetKeepsTheStudentWaitingUntilItsOpeningDate() {
        Assignment test = test(COURSE, MODULE, in(10), Set.of());

        assertEquals(
                Optional.of(new StartGate.Closed(Optional.of(in(10)))),
                TestOpening.closed(List.of(test), STUDENT, COURSE, MODULE, NOW));
        assertEquals(
                Optional.empty(),
                TestOpening.closed(List.of(test), STUDENT, COURSE, MODULE, in(10)),
                "open at its opening date");
        assertEquals(
                Optional.empty(),
                TestOpening.closed(List.of(test), STUDENT, COURSE, MODULE, in(60 * 24 * 8)),
                "still open past its due date: late work may be done");
    }

    @Test
    void theTeacherOpensItNowAndMayCloseItAgain() {
        Assignment test = test(COURSE, MODULE, in(30), Set.of(STUDENT));

        test.openNow(NOW);
        assertEquals(Optional.empty(), TestOpening.closed(List.of(test), STUDENT, COURSE, MODULE, NOW));
        assertEquals(NOW, test.getOpensAt());

        test.hold();
        assertEquals(
                Optional.of(new StartGate.Closed(Optional.empty())),
                TestOpening.closed(List.of(test), STUDENT, COURSE, MODULE, in(60)),
                "held: closed whatever the date says, and no opening time to wait for");

        test.openNow(in(61));
        assertEquals(NOW, test.getOpensAt(), "opening a held test keeps its first opening");
        assertTrue(TestOpening.closed(List.of(test), STUDENT, COURSE, MODULE, in(61))
                .isEmpty());
    }

    @Test
    void inTwoClassesTheFirstTestOpenLetsTheStudentIn() {
        Assignment later = test(COURSE, MODULE, in(45), Set.of());
        Assignment sooner = test(COURSE, MODULE, in(15), Set.of());
        Assignment held = test(COURSE, MODULE, in(5), Set.of());
        held.hold();

        assertEquals(
                Optional.of(new StartGate.Closed(Optional.of(in(15)))),
                TestOpening.closed(List.of(later, sooner, held), STUDENT, COURSE, MODULE, NOW),
                "waits for the soonest that is not held");
        later.openNow(NOW);
        assertEquals(Optional.empty(), TestOpening.closed(List.of(later, sooner, held), STUDENT, COURSE, MODULE, NOW));
    }

    private static Instant in(long minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    private static Assignment test(String course, String module, Instant opens, Set<Long> students) {
        return new Assignment(1, course, Optional.of(module), opens, opens.plus(Duration.ofDays(7)), students, NOW);
    }

    private static Assignment wholeCourse(Instant opens) {
        return new Assignment(1, COURSE, Optional.empty(), opens, opens.plus(Duration.ofDays(7)), Set.of(), NOW);
    }
}

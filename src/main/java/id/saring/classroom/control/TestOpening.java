package id.saring.classroom.control;

import id.saring.classroom.entity.Assignment;
import id.saring.quiz.boundary.StartGate;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When a module's quiz is a test the class waits for: a module assignment gates the quiz of that
 * module for the students it is for, until it opens (its opening date, or the teacher's "Open
 * now"). A student with no such assignment studies on their own and is never held back; a student
 * with several (two classes) may start as soon as one of them is open. Work on a whole course
 * gates nothing: it is reading, not a test.
 */
public final class TestOpening {

    private TestOpening() {}

    /**
     * Whether the student must wait before starting the quiz of the module.
     *
     * @param assignments the assignments of the student's classes (others are ignored)
     * @return empty when they may start; otherwise the earliest scheduled opening, if one is set
     */
    public static Optional<StartGate.Closed> closed(
            Collection<Assignment> assignments, long studentId, String courseId, String moduleId, Instant now) {
        List<Assignment> gating = assignments.stream()
                .filter(a -> a.getCourseId().equals(courseId)
                        && a.getModuleId().map(moduleId::equals).orElse(false)
                        && a.isFor(studentId))
                .toList();
        if (gating.isEmpty() || gating.stream().anyMatch(a -> a.isOpen(now))) {
            return Optional.empty();
        }
        return Optional.of(new StartGate.Closed(gating.stream()
                .filter(a -> !a.isHeld())
                .map(Assignment::getOpensAt)
                .min(Comparator.naturalOrder())));
    }
}

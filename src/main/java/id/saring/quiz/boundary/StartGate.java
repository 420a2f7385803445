package id.saring.quiz.boundary;

import java.time.Instant;
import java.util.Optional;

/**
 * Something above the quiz that may keep a student from starting a new attempt: the classroom's
 * tests that the teacher has not opened yet. The quiz knows no classes, so the parts above provide
 * this as CDI beans, and {@link Attempts#start} asks every one before it starts an attempt (never
 * before resuming one: an attempt already started is never cut off).
 */
public interface StartGate {

    /** Why a new attempt cannot start yet: when it opens, if a date is set (empty: when the teacher opens it). */
    record Closed(Optional<Instant> opens) {}

    /**
     * Whether the student may not start a new attempt at the quiz of this module now.
     *
     * @return empty when they may
     */
    Optional<Closed> closed(long studentId, String courseId, String moduleId);

    /**
     * Whether the student could not have started a new attempt at {@code startedAt}: asked for an
     * attempt taken offline and sent later ({@link OfflineAttempts}). A gate that keeps no history
     * answers as it would now, which is the default.
     *
     * @return empty when they could
     */
    default Optional<Closed> closedAt(long studentId, String courseId, String moduleId, Instant startedAt) {
        return closed(studentId, courseId, moduleId);
    }
}

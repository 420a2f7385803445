package id.saring.progress.control;

import java.util.OptionalLong;

/**
 * Where a student stands with one quiz: the attempt that counts (highest or last, by the quiz's
 * setting) decides whether it is passed.
 */
public record QuizOutcome(State state, OptionalLong score) {

    public static final QuizOutcome NOT_STARTED = new QuizOutcome(State.NOT_STARTED, OptionalLong.empty());

    /** The four ways a quiz can stand. */
    public enum State {
        NOT_STARTED,
        IN_PROGRESS,
        NOT_PASSED,
        PASSED
    }

    public boolean isPassed() {
        return state == State.PASSED;
    }
}

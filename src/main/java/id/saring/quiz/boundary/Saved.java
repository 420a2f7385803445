package id.saring.quiz.boundary;

import java.time.Instant;

/**
 * What became of one save.
 *
 * @param sequence the sequence of the answer now stored (the device continues from it)
 */
public record Saved(Status status, Instant savedAt, int sequence) {

    /** How a save ended. */
    public enum Status {
        /** Stored now. */
        SAVED,
        /** This save, or a newer one, was stored before: nothing changed. */
        ALREADY_SAVED,
        /** The answer was checked (immediate feedback) and is final. */
        LOCKED,
        /** The time limit passed; the attempt was submitted with the answers saved before. */
        TIME_UP,
        /** The attempt was already submitted. */
        CLOSED
    }
}

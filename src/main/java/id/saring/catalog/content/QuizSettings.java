package id.saring.catalog.content;

/**
 * How a quiz is taken.
 *
 * @param passMark percent needed to pass, 0-100
 * @param maxAttempts 0 for unlimited
 * @param timeLimitMinutes 0 for no limit
 */
public record QuizSettings(
        int passMark,
        int maxAttempts,
        Grading grading,
        Feedback feedback,
        boolean shuffleQuestions,
        boolean shuffleChoices,
        int timeLimitMinutes) {

    public static final QuizSettings DEFAULT =
            new QuizSettings(70, 0, Grading.HIGHEST, Feedback.IMMEDIATE, false, false, 0);

    /**
     * Whether a student may see an answer's outcome and explanation before submitting. The one rule
     * for every path that reveals them: the check button online (Attempts.check refuses it
     * otherwise), the key and explanations on a quiz page kept offline, and the answers a device
     * says it checked offline when they are synced.
     */
    public boolean feedbackAtOnce() {
        return feedback == Feedback.IMMEDIATE;
    }

    /** Which attempt counts. */
    public enum Grading {
        HIGHEST,
        LAST
    }

    /** When a student sees whether an answer was right. */
    public enum Feedback {
        IMMEDIATE,
        AFTER_SUBMIT
    }
}

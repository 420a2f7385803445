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

package id.saring.quiz.boundary;

/**
 * An attempt was just submitted (by the student or because its time ran out), fired inside the
 * transaction that submits it: an observer that writes in the same transaction is kept or rolled
 * back with the submission. Parts above the quiz observe it (LTI queues the score for the LMS
 * gradebook); the quiz names none of them.
 */
public record AttemptSubmitted(long attemptId, long accountId, String courseId, String quizId) {}

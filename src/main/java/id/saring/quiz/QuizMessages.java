package id.saring.quiz;

import id.saring.infrastructure.i18n.MessageKeys;

/** Why a quiz or an attempt cannot be used, and how a reviewed question left unanswered reads. */
@MessageKeys
public final class QuizMessages {

    public static final String ATTEMPT_CLOSED = "attempt.closed";
    public static final String ATTEMPT_FEEDBACK_AFTER_SUBMIT = "attempt.feedbackAfterSubmit";
    public static final String ATTEMPT_INVALID_ANSWER = "attempt.invalidAnswer";
    public static final String ATTEMPT_NOT_FOUND = "attempt.notFound";
    public static final String ATTEMPT_NOTHING_TO_CHECK = "attempt.nothingToCheck";
    public static final String QUIZ_NO_ATTEMPTS_LEFT = "quiz.noAttemptsLeft";
    public static final String QUIZ_NOT_FOUND = "quiz.notFound";
    public static final String QUIZ_NOT_OPEN = "quiz.notOpen";
    public static final String QUIZ_OUTCOME_UNANSWERED = "quiz.outcome.unanswered";
    public static final String QUIZ_RETEST_TOO_EARLY = "quiz.retestTooEarly";
    public static final String SYNC_ACCOUNT_GONE = "sync.accountGone";
    public static final String SYNC_CLOCK = "sync.clock";
    public static final String SYNC_INVALID_ANSWER = "sync.invalidAnswer";
    public static final String SYNC_MALFORMED = "sync.malformed";
    public static final String SYNC_NOT_OPEN = "sync.notOpen";
    public static final String SYNC_OTHER_STUDENT = "sync.otherStudent";
    public static final String SYNC_TIMED = "sync.timed";
    public static final String SYNC_TOO_MANY = "sync.tooMany";

    private QuizMessages() {}
}

package id.saring.catalog.question;

import id.saring.infrastructure.i18n.MessageKeys;

/** Words every question type may use: on review pages and on worksheets. */
@MessageKeys
public final class QuestionMessages {

    public static final String QUIZ_ANSWER_RIGHT = "quiz.answer.right";
    public static final String WORKSHEET_FORWARDED = "worksheet.forwarded";
    public static final String WORKSHEET_KEY_PARTIAL = "worksheet.key.partial";

    private QuestionMessages() {}
}

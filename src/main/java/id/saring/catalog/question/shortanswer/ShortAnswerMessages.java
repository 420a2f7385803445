package id.saring.catalog.question.shortanswer;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words short answer questions print on worksheets and show on review pages. */
@MessageKeys
final class ShortAnswerMessages {

    static final String QUIZ_SHORTANSWER_ACCEPTED = "quiz.shortanswer.accepted";
    static final String WORKSHEET_KEY_ACCEPTED = "worksheet.key.accepted";

    private ShortAnswerMessages() {}
}

package id.saring.catalog.question.truefalse;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words true/false questions print on worksheets and show on review pages. */
@MessageKeys
final class TrueFalseMessages {

    static final String QUIZ_TRUEFALSE_FALSE = "quiz.truefalse.false";
    static final String QUIZ_TRUEFALSE_TRUE = "quiz.truefalse.true";
    static final String WORKSHEET_TRUEFALSE_HINT = "worksheet.truefalse.hint";

    private TrueFalseMessages() {}

    static String answer(boolean answer) {
        return answer ? QUIZ_TRUEFALSE_TRUE : QUIZ_TRUEFALSE_FALSE;
    }
}

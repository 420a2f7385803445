package id.saring.catalog.question.single;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words single choice questions print on worksheets and show on review pages. */
@MessageKeys
final class SingleChoiceMessages {

    static final String WORKSHEET_SINGLE_HINT = "worksheet.single.hint";

    private SingleChoiceMessages() {}
}

package id.saring.catalog.question.multiple;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words multiple response questions print on worksheets and show on review pages. */
@MessageKeys
final class MultipleResponseMessages {

    static final String WORKSHEET_MULTIPLE_HINT = "worksheet.multiple.hint";

    private MultipleResponseMessages() {}
}

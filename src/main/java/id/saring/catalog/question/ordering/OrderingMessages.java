package id.saring.catalog.question.ordering;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words ordering questions print on worksheets and show on review pages. */
@MessageKeys
final class OrderingMessages {

    static final String WORKSHEET_KEY_ORDER = "worksheet.key.order";
    static final String WORKSHEET_ORDERING_HINT = "worksheet.ordering.hint";

    private OrderingMessages() {}
}

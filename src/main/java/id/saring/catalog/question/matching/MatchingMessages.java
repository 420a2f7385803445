package id.saring.catalog.question.matching;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words matching questions print on worksheets and show on review pages. */
@MessageKeys
final class MatchingMessages {

    static final String WORKSHEET_KEY_DISTRACTOR = "worksheet.key.distractor";
    static final String WORKSHEET_MATCHING_HINT = "worksheet.matching.hint";
    static final String WORKSHEET_MATCHING_OPTIONS = "worksheet.matching.options";

    private MatchingMessages() {}
}

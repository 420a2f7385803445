package id.saring.catalog.question.hoaxpost;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words hoax post questions print on worksheets and show on review pages. */
@MessageKeys
final class HoaxPostMessages {

    static final String WORKSHEET_HOAX_FLAGS = "worksheet.hoax.flags";
    static final String WORKSHEET_HOAX_HINT = "worksheet.hoax.hint";
    static final String WORKSHEET_HOAX_TECHNIQUE = "worksheet.hoax.technique";
    static final String WORKSHEET_HOAX_VERDICT = "worksheet.hoax.verdict";
    static final String WORKSHEET_KEY_NO_RED_FLAGS = "worksheet.key.noRedFlags";
    static final String WORKSHEET_KEY_NOT_RED_FLAG = "worksheet.key.notRedFlag";
    static final String WORKSHEET_KEY_RED_FLAG = "worksheet.key.redFlag";
    static final String WORKSHEET_KEY_RED_FLAGS = "worksheet.key.redFlags";
    static final String WORKSHEET_KEY_TECHNIQUE = "worksheet.key.technique";
    static final String WORKSHEET_POST_CHAT = "worksheet.post.chat";
    static final String WORKSHEET_POST_SOCIAL = "worksheet.post.social";
    static final String EDITOR_HOAX_SELECT_FIRST = "editor.hoax.selectFirst";
    static final String EDITOR_HOAX_MARK_OVERLAP = "editor.hoax.markOverlap";
    static final String QUIZ_HOAX_VERDICT_HOAKS = "quiz.hoax.verdict.hoaks";
    static final String QUIZ_HOAX_VERDICT_MENYESATKAN = "quiz.hoax.verdict.menyesatkan";
    static final String QUIZ_HOAX_VERDICT_FAKTA = "quiz.hoax.verdict.fakta";

    private HoaxPostMessages() {}

    static String verdict(Verdict verdict) {
        return switch (verdict) {
            case HOAKS -> QUIZ_HOAX_VERDICT_HOAKS;
            case MENYESATKAN -> QUIZ_HOAX_VERDICT_MENYESATKAN;
            case FAKTA -> QUIZ_HOAX_VERDICT_FAKTA;
        };
    }
}

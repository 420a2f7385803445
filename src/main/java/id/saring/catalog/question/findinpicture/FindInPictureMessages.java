package id.saring.catalog.question.findinpicture;

import id.saring.infrastructure.i18n.MessageKeys;

/** The words picture questions print on worksheets and show on quiz and review pages. */
@MessageKeys
final class FindInPictureMessages {

    static final String QUIZ_PICTURE_HINT = "quiz.picture.hint";
    static final String QUIZ_PICTURE_REGIONS = "quiz.picture.regions";
    static final String QUIZ_PICTURE_FULL = "quiz.picture.full";
    static final String QUIZ_PICTURE_FOUND = "quiz.picture.found";
    static final String QUIZ_PICTURE_MISSED = "quiz.picture.missed";
    static final String QUIZ_PICTURE_WRONG = "quiz.picture.wrong";
    static final String QUIZ_PICTURE_DECOY = "quiz.picture.decoy";
    static final String QUIZ_PICTURE_TECHNIQUE = "quiz.picture.technique";
    static final String WORKSHEET_PICTURE_HINT = "worksheet.picture.hint";
    static final String WORKSHEET_KEY_PICTURE_MANIPULATION = "worksheet.key.picture.manipulation";
    static final String WORKSHEET_KEY_PICTURE_DECOY = "worksheet.key.picture.decoy";
    static final String WORKSHEET_KEY_TECHNIQUE = "worksheet.key.technique";

    private FindInPictureMessages() {}
}

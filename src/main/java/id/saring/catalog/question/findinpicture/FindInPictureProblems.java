package id.saring.catalog.question.findinpicture;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in a find-in-picture question. */
@MessageKeys(Problem.BUNDLE)
final class FindInPictureProblems {

    static final String QUESTION_PICTURE_NOT_FOUND = "question.picture.notFound";
    static final String QUESTION_PICTURE_BAD_BOX = "question.picture.badBox";
    static final String QUESTION_PICTURE_BOX_OUTSIDE = "question.picture.boxOutside";
    static final String QUESTION_PICTURE_OVERLAP = "question.picture.overlap";
    static final String QUESTION_PICTURE_NO_MANIPULATION = "question.picture.noManipulation";
    static final String QUESTION_PICTURE_NO_DECOY = "question.picture.noDecoy";
    static final String QUESTION_PICTURE_UNKNOWN_TECHNIQUE = "question.picture.unknownTechnique";

    private FindInPictureProblems() {}
}

package id.saring.publishing.control;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** Why an uploaded picture was not taken. */
@MessageKeys(Problem.BUNDLE)
public final class PictureProblems {

    public static final String UPLOAD_TOO_BIG = "picture.uploadTooBig";
    public static final String TOO_MANY_PIXELS = "picture.tooManyPixels";
    public static final String UNREADABLE = "picture.unreadable";

    private PictureProblems() {}
}

package id.saring.publishing.boundary;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can go wrong storing a course that read well, or publishing a draft. */
@MessageKeys(Problem.BUNDLE)
public final class PublishingProblems {

    public static final String PUBLISH_FAILED = "publish.failed";
    public static final String DRAFT_GONE = "publish.draftGone";
    public static final String DRAFT_ID_CHANGED = "publish.draftIdChanged";
    public static final String GIFT_NOT_A_MODULE = "publish.giftNotAModule";
    public static final String GIFT_QUESTIONS_NOT_LAST = "publish.giftQuestionsNotLast";

    private PublishingProblems() {}
}

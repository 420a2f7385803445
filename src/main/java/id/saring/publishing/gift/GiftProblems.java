package id.saring.publishing.gift;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What converting a Moodle GIFT file found: refusals, and what was changed or left out. */
@MessageKeys(Problem.BUNDLE)
public final class GiftProblems {

    public static final String GIFT_ANSWER_CREDIT = "gift.answerCredit";
    public static final String GIFT_ANSWER_FEEDBACK = "gift.answerFeedback";
    public static final String GIFT_DESCRIPTION = "gift.description";
    public static final String GIFT_EMPTY_ANSWER = "gift.emptyAnswer";
    public static final String GIFT_ESSAY = "gift.essay";
    public static final String GIFT_EXTRA_BRACE = "gift.extraBrace";
    public static final String GIFT_FORMATTING = "gift.formatting";
    public static final String GIFT_HTML_REMOVED = "gift.htmlRemoved";
    public static final String GIFT_ID_NUMBER = "gift.idNumber";
    public static final String GIFT_IMAGE = "gift.image";
    public static final String GIFT_MARKDOWN = "gift.markdown";
    public static final String GIFT_MATCHING_FORMAT = "gift.matchingFormat";
    public static final String GIFT_MATCHING_SAME_RIGHT = "gift.matchingSameRight";
    public static final String GIFT_MATCHING_TOO_FEW_PAIRS = "gift.matchingTooFewPairs";
    public static final String GIFT_NO_RIGHT_ANSWER = "gift.noRightAnswer";
    public static final String GIFT_NO_TEXT = "gift.noText";
    public static final String GIFT_NOTHING_IMPORTED = "gift.nothingImported";
    public static final String GIFT_NUMERICAL = "gift.numerical";
    public static final String GIFT_NUMERICAL_AS_SHORT_ANSWER = "gift.numericalAsShortAnswer";
    public static final String GIFT_SEVERAL_RIGHT_ANSWERS = "gift.severalRightAnswers";
    public static final String GIFT_TAGS = "gift.tags";
    public static final String GIFT_TOO_FEW_CHOICES = "gift.tooFewChoices";
    public static final String GIFT_UNCLOSED_BRACE = "gift.unclosedBrace";
    public static final String GIFT_UNOPENED_BRACE = "gift.unopenedBrace";
    public static final String GIFT_WEIGHT_CLAMPED = "gift.weightClamped";
    public static final String GIFT_WEIGHTS_SCALED = "gift.weightsScaled";
    public static final String GIFT_WILDCARD = "gift.wildcard";
    public static final String GIFT_WRONG_FEEDBACK = "gift.wrongFeedback";

    private GiftProblems() {}
}

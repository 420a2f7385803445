package id.saring.catalog.question.matching;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in a matching question. */
@MessageKeys(Problem.BUNDLE)
final class MatchingProblems {

    static final String QUESTION_MATCHING_SAME_RIGHT = "question.matching.sameRight";
    static final String QUESTION_MATCHING_TOO_FEW_PAIRS = "question.matching.tooFewPairs";

    private MatchingProblems() {}
}

package id.saring.catalog.question.ordering;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in an ordering question. */
@MessageKeys(Problem.BUNDLE)
final class OrderingProblems {

    static final String QUESTION_ORDERING_SAME_STEP = "question.ordering.sameStep";
    static final String QUESTION_ORDERING_TOO_FEW_STEPS = "question.ordering.tooFewSteps";

    private OrderingProblems() {}
}

package id.saring.catalog.question.multiple;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in a multiple response question. */
@MessageKeys(Problem.BUNDLE)
final class MultipleResponseProblems {

    static final String QUESTION_MULTIPLE_WEIGHTS = "question.multiple.weights";

    private MultipleResponseProblems() {}
}

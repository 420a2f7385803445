package id.saring.catalog.question.single;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** What can be wrong in a single choice question. */
@MessageKeys(Problem.BUNDLE)
final class SingleChoiceProblems {

    static final String QUESTION_SINGLE_ONE_CORRECT = "question.single.oneCorrect";

    private SingleChoiceProblems() {}
}

package id.saring.catalog.question;

import id.saring.catalog.yaml.Problem;
import id.saring.infrastructure.i18n.MessageKeys;

/** Problems any question type may find in a question it reads. */
@MessageKeys(Problem.BUNDLE)
public final class QuestionProblems {

    public static final String QUESTION_NO_CORRECT = "question.noCorrect";
    public static final String QUESTION_TOO_FEW_CHOICES = "question.tooFewChoices";

    private QuestionProblems() {}
}

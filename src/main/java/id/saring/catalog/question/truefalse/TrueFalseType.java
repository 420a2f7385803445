package id.saring.catalog.question.truefalse;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionProblems;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.yaml.YamlMap;
import java.util.Map;
import java.util.Optional;

/** {@code type: true-false} */
@AutoService(QuestionType.class)
public class TrueFalseType extends QuestionType {

    public TrueFalseType() {
        super("true-false", "answer", "feedback-true", "feedback-false");
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(TrueFalseForm.of(question));
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        Optional<Boolean> answer = question.bool("answer");
        if (question.lacks("answer")) {
            question.report("answer", QuestionProblems.QUESTION_NO_CORRECT);
        }
        var feedbackTrue = question.text("feedback-true");
        var feedbackFalse = question.text("feedback-false");
        return answer.map(a -> new TrueFalse(a, feedbackTrue, feedbackFalse));
    }
}

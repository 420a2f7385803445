package id.saring.quiz.type.truefalse;

import id.saring.publishing.control.YamlMap;
import id.saring.quiz.type.QuestionDefinition;
import id.saring.quiz.type.QuestionType;
import id.saring.quiz.type.ReadContext;
import java.util.Optional;
import java.util.Set;

/** {@code type: true-false} */
public class TrueFalseType implements QuestionType {

    @Override
    public String name() {
        return "true-false";
    }

    @Override
    public Set<String> keys() {
        return Set.of("answer", "feedback-true", "feedback-false");
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        Optional<Boolean> answer = question.bool("answer");
        if (answer.isEmpty() && !question.has("answer")) {
            question.report("answer", "question.noCorrect");
        }
        var feedbackTrue = question.text("feedback-true");
        var feedbackFalse = question.text("feedback-false");
        return answer.map(a -> new TrueFalse(a, feedbackTrue, feedbackFalse));
    }
}

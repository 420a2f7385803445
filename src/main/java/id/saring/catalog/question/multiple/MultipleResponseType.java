package id.saring.catalog.question.multiple;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionProblems;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code type: multiple} */
@AutoService(QuestionType.class)
public class MultipleResponseType extends QuestionType {

    public MultipleResponseType() {
        super("multiple", "choices");
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(MultipleResponseForm.of(question));
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<Choice> choices = Choices.read(question, 2);
        if (Choices.correctCount(choices) == 0) {
            question.report("choices", QuestionProblems.QUESTION_NO_CORRECT);
            return Optional.empty();
        }
        int positive = choices.stream()
                .flatMap(c -> c.weight().stream())
                .filter(w -> w > 0)
                .mapToInt(Integer::intValue)
                .sum();
        if (positive != 0 && positive != 100) {
            question.report("choices", MultipleResponseProblems.QUESTION_MULTIPLE_WEIGHTS, positive);
            return Optional.empty();
        }
        return Optional.of(new MultipleResponse(choices));
    }
}

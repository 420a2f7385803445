package id.saring.quiz.type.multiple;

import id.saring.publishing.control.YamlMap;
import id.saring.quiz.type.Choice;
import id.saring.quiz.type.Choices;
import id.saring.quiz.type.QuestionDefinition;
import id.saring.quiz.type.QuestionType;
import id.saring.quiz.type.ReadContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code type: multiple} */
public class MultipleResponseType implements QuestionType {

    @Override
    public String name() {
        return "multiple";
    }

    @Override
    public Set<String> keys() {
        return Set.of("choices");
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<Choice> choices = Choices.read(question, 2);
        if (Choices.correctCount(choices) == 0) {
            question.report("choices", "question.noCorrect");
            return Optional.empty();
        }
        int positive = choices.stream()
                .flatMap(c -> c.weight().stream())
                .filter(w -> w > 0)
                .mapToInt(Integer::intValue)
                .sum();
        if (positive != 0 && positive != 100) {
            question.report("choices", "question.multiple.weights", positive);
            return Optional.empty();
        }
        return Optional.of(new MultipleResponse(choices));
    }
}

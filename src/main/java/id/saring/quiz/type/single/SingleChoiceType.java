package id.saring.quiz.type.single;

import id.saring.publishing.control.YamlMap;
import id.saring.quiz.type.Choice;
import id.saring.quiz.type.Choices;
import id.saring.quiz.type.QuestionDefinition;
import id.saring.quiz.type.QuestionType;
import id.saring.quiz.type.ReadContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code type: single} */
public class SingleChoiceType implements QuestionType {

    @Override
    public String name() {
        return "single";
    }

    @Override
    public Set<String> keys() {
        return Set.of("choices");
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<Choice> choices = Choices.read(question, 2);
        if (Choices.correctCount(choices) != 1) {
            question.report("choices", "question.single.oneCorrect", Choices.correctCount(choices));
            return Optional.empty();
        }
        return Optional.of(new SingleChoice(choices));
    }
}

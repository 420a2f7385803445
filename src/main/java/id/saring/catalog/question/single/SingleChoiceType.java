package id.saring.catalog.question.single;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code type: single} */
@AutoService(QuestionType.class)
public class SingleChoiceType extends QuestionType {

    public SingleChoiceType() {
        super("single", "choices");
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(SingleChoiceForm.of(question));
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<Choice> choices = Choices.read(question, 2);
        if (Choices.correctCount(choices) != 1) {
            question.report("choices", SingleChoiceProblems.QUESTION_SINGLE_ONE_CORRECT, Choices.correctCount(choices));
            return Optional.empty();
        }
        return Optional.of(new SingleChoice(choices));
    }
}

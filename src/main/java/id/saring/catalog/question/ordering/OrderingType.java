package id.saring.catalog.question.ordering;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.text.LocalizedText;
import id.saring.catalog.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code type: ordering} */
@AutoService(QuestionType.class)
public class OrderingType extends QuestionType {

    public OrderingType() {
        super("ordering", "steps");
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(OrderingForm.of(question));
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<LocalizedText> steps = question.texts("steps");
        if (steps.size() < 2) {
            question.report("steps", OrderingProblems.QUESTION_ORDERING_TOO_FEW_STEPS);
            return Optional.empty();
        }
        if (steps.stream().map(LocalizedText::indonesian).distinct().count() < steps.size()) {
            question.report("steps", OrderingProblems.QUESTION_ORDERING_SAME_STEP);
            return Optional.empty();
        }
        return Optional.of(new Ordering(steps));
    }
}

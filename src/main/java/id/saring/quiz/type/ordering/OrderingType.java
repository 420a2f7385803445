package id.saring.quiz.type.ordering;

import id.saring.catalog.content.LocalizedText;
import id.saring.publishing.control.YamlMap;
import id.saring.quiz.type.QuestionDefinition;
import id.saring.quiz.type.QuestionType;
import id.saring.quiz.type.ReadContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code type: ordering} */
public class OrderingType implements QuestionType {

    @Override
    public String name() {
        return "ordering";
    }

    @Override
    public Set<String> keys() {
        return Set.of("steps");
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<LocalizedText> steps = question.texts("steps");
        if (steps.size() < 2) {
            question.report("steps", "question.ordering.tooFewSteps");
            return Optional.empty();
        }
        if (steps.stream().map(LocalizedText::indonesian).distinct().count() < steps.size()) {
            question.report("steps", "question.ordering.sameStep");
            return Optional.empty();
        }
        return Optional.of(new Ordering(steps));
    }
}

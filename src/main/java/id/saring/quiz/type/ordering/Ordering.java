package id.saring.quiz.type.ordering;

import id.saring.catalog.content.LocalizedText;
import id.saring.quiz.type.QuestionDefinition;
import java.util.List;

/** The steps in their correct order; students see them shuffled. */
public record Ordering(List<LocalizedText> steps) implements QuestionDefinition {

    public Ordering {
        steps = List.copyOf(steps);
    }
}

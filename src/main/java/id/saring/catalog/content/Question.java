package id.saring.catalog.content;

import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * One question: what every type shares (text, explanation, skill and technique tags) and the
 * type's own definition.
 */
public record Question(
        String id,
        String type,
        LocalizedText text,
        Optional<LocalizedText> explanation,
        List<String> tags,
        QuestionDefinition definition) {

    public Question {
        tags = List.copyOf(tags);
    }
}

package id.saring.quiz.type;

import id.saring.catalog.content.LocalizedText;
import java.util.List;
import java.util.Optional;

/**
 * What a question type knows about one question beyond its text (choices, pairs, segments...),
 * and how it checks and grades a response.
 */
public interface QuestionDefinition extends Gradable {

    /** The choices to pick from, for the types that have them. */
    default List<Choice> choices() {
        return List.of();
    }

    /**
     * What a response chose, in words for a teacher's report (the class's most common wrong
     * answer). Empty when the type has no short way to say it, or the response is empty.
     */
    default Optional<LocalizedText> describe(Response response) {
        return Optional.empty();
    }
}

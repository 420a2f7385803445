package id.saring.quiz.type;

import java.util.List;

/**
 * What a question type knows about one question beyond its text (choices, pairs, segments...),
 * and how it checks and grades a response.
 */
public interface QuestionDefinition extends Gradable {

    /** The choices to pick from, for the types that have them. */
    default List<Choice> choices() {
        return List.of();
    }
}

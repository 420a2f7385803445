package id.saring.quiz.type.multiple;

import id.saring.quiz.type.Choice;
import id.saring.quiz.type.QuestionDefinition;
import java.util.List;

/** The choices of a "select all that apply" question; one or more are correct. */
public record MultipleResponse(List<Choice> choices) implements QuestionDefinition {

    public MultipleResponse {
        choices = List.copyOf(choices);
    }
}

package id.saring.quiz.type.single;

import id.saring.quiz.type.Choice;
import id.saring.quiz.type.QuestionDefinition;
import java.util.List;

/** The choices of a single-choice question; exactly one is correct. */
public record SingleChoice(List<Choice> choices) implements QuestionDefinition {

    public SingleChoice {
        choices = List.copyOf(choices);
    }
}

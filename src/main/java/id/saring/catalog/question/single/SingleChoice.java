package id.saring.catalog.question.single;

import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.PickOne;
import java.util.List;

/** The choices of a single-choice question; exactly one is correct. */
public record SingleChoice(List<Choice> choices) implements PickOne {

    public SingleChoice {
        choices = List.copyOf(choices);
    }

    @Override
    public void ask(Paper paper) {
        paper.hint(paper.text(SingleChoiceMessages.WORKSHEET_SINGLE_HINT));
        Choices.print(paper, choices);
    }
}

package id.saring.catalog.question.single;

import id.saring.catalog.content.LocalizedText;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The choices of a single-choice question; exactly one is correct. */
public record SingleChoice(List<Choice> choices) implements QuestionDefinition {

    public SingleChoice {
        choices = List.copyOf(choices);
    }

    /** {@code choice}: the id of the picked choice. */
    @Override
    public void check(Response response) {
        Gradable.onlyNames(response, Set.of("choice"));
        Choices.checkKnown(choices, response.value("choice").stream().toList());
    }

    @Override
    public double grade(Response response) {
        return Choices.gradeOne(choices, response.value("choice"));
    }

    @Override
    public Optional<LocalizedText> describe(Response response) {
        return Choices.describeOne(choices, response.value("choice"));
    }

    @Override
    public LocalizedText rightAnswer() {
        return Choices.describeCorrect(choices);
    }

    @Override
    public void ask(Paper paper) {
        paper.hint(paper.text(SingleChoiceMessages.WORKSHEET_SINGLE_HINT));
        Choices.print(paper, choices);
    }

    @Override
    public void answer(Paper paper) {
        Choices.printKey(paper, choices);
    }
}

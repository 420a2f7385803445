package id.saring.catalog.question.multiple;

import id.saring.catalog.question.Choice;
import id.saring.catalog.question.ChoiceQuestion;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.Response;
import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The choices of a "select all that apply" question; one or more are correct. */
public record MultipleResponse(List<Choice> choices) implements ChoiceQuestion {

    public MultipleResponse {
        choices = List.copyOf(choices);
    }

    /** {@code choices}: the picked ids, comma-separated. */
    @Override
    public void check(Response response) {
        Gradable.onlyNames(response, Set.of("choices"));
        Choices.checkKnown(choices, response.list("choices"));
    }

    /**
     * Each correct pick earns its weight (by default an equal share of 100); each wrong pick
     * costs its weight (by default the same share), so ticking everything earns nothing.
     */
    @Override
    public double grade(Response response) {
        long correct = Choices.correctCount(choices);
        double share = 100.0 / correct;
        double earned = 0;
        for (String id : response.list("choices")) {
            Choice choice =
                    choices.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
            earned += choice.weight().map(Integer::doubleValue).orElse(choice.correct() ? share : -share);
        }
        return Gradable.clamp(earned / 100);
    }

    @Override
    public Optional<LocalizedText> describe(Response response) {
        return Choices.describeMany(choices, response.list("choices"));
    }

    @Override
    public void ask(Paper paper) {
        paper.hint(paper.text(MultipleResponseMessages.WORKSHEET_MULTIPLE_HINT));
        Choices.print(paper, choices);
    }
}

package id.saring.catalog.question;

import id.saring.catalog.text.LocalizedText;
import java.util.List;

/** A question answered from a list of choices: its right answer and its key come from the choices marked correct. */
public interface ChoiceQuestion extends QuestionDefinition {

    List<Choice> choices();

    @Override
    default LocalizedText rightAnswer() {
        return Choices.describeCorrect(choices());
    }

    @Override
    default void answer(Paper paper) {
        Choices.printKey(paper, choices());
    }
}

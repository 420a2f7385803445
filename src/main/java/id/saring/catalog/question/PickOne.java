package id.saring.catalog.question;

import id.saring.catalog.text.LocalizedText;
import java.util.Optional;
import java.util.Set;

/** A choice question where the student picks exactly one choice ({@code choice}: its id). */
public interface PickOne extends ChoiceQuestion {

    @Override
    default void check(Response response) {
        Gradable.onlyNames(response, Set.of("choice"));
        Choices.checkKnown(choices(), response.value("choice").stream().toList());
    }

    @Override
    default double grade(Response response) {
        return Choices.gradeOne(choices(), response.value("choice"));
    }

    @Override
    default Optional<LocalizedText> describe(Response response) {
        return Choices.describeOne(choices(), response.value("choice"));
    }
}

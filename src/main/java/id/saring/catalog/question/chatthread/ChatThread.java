package id.saring.catalog.question.chatthread;

import id.saring.catalog.content.LocalizedText;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The conversation and the replies to choose from; the best reply is marked correct. */
public record ChatThread(String group, List<ChatMessage> messages, List<Choice> choices) implements QuestionDefinition {

    public ChatThread {
        messages = List.copyOf(messages);
        choices = List.copyOf(choices);
    }

    /** {@code choice}: the id of the picked reply. */
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
}

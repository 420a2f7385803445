package id.saring.catalog.question.chatthread;

import id.saring.catalog.content.LocalizedText;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.Paper.Line;
import id.saring.catalog.question.Paper.Look;
import id.saring.catalog.question.Paper.Run;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionMessages;
import id.saring.catalog.question.Response;
import java.util.ArrayList;
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

    /** The conversation on a card, then the replies to circle one of. */
    @Override
    public void ask(Paper paper) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.of(paper.text(ChatThreadMessages.WORKSHEET_CHAT_GROUP, group), Look.BOLD, Look.ACCENT)
                .spaced(4));
        for (ChatMessage message : messages) {
            lines.add(
                    message.time().isBlank()
                            ? Line.of(message.from(), Look.SMALL, Look.BOLD)
                            : Line.of(
                                    Run.of(message.from(), Look.SMALL, Look.BOLD),
                                    Run.of("  " + message.time(), Look.SMALLER, Look.MUTED)));
            if (message.forwarded()) {
                lines.add(Line.of(
                        paper.text(QuestionMessages.WORKSHEET_FORWARDED), Look.SMALLER, Look.ITALIC, Look.MUTED));
            }
            lines.add(Line.of(message.text().in(paper.locale())).spaced(5));
        }
        paper.card(lines);
        paper.hint(paper.text(ChatThreadMessages.WORKSHEET_CHAT_HINT));
        Choices.print(paper, choices);
    }

    @Override
    public void answer(Paper paper) {
        Choices.printKey(paper, choices);
    }
}

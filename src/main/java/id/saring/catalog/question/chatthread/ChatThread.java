package id.saring.catalog.question.chatthread;

import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.Paper.Line;
import id.saring.catalog.question.Paper.Look;
import id.saring.catalog.question.Paper.Run;
import id.saring.catalog.question.PickOne;
import id.saring.catalog.question.QuestionMessages;
import java.util.ArrayList;
import java.util.List;

/** The conversation and the replies to choose from; the best reply is marked correct. */
public record ChatThread(String group, List<ChatMessage> messages, List<Choice> choices) implements PickOne {

    public ChatThread {
        messages = List.copyOf(messages);
        choices = List.copyOf(choices);
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
            lines.add(Line.of(message.text().inLocale(paper.locale())).spaced(5));
        }
        paper.card(lines);
        paper.hint(paper.text(ChatThreadMessages.WORKSHEET_CHAT_HINT));
        Choices.print(paper, choices);
    }
}

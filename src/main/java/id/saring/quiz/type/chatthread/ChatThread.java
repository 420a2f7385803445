package id.saring.quiz.type.chatthread;

import id.saring.quiz.type.Choice;
import id.saring.quiz.type.QuestionDefinition;
import java.util.List;

/** The conversation and the replies to choose from; the best reply is marked correct. */
public record ChatThread(String group, List<ChatMessage> messages, List<Choice> choices) implements QuestionDefinition {

    public ChatThread {
        messages = List.copyOf(messages);
        choices = List.copyOf(choices);
    }
}

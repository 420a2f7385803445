package id.saring.catalog.question.chatthread;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.Choice;
import id.saring.catalog.question.Choices;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionProblems;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.yaml.YamlMap;
import id.saring.catalog.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code type: chat-thread} */
@AutoService(QuestionType.class)
public class ChatThreadType extends QuestionType {

    private static final Set<String> THREAD_KEYS = Set.of("group", "messages");
    private static final Set<String> MESSAGE_KEYS = Set.of("from", "time", "forwarded", "text");

    public ChatThreadType() {
        super("chat-thread", "thread", "choices");
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(ChatThreadForm.of(question));
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        Optional<YamlMap> thread = question.map("thread");
        if (thread.isEmpty()) {
            question.report("thread", YamlProblems.YAML_MISSING, "thread");
        }
        List<ChatMessage> messages = new ArrayList<>();
        String group = "";
        if (thread.isPresent()) {
            YamlMap t = thread.get().allowOnly(THREAD_KEYS);
            group = t.requiredString("group").orElse("");
            for (YamlMap message : t.maps("messages")) {
                message.allowOnly(MESSAGE_KEYS);
                var from = message.requiredString("from");
                var time = message.string("time").orElse("");
                boolean forwarded = message.bool("forwarded").orElse(false);
                var text = message.requiredText("text");
                if (from.isPresent() && text.isPresent()) {
                    messages.add(new ChatMessage(from.get(), time, forwarded, text.get()));
                }
            }
            if (messages.isEmpty()) {
                t.report("messages", ChatThreadProblems.QUESTION_CHAT_NO_MESSAGES);
            }
        }
        List<Choice> choices = Choices.read(question, 2);
        if (Choices.correctCount(choices) == 0) {
            question.report("choices", QuestionProblems.QUESTION_NO_CORRECT);
            return Optional.empty();
        }
        return messages.isEmpty() ? Optional.empty() : Optional.of(new ChatThread(group, messages, choices));
    }
}

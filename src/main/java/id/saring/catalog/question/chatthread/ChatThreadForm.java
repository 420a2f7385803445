package id.saring.catalog.question.chatthread;

import id.saring.catalog.question.ChoicesForm;
import id.saring.catalog.question.FormText;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A chat thread in the browser editor: the group's name, its messages bubble by bubble, and the
 * replies to choose from with their feedback: the {@code choices:} list every choice question
 * writes ({@link ChoicesForm}), of which this editor does not show the weight. Keys the editor
 * does not show (a reply's {@code id} or {@code weight}) are kept as written.
 */
public final class ChatThreadForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private String group = "";
    private final List<Bubble> messages = new ArrayList<>();
    private ChoicesForm replies = new ChoicesForm();

    /** One message of the thread. */
    public static final class Bubble implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final LinkedHashMap<String, Object> written = new LinkedHashMap<>();
        private String from = "";
        private String time = "";
        private boolean forwarded;
        private FormText text = new FormText();

        public String getFrom() {
            return from;
        }

        public void setFrom(String from) {
            this.from = from == null ? "" : from;
        }

        public String getTime() {
            return time;
        }

        public void setTime(String time) {
            this.time = time == null ? "" : time;
        }

        public boolean isForwarded() {
            return forwarded;
        }

        public void setForwarded(boolean forwarded) {
            this.forwarded = forwarded;
        }

        public FormText getText() {
            return text;
        }

        Map<String, Object> yaml() {
            Map<String, Object> map = new LinkedHashMap<>(written);
            FormText.put(map, "from", FormText.scalar(written.get("from"), from));
            FormText.put(map, "time", FormText.scalar(written.get("time"), time));
            FormText.put(map, "forwarded", FormText.yesNo(written.get("forwarded"), forwarded));
            text.writeInto(map, "text");
            return map;
        }
    }

    /** Filled from a question as written; a new question starts with one message and two replies. */
    static ChatThreadForm of(Map<String, Object> question) {
        ChatThreadForm form = new ChatThreadForm();
        if (question.get("thread") instanceof Map<?, ?> thread) {
            form.group = FormText.stringOf(thread.get("group"));
            if (thread.get("messages") instanceof List<?> messages) {
                for (Object message : messages) {
                    Bubble bubble = new Bubble();
                    if (message instanceof Map<?, ?> fields) {
                        fields.forEach((key, value) -> bubble.written.put(String.valueOf(key), value));
                        bubble.from = FormText.stringOf(fields.get("from"));
                        bubble.time = FormText.stringOf(fields.get("time"));
                        bubble.forwarded = FormText.isYes(fields.get("forwarded"));
                        bubble.text = FormText.of(fields.get("text"));
                    }
                    form.messages.add(bubble);
                }
            }
        }
        form.replies = ChoicesForm.of(question, 2);
        if (question.isEmpty()) {
            form.addMessage();
        }
        return form;
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        Map<String, Object> thread = new LinkedHashMap<>();
        if (question.get("thread") instanceof Map<?, ?> written) {
            written.forEach((key, value) -> thread.put(String.valueOf(key), value));
        }
        FormText.put(thread, "group", FormText.scalar(thread.get("group"), group));
        thread.put("messages", messages.stream().map(Bubble::yaml).toList());
        question.put("thread", thread);
        replies.writeInto(question);
    }

    public void addMessage() {
        messages.add(new Bubble());
    }

    public void removeMessage(int index) {
        if (index >= 0 && index < messages.size()) {
            messages.remove(index);
        }
    }

    public void addReply() {
        replies.add();
    }

    public void removeReply(int index) {
        replies.remove(index);
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group == null ? "" : group;
    }

    public List<Bubble> getMessages() {
        return messages;
    }

    public List<ChoicesForm.Row> getChoices() {
        return replies.getRows();
    }
}

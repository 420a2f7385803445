package id.saring.catalog.question.shortanswer;

import id.saring.catalog.question.FormText;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * A {@code short-answer} question in the browser editor: the accepted answers, one per line.
 * While the lines are the ones read, the answers are written back as they were (a one-line list
 * in brackets stays one).
 */
public final class ShortAnswerForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String KEY = "answers";

    private Serializable written;
    private String read = "";
    private String answers = "";

    /** Filled from a question as written; a new question has no answers yet. */
    static ShortAnswerForm of(Map<String, Object> question) {
        ShortAnswerForm form = new ShortAnswerForm();
        Object value = question.get(KEY);
        if (value instanceof List<?> list) {
            form.answers =
                    String.join("\n", list.stream().map(FormText::stringOf).toList());
        } else {
            form.answers = FormText.stringOf(value);
        }
        if (value instanceof Serializable kept) {
            form.written = kept;
            form.read = form.answers;
        }
        return form;
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        if (written != null && answers.equals(read)) {
            question.put(KEY, written);
            return;
        }
        List<String> lines = answers.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        FormText.put(question, KEY, lines.isEmpty() ? null : lines);
    }

    /** The accepted answers, one per line. */
    public String getAnswers() {
        return answers;
    }

    public void setAnswers(String answers) {
        this.answers = FormText.lf(answers);
    }
}

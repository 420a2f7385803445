package id.saring.catalog.question.multiple;

import id.saring.catalog.question.ChoicesForm;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.util.Map;

/**
 * A {@code multiple} question in the browser editor: its choices, one or more of them correct, each with its
 * feedback and, optionally, the part of the points it earns.
 */
public final class MultipleResponseForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ChoicesForm choices;

    private MultipleResponseForm(ChoicesForm choices) {
        this.choices = choices;
    }

    /** Filled from a question as written; a new question starts with four empty choices. */
    static MultipleResponseForm of(Map<String, Object> question) {
        return new MultipleResponseForm(ChoicesForm.of(question, 4));
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        choices.writeInto(question);
    }

    public ChoicesForm getChoices() {
        return choices;
    }
}

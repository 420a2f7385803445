package id.saring.catalog.question.single;

import id.saring.catalog.question.ChoicesForm;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.util.Map;

/**
 * A {@code single} question in the browser editor: its choices, exactly one of them correct, each with its
 * feedback and, optionally, the part of the points it earns.
 */
public final class SingleChoiceForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ChoicesForm choices;

    private SingleChoiceForm(ChoicesForm choices) {
        this.choices = choices;
    }

    /** Filled from a question as written; a new question starts with four empty choices. */
    static SingleChoiceForm of(Map<String, Object> question) {
        return new SingleChoiceForm(ChoicesForm.of(question, 4));
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        choices.writeInto(question);
    }

    public ChoicesForm getChoices() {
        return choices;
    }
}

package id.saring.catalog.question.ordering;

import id.saring.catalog.question.FormTextList;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.util.Map;

/** An {@code ordering} question in the browser editor: its steps, in the right order. */
public final class OrderingForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String KEY = "steps";

    private final FormTextList steps;

    private OrderingForm(FormTextList steps) {
        this.steps = steps;
    }

    /** Filled from a question as written; a new question starts with three empty steps. */
    static OrderingForm of(Map<String, Object> question) {
        return new OrderingForm(FormTextList.of(question, KEY, question.isEmpty() ? 3 : 0));
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        steps.writeInto(question, KEY);
    }

    public FormTextList getSteps() {
        return steps;
    }
}

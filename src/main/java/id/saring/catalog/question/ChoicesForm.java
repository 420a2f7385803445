package id.saring.catalog.question;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code choices:} list in a question editor: each choice's text, whether it is correct, the
 * part of the points it earns ({@code weight}, optional) and the feedback students see after
 * choosing it. Keys the editor does not show (a choice's {@code id}) are kept as written, and a
 * choice left unchanged is written back as it was read.
 */
public final class ChoicesForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String KEY = "choices";

    private final List<Row> rows = new ArrayList<>();

    /** One choice. */
    public static final class Row implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final LinkedHashMap<String, Object> written = new LinkedHashMap<>();
        private FormText text = new FormText();
        private boolean correct;
        private String weight = "";
        private FormText feedback = new FormText();

        public FormText getText() {
            return text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }

        public String getWeight() {
            return weight;
        }

        public void setWeight(String weight) {
            this.weight = weight == null ? "" : weight;
        }

        public FormText getFeedback() {
            return feedback;
        }

        Map<String, Object> yaml() {
            Map<String, Object> map = new LinkedHashMap<>(written);
            text.writeInto(map, "text");
            FormText.put(map, "correct", FormText.yesNo(written.get("correct"), correct));
            FormText.put(map, "weight", FormText.scalar(written.get("weight"), weight));
            feedback.writeInto(map, "feedback");
            return map;
        }
    }

    /**
     * The choices of a question as written; a new question starts with {@code empty} choices to
     * fill in.
     */
    public static ChoicesForm of(Map<String, Object> question, int empty) {
        ChoicesForm form = new ChoicesForm();
        if (question.get(KEY) instanceof List<?> choices) {
            for (Object choice : choices) {
                Row row = new Row();
                if (choice instanceof Map<?, ?> fields) {
                    fields.forEach((key, value) -> row.written.put(String.valueOf(key), value));
                    row.text = FormText.of(fields.get("text"));
                    row.correct = FormText.isYes(fields.get("correct"));
                    row.weight = FormText.stringOf(fields.get("weight"));
                    row.feedback = FormText.of(fields.get("feedback"));
                }
                form.rows.add(row);
            }
        } else if (question.isEmpty()) {
            for (int i = 0; i < empty; i++) {
                form.add();
            }
        }
        return form;
    }

    /** Writes the list under {@code choices}, every choice in the form's order. */
    public void writeInto(Map<String, Object> question) {
        if (!rows.isEmpty() || question.containsKey(KEY)) {
            question.put(KEY, rows.stream().map(Row::yaml).toList());
        }
    }

    public void add() {
        rows.add(new Row());
    }

    public void remove(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** Moves a choice one place up (students may see them shuffled; the answer key prints this order). */
    public void moveUp(int index) {
        if (index > 0 && index < rows.size()) {
            rows.add(index - 1, rows.remove(index));
        }
    }

    public List<Row> getRows() {
        return rows;
    }
}

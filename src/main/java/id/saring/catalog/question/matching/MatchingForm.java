package id.saring.catalog.question.matching;

import id.saring.catalog.question.FormText;
import id.saring.catalog.question.FormTextList;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code matching} question in the browser editor: its pairs, each a left item and the right
 * item that matches it, and the decoys that stand among the right items.
 */
public final class MatchingForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String PAIRS = "pairs";
    private static final String DISTRACTORS = "distractors";

    private final List<Pair> pairs = new ArrayList<>();
    private FormTextList distractors = new FormTextList();

    /** One pair. */
    public static final class Pair implements Serializable {

        @Serial
        private static final long serialVersionUID = 1L;

        private final LinkedHashMap<String, Object> written = new LinkedHashMap<>();
        private FormText left = new FormText();
        private FormText right = new FormText();

        public FormText getLeft() {
            return left;
        }

        public FormText getRight() {
            return right;
        }

        Map<String, Object> yaml() {
            Map<String, Object> map = new LinkedHashMap<>(written);
            left.writeInto(map, "left");
            right.writeInto(map, "right");
            return map;
        }
    }

    /** Filled from a question as written; a new question starts with three empty pairs. */
    static MatchingForm of(Map<String, Object> question) {
        MatchingForm form = new MatchingForm();
        if (question.get(PAIRS) instanceof List<?> pairs) {
            for (Object written : pairs) {
                Pair pair = new Pair();
                if (written instanceof Map<?, ?> fields) {
                    fields.forEach((key, value) -> pair.written.put(String.valueOf(key), value));
                    pair.left = FormText.of(fields.get("left"));
                    pair.right = FormText.of(fields.get("right"));
                }
                form.pairs.add(pair);
            }
        } else if (question.isEmpty()) {
            for (int i = 0; i < 3; i++) {
                form.addPair();
            }
        }
        form.distractors = FormTextList.of(question, DISTRACTORS, 0);
        return form;
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        if (!pairs.isEmpty() || question.containsKey(PAIRS)) {
            question.put(PAIRS, pairs.stream().map(Pair::yaml).toList());
        }
        distractors.writeInto(question, DISTRACTORS);
    }

    public void addPair() {
        pairs.add(new Pair());
    }

    public void removePair(int index) {
        if (index >= 0 && index < pairs.size()) {
            pairs.remove(index);
        }
    }

    public List<Pair> getPairs() {
        return pairs;
    }

    public FormTextList getDistractors() {
        return distractors;
    }
}

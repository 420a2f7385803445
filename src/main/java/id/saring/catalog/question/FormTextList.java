package id.saring.catalog.question;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An ordered list of texts in a question editor (an ordering question's steps, a matching
 * question's extra answers), each in Bahasa Indonesia and optionally English. Texts left empty are
 * not written; texts left unchanged are written back as they were read.
 */
public final class FormTextList implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final List<FormText> items = new ArrayList<>();

    /** The list under {@code key} as written; {@code empty} empty texts to fill in when there is none. */
    public static FormTextList of(Map<String, Object> question, String key, int empty) {
        FormTextList list = new FormTextList();
        if (question.get(key) instanceof List<?> written) {
            written.forEach(item -> list.items.add(FormText.of(item)));
        } else {
            for (int i = 0; i < empty; i++) {
                list.add();
            }
        }
        return list;
    }

    /** Writes the texts under {@code key}, or removes the key when every text is empty. */
    public void writeInto(Map<String, Object> question, String key) {
        List<Object> written =
                items.stream().map(FormText::yaml).filter(item -> item != null).toList();
        if (written.isEmpty()) {
            question.remove(key);
        } else {
            question.put(key, written);
        }
    }

    public void add() {
        items.add(new FormText());
    }

    public void remove(int index) {
        if (index >= 0 && index < items.size()) {
            items.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < items.size()) {
            items.add(index - 1, items.remove(index));
        }
    }

    public void moveDown(int index) {
        moveUp(index + 1);
    }

    public List<FormText> getItems() {
        return items;
    }
}

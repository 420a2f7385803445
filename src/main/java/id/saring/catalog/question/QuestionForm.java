package id.saring.catalog.question;

import java.io.Serializable;
import java.util.Map;

/**
 * A question of one type as its browser editor shows it: filled from the question as written
 * ({@link QuestionType#form}), changed field by field, and written back into the same map so that
 * keys it does not know stay as they were. The page that shows it is the type's own editor
 * fragment; nothing outside the type's package names the form's class.
 */
public interface QuestionForm extends Serializable {

    /** Writes this type's keys into the question, removing the ones left empty. */
    void writeInto(Map<String, Object> question);
}

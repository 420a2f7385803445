package id.saring.catalog.question.truefalse;

import id.saring.catalog.question.FormText;
import id.saring.catalog.question.QuestionForm;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code true-false} question in the browser editor: whether the statement is true, and the
 * feedback for students who answer "true" and for those who answer "false". The answer is written
 * back as read ({@code benar}, {@code salah}, {@code true}...) while it means the same.
 */
public final class TrueFalseForm implements QuestionForm {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String TRUE = "true";
    static final String FALSE = "false";

    private Serializable written;
    private String answer = "";
    private FormText feedbackTrue = new FormText();
    private FormText feedbackFalse = new FormText();

    /** Filled from a question as written; a new question has no answer chosen yet. */
    static TrueFalseForm of(Map<String, Object> question) {
        TrueFalseForm form = new TrueFalseForm();
        form.written = question.get("answer") instanceof Serializable value ? value : null;
        form.answer = meaning(form.written);
        form.feedbackTrue = FormText.of(question.get("feedback-true"));
        form.feedbackFalse = FormText.of(question.get("feedback-false"));
        return form;
    }

    /** {@code true}, {@code false}, or empty for a missing or unknown word. */
    private static String meaning(Object word) {
        if (!(word instanceof String text)) {
            return "";
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "ya", "benar" -> TRUE;
            case "false", "tidak", "salah" -> FALSE;
            default -> "";
        };
    }

    @Override
    public void writeInto(Map<String, Object> question) {
        boolean unchanged = written != null && answer.equals(meaning(written));
        FormText.put(question, "answer", unchanged ? written : wordFor(answer));
        feedbackTrue.writeInto(question, "feedback-true");
        feedbackFalse.writeInto(question, "feedback-false");
    }

    /** Authors write {@code benar} and {@code salah}; the reader takes either. */
    private static String wordFor(String answer) {
        return switch (answer) {
            case TRUE -> "benar";
            case FALSE -> "salah";
            default -> null;
        };
    }

    public List<String> getAnswers() {
        return List.of(TRUE, FALSE);
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer == null ? "" : answer;
    }

    public FormText getFeedbackTrue() {
        return feedbackTrue;
    }

    public FormText getFeedbackFalse() {
        return feedbackFalse;
    }
}

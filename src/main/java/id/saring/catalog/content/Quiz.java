package id.saring.catalog.content;

import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The questions that close a module, and how they are taken.
 *
 * @param forms for the tests of a course given in parallel forms: the form ("a", "b") of each
 *     question by its id. A student is served one form only ({@link Course#formFor}); empty for
 *     every other quiz, whose questions are all served.
 */
public record Quiz(
        String id, LocalizedText title, QuizSettings settings, List<Question> questions, Map<String, String> forms) {

    public Quiz {
        questions = List.copyOf(questions);
        forms = Map.copyOf(forms);
    }

    public Quiz(String id, LocalizedText title, QuizSettings settings, List<Question> questions) {
        this(id, title, settings, questions, Map.of());
    }

    /** Whether every question was written in this language (else some read in Bahasa Indonesia). */
    public boolean isIn(String language) {
        return title.has(language) && questions.stream().allMatch(q -> q.text().has(language));
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The names of the forms, in order; empty when the quiz is not given in forms. */
    public List<String> formNames() {
        return List.copyOf(new TreeSet<>(forms.values()));
    }

    /** The questions of one form, in the order they are written. */
    public List<Question> questionsOf(String form) {
        return questions.stream().filter(q -> form.equals(forms.get(q.id()))).toList();
    }

    /** The form a taken attempt was: the form of its questions; empty for a quiz without forms. */
    public Optional<String> formOf(List<String> questionOrder) {
        return questionOrder.stream().map(forms::get).filter(f -> f != null).findFirst();
    }

    /**
     * Whether the quiz can be taken without a connection: not one with a time limit (the server
     * keeps the time, and a device's clock cannot), and not a test given in parallel forms (which
     * form a student gets is the server's to say).
     */
    public boolean mayTakeOffline() {
        return settings.timeLimitMinutes() == 0 && formNames().isEmpty();
    }

    /**
     * Bytes of the text its offline page carries, in its longest language ({@link OfflineQuizText});
     * none for a quiz that cannot be taken offline, as saving a course leaves its page out.
     */
    public long offlineBytes() {
        if (!mayTakeOffline()) {
            return 0;
        }
        return title.byLanguage().keySet().stream()
                .mapToLong(language -> OfflineQuizText.bytes(this, language))
                .max()
                .orElse(0);
    }

    /** How many questions a student answers: one form's worth, or all of them. */
    public int servedCount() {
        return formNames().isEmpty()
                ? questions.size()
                : questionsOf(formNames().get(0)).size();
    }
}

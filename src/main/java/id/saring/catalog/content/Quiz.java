package id.saring.catalog.content;

import java.util.List;
import java.util.Optional;

/** The questions that close a module, and how they are taken. */
public record Quiz(String id, LocalizedText title, QuizSettings settings, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    /** Whether every question was written in this language (else some read in Bahasa Indonesia). */
    public boolean isIn(String language) {
        return title.has(language) && questions.stream().allMatch(q -> q.text().has(language));
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}

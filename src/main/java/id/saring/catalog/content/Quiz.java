package id.saring.catalog.content;

import java.util.List;
import java.util.Optional;

/** The questions that close a module, and how they are taken. */
public record Quiz(String id, LocalizedText title, QuizSettings settings, List<Question> questions) {

    public Quiz {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}

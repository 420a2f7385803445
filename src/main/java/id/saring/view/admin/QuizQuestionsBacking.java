package id.saring.view.admin;

import id.saring.catalog.question.FormText;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.QuestionTypes;
import id.saring.catalog.reading.CourseReader;
import id.saring.catalog.reading.QuizSource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The questions of the quiz file open in the draft editor, each with a link to its type's own
 * editor when the type brings one, and the types a new question can be written in that way.
 */
@Named("quizQuestions")
@RequestScoped
public class QuizQuestionsBacking {

    @Inject
    DraftEditor editor;

    /** One question of the file: its id, its type and whether that type has an editor. */
    public record Row(String id, String type, boolean editable) {}

    public boolean isQuiz() {
        return editor.getPath() != null && editor.getPath().endsWith("/" + CourseReader.QUIZ_FILE);
    }

    public List<Row> getRows() {
        if (!isQuiz() || editor.getText() == null) {
            return List.of();
        }
        return QuizSource.parse(editor.getText())
                .map(source -> source.questions().stream()
                        .map(q -> {
                            String type = FormText.stringOf(q.get("type"));
                            return new Row(
                                    FormText.stringOf(q.get("id")),
                                    type,
                                    QuestionTypes.named(type)
                                            .map(QuestionType::hasEditor)
                                            .orElse(false));
                        })
                        .toList())
                .orElse(List.of());
    }

    /** The quiz's id as the file names it, for the preview of the draft's quiz; empty when unreadable. */
    public String getQuizId() {
        return isQuiz() && editor.getText() != null
                ? QuizSource.parse(editor.getText()).flatMap(QuizSource::quizId).orElse("")
                : "";
    }

    public List<String> getTypes() {
        return QuestionEditorBacking.typesWithEditor();
    }
}

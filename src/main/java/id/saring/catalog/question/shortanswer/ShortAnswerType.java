package id.saring.catalog.question.shortanswer;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionProblems;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.yaml.YamlMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code type: short-answer} */
@AutoService(QuestionType.class)
public class ShortAnswerType extends QuestionType {

    public ShortAnswerType() {
        super("short-answer", "answers");
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(ShortAnswerForm.of(question));
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<String> answers = question.strings("answers");
        if (answers.isEmpty()) {
            question.report("answers", QuestionProblems.QUESTION_NO_CORRECT);
            return Optional.empty();
        }
        return Optional.of(new ShortAnswer(answers));
    }
}

package id.saring.quiz.type.shortanswer;

import id.saring.publishing.control.YamlMap;
import id.saring.quiz.type.QuestionDefinition;
import id.saring.quiz.type.QuestionType;
import id.saring.quiz.type.ReadContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code type: short-answer} */
public class ShortAnswerType implements QuestionType {

    @Override
    public String name() {
        return "short-answer";
    }

    @Override
    public Set<String> keys() {
        return Set.of("answers");
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<String> answers = question.strings("answers");
        if (answers.isEmpty()) {
            question.report("answers", "question.noCorrect");
            return Optional.empty();
        }
        return Optional.of(new ShortAnswer(answers));
    }
}

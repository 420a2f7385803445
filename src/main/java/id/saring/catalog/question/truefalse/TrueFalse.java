package id.saring.catalog.question.truefalse;

import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.InvalidResponse;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.Response;
import id.saring.catalog.question.TruthJudgement;
import id.saring.catalog.question.Words;
import id.saring.catalog.text.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Whether the statement is true, and what to tell a student who answered "true" or "false". */
public record TrueFalse(boolean answer, Optional<LocalizedText> feedbackTrue, Optional<LocalizedText> feedbackFalse)
        implements QuestionDefinition, TruthJudgement {

    /** {@code answer}: "true" or "false". */
    @Override
    public void check(Response response) {
        Gradable.onlyNames(response, Set.of("answer"));
        response.value("answer").ifPresent(a -> {
            if (!a.equals("true") && !a.equals("false")) {
                throw new InvalidResponse("answer " + a);
            }
        });
    }

    @Override
    public double grade(Response response) {
        return response.value("answer")
                .map(a -> Boolean.parseBoolean(a) == answer ? 1.0 : 0.0)
                .orElse(0.0);
    }

    @Override
    public Optional<LocalizedText> describe(Response response) {
        return judgedTrue(response).map(a -> Words.of(TrueFalseMessages.answer(a)));
    }

    @Override
    public LocalizedText rightAnswer() {
        return Words.of(TrueFalseMessages.answer(answer));
    }

    @Override
    public boolean isTrue() {
        return answer;
    }

    @Override
    public Optional<Boolean> judgedTrue(Response response) {
        return response.value("answer")
                .filter(a -> a.equals("true") || a.equals("false"))
                .map(Boolean::parseBoolean);
    }

    @Override
    public void ask(Paper paper) {
        paper.hint(paper.text(TrueFalseMessages.WORKSHEET_TRUEFALSE_HINT));
        paper.boxes(List.of(
                paper.text(TrueFalseMessages.QUIZ_TRUEFALSE_TRUE), paper.text(TrueFalseMessages.QUIZ_TRUEFALSE_FALSE)));
    }

    @Override
    public void answer(Paper paper) {
        paper.answer(paper.text(TrueFalseMessages.answer(answer)));
    }
}

package id.saring.catalog.question.matching;

import com.google.auto.service.AutoService;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.QuestionForm;
import id.saring.catalog.question.QuestionType;
import id.saring.catalog.question.ReadContext;
import id.saring.catalog.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code type: matching} */
@AutoService(QuestionType.class)
public class MatchingType extends QuestionType {

    public MatchingType() {
        super("matching", "pairs", "distractors");
    }

    @Override
    public Optional<QuestionForm> form(Map<String, Object> question) {
        return Optional.of(MatchingForm.of(question));
    }

    @Override
    public Optional<QuestionDefinition> read(YamlMap question, ReadContext context) {
        List<Matching.Pair> pairs = new ArrayList<>();
        for (YamlMap pair : question.maps("pairs")) {
            pair.allowOnly(Set.of("left", "right"));
            var left = pair.requiredText("left");
            var right = pair.requiredText("right");
            if (left.isPresent() && right.isPresent()) {
                pairs.add(new Matching.Pair(left.get(), right.get()));
            }
        }
        if (pairs.size() < 2) {
            question.report("pairs", MatchingProblems.QUESTION_MATCHING_TOO_FEW_PAIRS);
            return Optional.empty();
        }
        if (pairs.stream().map(p -> p.right().indonesian()).distinct().count() < pairs.size()) {
            question.report("pairs", MatchingProblems.QUESTION_MATCHING_SAME_RIGHT);
            return Optional.empty();
        }
        return Optional.of(new Matching(pairs, question.texts("distractors")));
    }
}

package id.saring.quiz.type.matching;

import id.saring.catalog.content.LocalizedText;
import id.saring.quiz.type.QuestionDefinition;
import java.util.List;

/** The correct pairs, plus right-hand items that match nothing (to make guessing harder). */
public record Matching(List<Pair> pairs, List<LocalizedText> distractors) implements QuestionDefinition {

    public Matching {
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
    }

    /** One correct pair. */
    public record Pair(LocalizedText left, LocalizedText right) {}
}

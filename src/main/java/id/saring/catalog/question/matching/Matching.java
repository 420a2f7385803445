package id.saring.catalog.question.matching;

import id.saring.catalog.content.LocalizedText;
import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.InvalidResponse;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The correct pairs, plus right-hand items that match nothing (to make guessing harder). */
public record Matching(List<Pair> pairs, List<LocalizedText> distractors) implements QuestionDefinition {

    public Matching {
        pairs = List.copyOf(pairs);
        distractors = List.copyOf(distractors);
    }

    /** The right-hand items students choose from: the pairs' right sides, then the distractors. */
    public List<LocalizedText> rights() {
        List<LocalizedText> rights = new ArrayList<>();
        pairs.forEach(p -> rights.add(p.right()));
        rights.addAll(distractors);
        return rights;
    }

    /** {@code m0}, {@code m1}...: for each left item, the index of the right item chosen. */
    @Override
    public void check(Response response) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < pairs.size(); i++) {
            names.add("m" + i);
        }
        Gradable.onlyNames(response, names);
        int rights = rights().size();
        for (String name : names) {
            response.value(name).ifPresent(v -> {
                if (!v.matches("\\d{1,3}") || Integer.parseInt(v) >= rights) {
                    throw new InvalidResponse(name + "=" + v);
                }
            });
        }
    }

    /** The share of left items matched correctly. */
    @Override
    public double grade(Response response) {
        long right = 0;
        for (int i = 0; i < pairs.size(); i++) {
            if (response.value("m" + i).equals(Optional.of(String.valueOf(i)))) {
                right++;
            }
        }
        return (double) right / pairs.size();
    }

    /** Each left item with the right item chosen for it, "Misinformasi → Salah tanpa sengaja; ...". */
    @Override
    public Optional<LocalizedText> describe(Response response) {
        if (response.isEmpty()) {
            return Optional.empty();
        }
        List<LocalizedText> rights = rights();
        List<LocalizedText> lines = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            LocalizedText chosen = response.value("m" + i)
                    .map(Integer::parseInt)
                    .filter(r -> r < rights.size())
                    .map(rights::get)
                    .orElse(LocalizedText.indonesian("–"));
            lines.add(LocalizedText.join(" → ", List.of(pairs.get(i).left(), chosen)));
        }
        return Optional.of(LocalizedText.join("; ", lines));
    }

    @Override
    public LocalizedText rightAnswer() {
        return LocalizedText.join(
                "; ",
                pairs.stream()
                        .map(p -> LocalizedText.join(" → ", List.of(p.left(), p.right())))
                        .toList());
    }

    /** One correct pair. */
    public record Pair(LocalizedText left, LocalizedText right) {}
}

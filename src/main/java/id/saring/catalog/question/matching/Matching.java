package id.saring.catalog.question.matching;

import id.saring.catalog.question.Gradable;
import id.saring.catalog.question.Paper;
import id.saring.catalog.question.Paper.Line;
import id.saring.catalog.question.Paper.Look;
import id.saring.catalog.question.Paper.Marker;
import id.saring.catalog.question.Paper.Run;
import id.saring.catalog.question.QuestionDefinition;
import id.saring.catalog.question.Response;
import id.saring.catalog.text.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        Gradable.onlyNumbered(response, "m", pairs.size(), 0, rights().size() - 1);
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

    /** The left items numbered, each with a box for a letter; then the lettered right items, scrambled. */
    @Override
    public void ask(Paper paper) {
        paper.hint(paper.text(MatchingMessages.WORKSHEET_MATCHING_HINT));
        for (int i = 0; i < pairs.size(); i++) {
            paper.item(
                    Marker.emptyBox(),
                    Line.of(
                            Run.of((i + 1) + ". ", Look.BOLD),
                            Run.of(pairs.get(i).left().inLocale(paper.locale()))));
        }
        paper.heading(paper.text(MatchingMessages.WORKSHEET_MATCHING_OPTIONS));
        List<LocalizedText> rights = rights();
        List<Integer> order = printedRights(paper);
        for (int p = 0; p < order.size(); p++) {
            paper.item(
                    Marker.label(paper.letter(p) + "."),
                    Line.of(rights.get(order.get(p)).inLocale(paper.locale())));
        }
    }

    /** "1 – C, 2 – A", then each pair in full and the distractors. */
    @Override
    public void answer(Paper paper) {
        List<Integer> order = printedRights(paper);
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            letters.add((i + 1) + " – " + paper.letter(order.indexOf(i)));
        }
        paper.answer(String.join(", ", letters));
        for (int i = 0; i < pairs.size(); i++) {
            Pair pair = pairs.get(i);
            paper.item(
                    Marker.label((i + 1) + "."),
                    Line.of(pair.left().inLocale(paper.locale()) + " — " + paper.letter(order.indexOf(i)) + ". "
                            + pair.right().inLocale(paper.locale())));
        }
        for (int d = 0; d < distractors.size(); d++) {
            paper.item(
                    Marker.label(""),
                    Line.labelled(
                            paper.text(MatchingMessages.WORKSHEET_KEY_DISTRACTOR),
                            paper.letter(order.indexOf(pairs.size() + d)) + ". "
                                    + distractors.get(d).inLocale(paper.locale()),
                            Look.MUTED));
        }
    }

    /** The right items' printed order; no pair's right item is printed beside its own left one. */
    private List<Integer> printedRights(Paper paper) {
        return paper.scrambled(rights().size(), "rights", pairs.size());
    }
}

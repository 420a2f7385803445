package id.saring.catalog.question.ordering;

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
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The steps in their correct order; students see them shuffled. */
public record Ordering(List<LocalizedText> steps) implements QuestionDefinition {

    public Ordering {
        steps = List.copyOf(steps);
    }

    /** {@code p0}, {@code p1}...: for each step (in written order), the position 1..n chosen for it. */
    @Override
    public void check(Response response) {
        Gradable.onlyNumbered(response, "p", steps.size(), 1, steps.size());
    }

    /** The steps in the order the student put them, "1. Berhenti; 2. ..."; unplaced steps last. */
    @Override
    public Optional<LocalizedText> describe(Response response) {
        if (response.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.comparingInt(
                i -> response.value("p" + i).map(Integer::parseInt).orElse(Integer.MAX_VALUE)));
        return Optional.of(LocalizedText.join(
                "; ",
                indexes.stream()
                        .map(i -> {
                            String position = response.value("p" + i).orElse("?");
                            return LocalizedText.join(". ", List.of(LocalizedText.indonesian(position), steps.get(i)));
                        })
                        .toList()));
    }

    @Override
    public LocalizedText rightAnswer() {
        List<LocalizedText> lines = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            lines.add(LocalizedText.join(". ", List.of(LocalizedText.indonesian(String.valueOf(i + 1)), steps.get(i))));
        }
        return LocalizedText.join("; ", lines);
    }

    /** The share of steps put in their right place. */
    @Override
    public double grade(Response response) {
        long right = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (response.value("p" + i).equals(Optional.of(String.valueOf(i + 1)))) {
                right++;
            }
        }
        return (double) right / steps.size();
    }

    /** The steps lettered in a scrambled order, each with a box for its place. */
    @Override
    public void ask(Paper paper) {
        paper.hint(paper.text(OrderingMessages.WORKSHEET_ORDERING_HINT, steps.size()));
        List<Integer> order = printedSteps(paper);
        for (int p = 0; p < order.size(); p++) {
            paper.item(
                    Marker.emptyBox(),
                    Line.of(
                            Run.of(paper.letter(p) + ". ", Look.BOLD),
                            Run.of(steps.get(order.get(p)).inLocale(paper.locale()))));
        }
    }

    /** "A = 3, B = 1", then the steps in their right order. */
    @Override
    public void answer(Paper paper) {
        List<Integer> order = printedSteps(paper);
        List<String> places = new ArrayList<>();
        for (int p = 0; p < order.size(); p++) {
            places.add(paper.letter(p) + " = " + (order.get(p) + 1));
        }
        paper.answer(String.join(", ", places));
        paper.heading(paper.text(OrderingMessages.WORKSHEET_KEY_ORDER));
        for (int step = 0; step < steps.size(); step++) {
            paper.item(
                    Marker.label((step + 1) + "."),
                    Line.of(paper.letter(order.indexOf(step)) + ". "
                            + steps.get(step).inLocale(paper.locale())));
        }
    }

    private List<Integer> printedSteps(Paper paper) {
        return paper.scrambled(steps.size(), "steps", steps.size());
    }
}

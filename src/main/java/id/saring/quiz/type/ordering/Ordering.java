package id.saring.quiz.type.ordering;

import id.saring.catalog.content.LocalizedText;
import id.saring.quiz.type.Gradable;
import id.saring.quiz.type.InvalidResponse;
import id.saring.quiz.type.QuestionDefinition;
import id.saring.quiz.type.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The steps in their correct order; students see them shuffled. */
public record Ordering(List<LocalizedText> steps) implements QuestionDefinition {

    public Ordering {
        steps = List.copyOf(steps);
    }

    /** {@code p0}, {@code p1}...: for each step (in written order), the position 1..n chosen for it. */
    @Override
    public void check(Response response) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            names.add("p" + i);
        }
        Gradable.onlyNames(response, names);
        for (String name : names) {
            response.value(name).ifPresent(v -> {
                if (!v.matches("\\d{1,3}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > steps.size()) {
                    throw new InvalidResponse(name + "=" + v);
                }
            });
        }
    }

    /** The share of steps put in their right place. */
    @Override
    public double grade(Response response) {
        long right = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (response.value("p" + i).equals(java.util.Optional.of(String.valueOf(i + 1)))) {
                right++;
            }
        }
        return (double) right / steps.size();
    }
}
